'use client'

import { useAuth, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect } from 'react'

/** Well inside LOCK_SECONDS (collections/reviews/reviewedContent.ts), even in a throttled tab. */
const HEARTBEAT_MS = 30_000

/**
 * Keeps this person's edit lock alive while they have unsaved changes open. Payload refreshes a lock
 * only when the form changes (at most every 10 s), so someone reading over their draft for two
 * minutes would lose it now that locks lapse after 90 s; a closed tab stops beating, and its lock
 * lapses. Only a lock this person holds is touched: none is created, none is taken from anyone.
 */
export const KeepEditLock: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const isModified = useFormModified()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()

  useEffect(() => {
    if (!id || !collectionSlug || !user || !isModified) return
    const query = new URLSearchParams({
      depth: '0',
      'where[and][0][document.relationTo][equals]': collectionSlug,
      'where[and][1][document.value][equals]': String(id),
      'where[and][2][user.value][equals]': String(user.id),
    })
    const url = formatAdminURL({ apiRoute: api, path: `/payload-locked-documents?${query}` })
    const timer = setInterval(() => {
      void fetch(url, {
        body: '{}',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'PATCH',
      }).catch(() => undefined)
    }, HEARTBEAT_MS)
    return () => clearInterval(timer)
  }, [api, collectionSlug, id, isModified, user])

  return null
}
