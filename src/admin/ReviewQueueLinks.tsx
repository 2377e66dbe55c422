'use client'

import { useConfig, useListQuery } from '@payloadcms/ui'
import React from 'react'

const QUEUES = [
  { label: 'Waiting for review', state: 'in_review' },
  { label: 'Sent back with notes', state: 'changes_requested' },
  { label: 'Approved, not yet published', state: 'approved' },
]

/** Saved filters above the list: the documents waiting in each review state. */
export const ReviewQueueLinks: React.FC<{ collectionSlug?: string }> = ({ collectionSlug }) => {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const { query } = useListQuery()
  const current = (query?.where as { reviewState?: { equals?: string } } | undefined)?.reviewState
    ?.equals
  return (
    <nav
      aria-label="Review queues"
      style={{ display: 'flex', gap: 'var(--base)', marginBottom: 'var(--base)' }}
    >
      {QUEUES.map(({ label, state }) => (
        <a
          aria-current={current === state ? 'page' : undefined}
          href={`${admin}/collections/${collectionSlug}?where[reviewState][equals]=${state}`}
          key={state}
          style={{ fontWeight: current === state ? 700 : 400 }}
        >
          {label}
        </a>
      ))}
    </nav>
  )
}
