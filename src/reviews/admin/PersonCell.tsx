'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { formerUser } from '../../users/formerUser'
import { fetchPersonName, nameOf } from './personName'

const names = new Map<string, Promise<string | undefined>>()

/** One lookup per person and page, however many rows name them. */
const cachedName = (
  where: { apiRoute: string; users: string },
  id: number | string,
): Promise<string | undefined> => {
  const key = `${where.apiRoute}/${where.users}:${id}`
  if (!names.has(key))
    names.set(
      key,
      fetchPersonName(where, id).catch(() => undefined),
    )
  return names.get(key) as Promise<string | undefined>
}

/**
 * A person in a table cell: their name, else their e-mail. Payload's relationship cell shows
 * "<No By>" when the value arrives populated (the review history join loads its rows at depth 1),
 * so this cell takes either a user or an id. Nobody there means the account was deleted (review
 * events are always made by someone signed in): "Former user", in the admin's language.
 */
export const PersonCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const {
    config: {
      admin: { user: users },
      routes: { api },
    },
  } = useConfig()
  const isPopulated = typeof cellData === 'object' && cellData !== null
  const id = isPopulated || cellData === null || cellData === undefined ? undefined : cellData
  const l = useLocalize()
  const [looked, setLooked] = useState<string>()
  useEffect(() => {
    if (id === undefined) return
    let isCurrent = true
    void cachedName({ apiRoute: api, users }, id as number | string).then((name) => {
      if (isCurrent) setLooked(name ?? `#${id}`)
    })
    return () => {
      isCurrent = false
    }
  }, [api, id])
  const shown = isPopulated ? nameOf(cellData as { email?: string; name?: string }) : looked
  return (
    <span className="person-cell">
      {cellData === null || cellData === undefined ? l(formerUser) : (shown ?? '…')}
    </span>
  )
}
