'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { activeHoldStatuses } from '../holdStatuses'
import { HoldList } from './HoldList'
import { useHolds } from './useHolds'

/**
 * In the hold form, before saving: the speaker's other holds and engagements on the days picked,
 * so staff see that theirs would queue behind them (its rank) or clash with a confirmed booking.
 */
export const HoldClashWarning: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const l = useLocalize()
  const [speaker, startDate, endDate] = useFormFields(([fields]) => [
    fields.speaker?.value,
    fields.startDate?.value,
    fields.endDate?.value,
  ]) as [unknown, string | undefined, string | undefined]
  const speakerId =
    speaker && typeof speaker === 'object'
      ? ((speaker as { value?: unknown }).value ?? (speaker as { id?: unknown }).id)
      : speaker
  const last = endDate || startDate
  const rows = useHolds(
    speakerId && startDate && last
      ? {
          and: [
            { speaker: { equals: speakerId } },
            { status: { in: activeHoldStatuses.join(',') } },
            { startDate: { less_than_equal: last } },
            { endDate: { greater_than_equal: startDate } },
            ...(id ? [{ id: { not_equals: id } }] : []),
          ],
        }
      : null,
  ).filter((hold) => !id || String(hold.id) !== String(id))
  if (rows.length === 0) return null
  const confirmed = rows.some(({ status }) => status === 'confirmed')
  return (
    <div
      className="hold-clash-warning"
      data-testid="hold-clash-warning"
      role="alert"
      style={{
        border: '1px solid var(--theme-warning-500)',
        borderRadius: 4,
        marginBottom: 24,
        padding: 12,
      }}
    >
      <strong>
        {confirmed
          ? l({
              en: 'The speaker is already booked on some of these days.',
              zh: '该演讲嘉宾在其中某些日期已有确认的活动。',
            })
          : l({
              en: `The speaker is already held on these days: this hold would be rank ${rows.length + 1}.`,
              zh: `该演讲嘉宾在这些日期已被预留：此档期将排在第 ${rows.length + 1} 位。`,
            })}
      </strong>
      <HoldList adminRoute={config.routes.admin} rows={rows} show="event" />
    </div>
  )
}
