'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import React from 'react'

/** Saved filters above the booking list: new requests, mine, and everything still open. */
export const BookingQueueLinks: React.FC<{ collectionSlug?: string }> = ({ collectionSlug }) => {
  const { user } = useAuth()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const list = `${admin}/collections/${collectionSlug}`
  const links = [
    { href: `${list}?where[status][equals]=new`, label: 'New' },
    ...(user
      ? [{ href: `${list}?where[assignee][equals]=${user.id}`, label: 'Assigned to me' }]
      : []),
    { href: `${list}?where[status][not_in]=confirmed,declined,archived`, label: 'Open' },
  ]
  return (
    <nav
      aria-label="Booking queues"
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
