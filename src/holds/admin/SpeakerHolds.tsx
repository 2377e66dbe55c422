'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { activeHoldStatuses } from '../holdStatuses'
import { HoldList } from './HoldList'
import { useHolds } from './useHolds'

/** In a speaker's sidebar, for staff: their holds and engagements from today on. */
export const SpeakerHolds: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth()
  const l = useLocalize()
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const isStaff = roles.includes('staff') || roles.includes('admin')
  const today = new Date().toISOString().slice(0, 10)
  const rows = useHolds(
    id && isStaff
      ? {
          and: [
            { speaker: { equals: id } },
            { status: { in: activeHoldStatuses.join(',') } },
            { endDate: { greater_than_equal: today } },
          ],
        }
      : null,
  )
  if (!isStaff || !id) return null
  return (
    <div className="speaker-holds" data-testid="speaker-holds" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>{l({ en: 'Holds and engagements', zh: '档期与活动' })}</h4>
      {rows.length === 0 ? (
        <p>{l({ en: 'No days held.', zh: '暂无预留的日期。' })}</p>
      ) : (
        <HoldList adminRoute={config.routes.admin} rows={rows} show="event" />
      )}
    </div>
  )
}
