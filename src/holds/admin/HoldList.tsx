'use client'

import React from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { holdStatusOptions } from '../holdStatuses'
import type { HoldRow } from './useHolds'

const labelOf = (value: unknown, key: 'eventName' | 'name'): string =>
  value && typeof value === 'object'
    ? String((value as Record<string, unknown>)[key] ?? (value as { id: unknown }).id)
    : `#${String(value ?? '')}`

/** Holds as lines: days, rank, status, the request's event (or the speaker) and a link. */
export const HoldList: React.FC<{
  adminRoute: string
  rows: HoldRow[]
  show: 'event' | 'speaker'
}> = ({ adminRoute, rows, show }) => {
  const l = useLocalize()
  return (
    <ul className="hold-list" style={{ margin: 0, paddingLeft: 18 }}>
      {rows.map((hold) => (
        <li key={hold.id}>
          <a href={`${adminRoute}/collections/holds/${hold.id}`}>
            {hold.startDate}
            {hold.endDate && hold.endDate !== hold.startDate ? ` – ${hold.endDate}` : ''}
          </a>
          {' · '}
          {l({ en: `rank ${hold.rank ?? '?'}`, zh: `排序 ${hold.rank ?? '?'}` })}
          {' · '}
          {l(
            holdStatusOptions.find(({ value }) => value === hold.status)?.label ?? {
              en: hold.status,
              zh: hold.status,
            },
          )}
          {' · '}
          {show === 'event'
            ? labelOf(hold.bookingRequest, 'eventName')
            : labelOf(hold.speaker, 'name')}
        </li>
      ))}
    </ul>
  )
}
