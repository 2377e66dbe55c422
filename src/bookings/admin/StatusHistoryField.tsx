'use client'

import type { ArrayFieldClientComponent, ClientField, OptionObject } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback } from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { nameOf } from '../../reviews/admin/personName'
import { formerUser } from '../../users/formerUser'
import { type PersonRef, type StatusMove, statusHistoryLines } from './statusHistoryLines'
import { idOf, usePeople } from './usePeople'

/** A select's options (`to`: the status labels, `cause`: the system's reasons) in every language. */
const optionsOf = (fields: ClientField[], name: string): OptionObject[] => {
  const select = fields.find((field) => 'name' in field && field.name === name)
  const options = select && 'options' in select ? select.options : []
  return options.map((option) =>
    typeof option === 'string' ? { label: option, value: option } : option,
  )
}

/**
 * The status history, read-only and compact: one line per move, newest first, e.g.
 * "20 May 2030, 14:05 · New → In review · Sam Staff" (status labels, the time with its year in the
 * viewer's zone, the mover's name, or "Former user" once their account is deleted). Payload's array rows showed each move as a form of four fields.
 * Moves are written by recordBookingStatusChange only, so the saved document is the one to show.
 */
export const StatusHistoryField: ArrayFieldClientComponent = ({ field, path }) => {
  const { savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const l = useLocalize()
  const rows = (savedDocumentData?.statusHistory ?? []) as StatusMove[]
  const people = usePeople(rows.map(({ by }) => by))
  const labelIn = useCallback(
    (options: OptionObject[]) => (value: string) => {
      const option = options.find((candidate) => candidate.value === value)
      const label = option ? getTranslation(option.label, i18n) : undefined
      return typeof label === 'string' && label ? label : value
    },
    [i18n],
  )
  const personName = (by: PersonRef) => {
    if (by && typeof by === 'object' && (by.name || by.email)) return nameOf(by)
    const id = idOf(by)
    return id === undefined ? undefined : (nameOf(people.get(id)) ?? `#${id}`)
  }
  const lines = statusHistoryLines({
    causeLabel: labelIn(optionsOf(field.fields, 'cause')),
    formerUser: l(formerUser),
    language: i18n.language,
    nameOf: personName,
    rows,
    statusLabel: labelIn(optionsOf(field.fields, 'to')),
  })
  return (
    <div className="field-type status-history" data-field="statusHistory">
      <FieldLabel label={field.label || { en: 'Status history', zh: '状态历史' }} path={path} />
      {lines.length === 0 ? (
        <p className="status-history__empty">
          {l({ en: 'No status changes yet.', zh: '状态尚未变更。' })}
        </p>
      ) : (
        <ol className="status-history__lines" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {lines.map((line, index) => (
            <li className="status-history__line" key={`${rows.length - index}`}>
              {line}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
