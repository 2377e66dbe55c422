import type { Endpoint, PayloadRequest } from 'payload'

import type { CalendarLink } from '../payload-types'

import { requireStaff } from '../access/requireStaff'
import { activeHoldStatuses } from '../holds/holdStatuses'
import { hashToken, newLinkToken } from '../utilities/linkTokens'
import { refuse } from '../utilities/fieldError'
import { findByTokenHash } from '../utilities/findByTokenHash'
import { idOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { calendarFeedDocs, calendarLinkDocs, revokeCalendarLinkDocs } from './calendarDocs'
import { speakerCalendar } from './speakerCalendar'

/** How far back a feed reaches: recent engagements stay in the speaker's calendar. */
const PAST_DAYS = 90

const feedUrl = (req: PayloadRequest, token: string) =>
  `${req.payload.config.serverURL.replace(/\/+$/, '')}${req.payload.config.routes.api}/${collectionNames.calendarLinks}/feed/${token}`

const speakerFor = async (req: PayloadRequest) => {
  requireStaff(req, {
    en: 'Only staff manage calendar links.',
    zh: '只有工作人员可以管理日历链接。',
  })
  const speaker = await req.payload.findByID({
    collection: collectionNames.speakers,
    depth: 0,
    disableErrors: true,
    draft: true,
    id: String(req.routeParams?.id ?? ''),
    overrideAccess: true,
    req,
    select: { name: true },
  })
  if (!speaker) throw refuse(req, 404, { en: 'No such speaker.', zh: '该演讲嘉宾不存在。' })
  return speaker
}

const removeLinks = (req: PayloadRequest, speaker: number | string) =>
  req.payload.delete({
    collection: collectionNames.calendarLinks,
    overrideAccess: true,
    req,
    where: { speaker: { equals: speaker } },
  })

/**
 * `POST /api/speakers/:id/calendar-link`: a new secret feed URL for the speaker (or their agent);
 * the speaker's earlier URL stops working. Only the token's hash is kept: the URL is shown once.
 */
export const createCalendarLinkEndpoint: Endpoint = {
  custom: { openapi: calendarLinkDocs },
  handler: async (req) => {
    const speaker = await speakerFor(req)
    const token = newLinkToken()
    await removeLinks(req, speaker.id)
    await req.payload.create({
      collection: collectionNames.calendarLinks,
      data: { createdBy: req.user?.id, speaker: speaker.id, tokenHash: hashToken(token) },
      overrideAccess: true,
      req,
    })
    return Response.json({ url: feedUrl(req, token) }, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'post',
  path: '/:id/calendar-link',
}

/** `DELETE /api/speakers/:id/calendar-link`: the speaker's feed URL stops working (404). */
export const revokeCalendarLinkEndpoint: Endpoint = {
  custom: { openapi: revokeCalendarLinkDocs },
  handler: async (req) => {
    const speaker = await speakerFor(req)
    const { docs } = await removeLinks(req, speaker.id)
    return Response.json({ revoked: docs.length > 0 })
  },
  method: 'delete',
  path: '/:id/calendar-link',
}

/** `GET /api/calendar-links/feed/:token`: the speaker's iCalendar feed, for whoever has the URL. */
export const calendarFeedEndpoint: Endpoint = {
  custom: { openapi: calendarFeedDocs },
  handler: async (req) => {
    const token = req.routeParams?.token
    const link = await findByTokenHash<CalendarLink>(req, collectionNames.calendarLinks, token)
    if (!link)
      throw refuse(req, 404, { en: 'No calendar has this link.', zh: '没有与此链接对应的日历。' })
    const speakerId = idOf(link.speaker) as number | string
    const since = new Date(Date.now() - PAST_DAYS * 86_400_000).toISOString().slice(0, 10)
    const [speaker, holds] = await Promise.all([
      req.payload.findByID({
        collection: collectionNames.speakers,
        depth: 0,
        draft: true,
        id: speakerId,
        overrideAccess: true,
        req,
        select: { name: true },
      }),
      req.payload.find({
        collection: collectionNames.holds,
        depth: 1,
        overrideAccess: true,
        pagination: false,
        populate: { [collectionNames.bookingRequests]: { eventName: true } },
        req,
        sort: 'startDate',
        where: {
          and: [
            { speaker: { equals: speakerId } },
            { status: { in: [...activeHoldStatuses] } },
            { endDate: { greater_than_equal: since } },
          ],
        },
      }),
    ])
    const body = speakerCalendar({
      holds: holds.docs as never,
      host: new URL(req.payload.config.serverURL).hostname,
      speakerName: speaker.name,
    })
    return new Response(body, {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': 'inline; filename="speaker.ics"',
        'Content-Type': 'text/calendar; charset=utf-8',
        'X-Robots-Tag': 'noindex, nofollow',
      },
    })
  },
  method: 'get',
  path: '/feed/:token',
}
