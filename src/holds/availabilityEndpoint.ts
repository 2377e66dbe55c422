import type { Endpoint, PayloadRequest } from 'payload'

import { isDay } from '../dates/day'
import { refuse } from '../utilities/fieldError'
import { collectionNames } from '../vocabulary/collectionNames'
import { availabilityDocs } from './holdDocs'
import { daysIn, rangeOf } from './holdRange'
import { activeHoldStatuses } from './holdStatuses'

/** Longest span one availability question may cover (days). */
export const MAX_AVAILABILITY_DAYS = 366

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const dayParam = (req: PayloadRequest, name: 'from' | 'to', fallback: string): string => {
  const value = req.searchParams.get(name)
  if (value === null || value === '') return fallback
  if (!isDay(value))
    throw refuse(
      req,
      400,
      {
        en: `Give \`${name}\` as a day, YYYY-MM-DD.`,
        zh: `请按 YYYY-MM-DD 格式填写 \`${name}\`。`,
      },
      name,
    )
  return value
}

/**
 * `GET /api/speakers/:slug/availability?from=&to=`: the days a published speaker is held or
 * booked, and nothing else (no client, no event). Days are the events' own (same for everyone).
 * `from` defaults to today (UTC), `to` to 90 days later; at most MAX_AVAILABILITY_DAYS days.
 */
export const availabilityEndpoint: Endpoint = {
  custom: { openapi: availabilityDocs },
  handler: async (req) => {
    const from = dayParam(req, 'from', new Date().toISOString().slice(0, 10))
    const to = dayParam(req, 'to', addDays(from, 90))
    if (to < from)
      throw refuse(
        req,
        400,
        { en: '`to` cannot be before `from`.', zh: '`to` 不能早于 `from`。' },
        'to',
      )
    if (daysIn({ endDate: to, startDate: from }).length > MAX_AVAILABILITY_DAYS)
      throw refuse(
        req,
        400,
        {
          en: `Ask for at most ${MAX_AVAILABILITY_DAYS} days at a time.`,
          zh: `每次最多查询 ${MAX_AVAILABILITY_DAYS} 天。`,
        },
        'to',
      )
    const slug = String(req.routeParams?.slug ?? '').toLowerCase()
    const { docs } = await req.payload.find({
      collection: collectionNames.speakers,
      depth: 0,
      draft: false,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      req,
      select: { slug: true },
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    })
    const speaker = docs[0]
    if (!speaker)
      throw refuse(req, 404, { en: 'No published speaker here.', zh: '没有这位已发布的演讲嘉宾。' })
    const holds = await req.payload.find({
      collection: collectionNames.holds,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { endDate: true, startDate: true },
      where: {
        and: [
          { speaker: { equals: speaker.id } },
          { status: { in: [...activeHoldStatuses] } },
          { startDate: { less_than_equal: to } },
          { endDate: { greater_than_equal: from } },
        ],
      },
    })
    const busy = new Set<string>()
    for (const hold of holds.docs)
      for (const day of daysIn(rangeOf(hold as never))) if (day >= from && day <= to) busy.add(day)
    return Response.json({ busy: [...busy].sort(), from, to })
  },
  method: 'get',
  path: '/:slug/availability',
}
