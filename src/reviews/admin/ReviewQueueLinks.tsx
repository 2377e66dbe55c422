'use client'

import { useConfig, useListQuery } from '@payloadcms/ui'
import React from 'react'

import type { Bilingual } from '../../i18n/localize'
import { useLocalize } from '../../i18n/useLocalize'

const QUEUES: { label: Bilingual; state: string }[] = [
  { label: { en: 'Waiting for review', zh: '等待审核' }, state: 'in_review' },
  { label: { en: 'Sent back with notes', zh: '已退回修改' }, state: 'changes_requested' },
  { label: { en: 'Approved', zh: '已批准' }, state: 'approved' },
]

/** Saved filters above the list: the documents waiting in each review state. */
export const ReviewQueueLinks: React.FC<{ collectionSlug?: string }> = ({ collectionSlug }) => {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const l = useLocalize()
  const { query } = useListQuery()
  const current = (query?.where as { reviewState?: { equals?: string } } | undefined)?.reviewState
    ?.equals
  return (
    <nav
      aria-label={l({ en: 'Review queues', zh: '审核队列' })}
      style={{ display: 'flex', gap: 'var(--base)', marginBottom: 'var(--base)' }}
    >
      {QUEUES.map(({ label, state }) => (
        <a
          aria-current={current === state ? 'page' : undefined}
          href={`${admin}/collections/${collectionSlug}?where[reviewState][equals]=${state}`}
          key={state}
          style={{ fontWeight: current === state ? 700 : 400 }}
        >
          {l(label)}
        </a>
      ))}
    </nav>
  )
}
