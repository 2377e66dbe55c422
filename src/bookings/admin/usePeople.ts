'use client'

import { useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { PersonRef } from './statusHistoryLines'

export type Person = { email?: null | string; name?: null | string }

/** The id a stored reference holds, whether populated or not. */
export const idOf = (ref: PersonRef): string | undefined =>
  ref === null || ref === undefined
    ? undefined
    : typeof ref === 'object'
      ? ref.id === undefined
        ? undefined
        : String(ref.id)
      : String(ref)

/**
 * The people a form refers to by id (history rows, the assignee), in one request per set of ids:
 * the admin's form state holds ids only. Any signed-in team member may read the team directory.
 */
export const usePeople = (refs: PersonRef[]): Map<string, Person> => {
  const {
    config: {
      admin: { user: users },
      routes: { api },
    },
  } = useConfig()
  const key = [...new Set(refs.map(idOf).filter((id): id is string => !!id))].sort().join(',')
  const [people, setPeople] = useState<Map<string, Person>>(new Map())
  useEffect(() => {
    if (!key) return
    let isCurrent = true
    const ids = key.split(',')
    const query = new URLSearchParams({ depth: '0', limit: String(ids.length) })
    query.set('select[name]', 'true')
    query.set('select[email]', 'true')
    query.set('where[id][in]', key)
    void fetch(formatAdminURL({ apiRoute: api, path: `/${users}?${query}` }), {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: (Person & { id: number | string })[] }) => {
        if (isCurrent) setPeople(new Map(docs.map((doc) => [String(doc.id), doc])))
      })
      .catch(() => undefined)
    return () => {
      isCurrent = false
    }
  }, [api, key])
  return people
}
