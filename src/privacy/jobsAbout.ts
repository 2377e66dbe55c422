import type { PayloadRequest } from 'payload'

import {
  BOOKING_TASKS,
  HOLD_TASKS,
  PROPOSAL_TASKS,
  SEND_REVIEW_NOTIFICATION,
} from '../vocabulary/taskNames'
import { normalizeAddress } from './emailHash'

/** The ids a booking request's jobs name in their input: its own, its proposals', its holds'. */
export type RecordIds = { holds: string[]; proposals: string[]; requests: string[] }

export type JobRow = {
  completedAt?: null | string
  hasError?: boolean | null
  id: number | string
  input?: null | Record<string, unknown>
  taskSlug?: string
}

/** Which input key names what, per task. */
const inputKeys: [string[], keyof RecordIds, string][] = [
  [Object.values(BOOKING_TASKS), 'requests', 'requestId'],
  [Object.values(PROPOSAL_TASKS), 'proposals', 'proposalId'],
  [Object.values(HOLD_TASKS), 'holds', 'holdId'],
]

const PAGE = 500

/** The record a job is about (its kind and id, from its input), or undefined for other tasks. */
export const recordNamedBy = (job: JobRow): undefined | { id: string; kind: keyof RecordIds } => {
  const named = inputKeys.find(([slugs]) => slugs.includes(job.taskSlug ?? ''))
  if (!named) return undefined
  const [, kind, key] = named
  return { id: String(job.input?.[key] ?? ''), kind }
}

/**
 * The queue's job records (`payload-jobs`: input, log of each attempt with its output or error)
 * about the given requests, proposals and holds, in one pass over the queue. Their input holds ids
 * only, but an attempt's error may quote a recipient's address (an SMTP refusal), so they are
 * personal data too. Read page by page and matched here: `input` is JSON, queried alike on no
 * adapter.
 */
export const jobsAbout = (req: PayloadRequest, ids: RecordIds): Promise<JobRow[]> => {
  const wanted = {
    holds: new Set(ids.holds),
    proposals: new Set(ids.proposals),
    requests: new Set(ids.requests),
  }
  return findJobs(
    req,
    inputKeys.flatMap(([slugs]) => slugs),
    (job) => {
      const named = recordNamedBy(job)
      return Boolean(named && wanted[named.kind].has(named.id))
    },
  )
}

/** Review notification jobs whose recipients (their input) include the address. */
export const reviewJobsTo = (req: PayloadRequest, address: string): Promise<JobRow[]> =>
  findJobs(req, [SEND_REVIEW_NOTIFICATION], (job) =>
    recipientsOf(job).some((to) => normalizeAddress(to) === address),
  )

export const recipientsOf = (job: JobRow): string[] => {
  const recipients = job.input?.recipients
  return Array.isArray(recipients) ? recipients.map(String) : []
}

const findJobs = async (
  req: PayloadRequest,
  taskSlugs: string[],
  isWanted: (job: JobRow) => boolean,
): Promise<JobRow[]> => {
  const found: JobRow[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await req.payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      page,
      req,
      sort: 'createdAt',
      where: { taskSlug: { in: taskSlugs } },
    })
    found.push(...(docs as JobRow[]).filter(isWanted))
    if (!hasNextPage) return found
  }
}
