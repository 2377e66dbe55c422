'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import React from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { closedBookingStatuses } from '../statusTransitions'

/** Saved filters above the booking list: new requests, mine, and everything still open. */
export const BookingQueueLinks: React.FC<{ collectionSlug?: string }> = ({ collectionSlug }) => {
  const { user } = useAuth()
  const l = useLocalize()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const list = `${admin}/collections/${collectionSlug}`
  const links = [
    { href: `${list}?where[status][equals]=new`, label: l({ en: 'New', zh: '新申请' }) },
    ...(user
      ? [
          {
            href: `${list}?where[assignee][equals]=${user.id}`,
            label: l({ en: 'Assigned to me', zh: '分配给我的' }),
          },
        ]
      : []),
    {
      href: `${list}?where[status][not_in]=${closedBookingStatuses.join(',')}`,
      label: l({ en: 'Open', zh: '未结' }),
    },
  ]
  return (
    <nav
      aria-label={l({ en: 'Booking queues', zh: '预订队列' })}
      style={{ display: 'flex', gap: 'var(--base)', marginBottom: 'var(--base)' }}
    >
      {links.map(({ href, label }) => (
        <a href={href} key={label}>
          {label}
        </a>
      ))}
    </nav>
  )
}
