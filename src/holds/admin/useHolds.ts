'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export type HoldRow = {
  bookingRequest?: { eventName?: string; id: number | string } | number | string
  endDate?: string
  id: number | string
  rank?: number
  speaker?: { id: number | string; name?: string } | number | string
  startDate: string
  status: string
}

/** `where` as Payload's REST reads it: `where[and][0][speaker][equals]=7`. */
const flatten = (value: unknown, prefix: string, out: URLSearchParams): URLSearchParams => {
  if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(inner, `${prefix}[${key}]`, out)
  else out.append(prefix, String(value))
  return out
}

/** Holds matching `where` (null: none asked), as the signed-in staff member reads them. */
export const useHolds = (where: null | Record<string, unknown>): HoldRow[] => {
  const { config } = useConfig()
  const [rows, setRows] = useState<HoldRow[]>([])
  const query = where
    ? flatten(
        where,
        'where',
        new URLSearchParams({ depth: '1', limit: '50', sort: 'startDate' }),
      ).toString()
    : ''
  useEffect(() => {
    if (!query) {
      setRows([])
      return
    }
    const controller = new AbortController()
    fetch(`${config.routes.api}/holds?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: HoldRow[] }) => setRows(body.docs ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.routes.api, query])
  return rows
}
