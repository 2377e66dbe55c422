import type { PayloadRequest, SanitizedConfig, ServerFunction } from 'payload'

import {
  getUpcomingScheduledPublishHandler,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { APIError, canAccessAdmin } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import { hasRole } from '../../access/hasRole'
import { type Bilingual, localize } from '../../i18n/localize'

/**
 * The admin's server functions behind the "Schedule publish" drawer (@payloadcms/next
 * handleServerFunctions). Payload's own check is only "may use the admin"; they then create, list and
 * delete `schedulePublish` jobs through the Local API without access control, so a staff member could
 * cancel a reviewer's scheduled publication.
 */
export const scheduleFunctionNames = ['get-upcoming-scheduled-publish', 'schedule-publish'] as const

export type ScheduleFunctionName = (typeof scheduleFunctionNames)[number]

/** Where scheduling is switched on (`versions.drafts.schedulePublish`). */
export type Schedulable = { collections: readonly string[]; globals: readonly string[] }

export type ScheduleDecision =
  | { kind: 'cancel'; jobID: number | string }
  | { kind: 'list' }
  | { kind: 'refuse'; message: Bilingual; status: 400 | 403 }
  | { kind: 'schedule'; date: Date }

export const mayNotSchedule: Bilingual = {
  en: 'Only reviewers and admins may schedule or cancel publication.',
  zh: '只有审核人和管理员可以安排或取消定时发布。',
}

export const invalidSchedule: Bilingual = {
  en: 'A scheduled publication needs a type (publish or unpublish), a date, and one document or global that has scheduled publishing.',
  zh: '定时发布需要类型（发布或取消发布）、日期，以及一个启用了定时发布的文档或全局设置。',
}

const isId = (value: unknown): value is number | string =>
  (typeof value === 'string' && value !== '') ||
  (typeof value === 'number' && Number.isFinite(value))

const dateOf = (value: unknown): Date | undefined => {
  if (!(value instanceof Date) && typeof value !== 'string') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

const isScheduleTarget = (args: Record<string, unknown>, schedulable: Schedulable): boolean => {
  const { doc, global } = args
  if (doc !== undefined && global !== undefined) return false
  if (global !== undefined)
    return typeof global === 'string' && schedulable.globals.includes(global)
  if (!doc || typeof doc !== 'object') return false
  const { relationTo, value } = doc as { relationTo?: unknown; value?: unknown }
  return (
    typeof relationTo === 'string' && schedulable.collections.includes(relationTo) && isId(value)
  )
}

/**
 * Who may use the scheduling functions, and what a call asks for. Only reviewers and admins schedule,
 * list or cancel (editors and staff never see the drawer: PublishForReviewers hides the publish
 * button); a cancel names a job, a schedule names its type, date and target.
 */
export const decideSchedulePublish = ({
  args,
  name,
  roles,
  schedulable,
}: {
  args: Record<string, unknown>
  name: ScheduleFunctionName
  roles: null | readonly string[] | undefined
  schedulable: Schedulable
}): ScheduleDecision => {
  if (!hasRole({ roles }, 'admin', 'reviewer')) {
    return { kind: 'refuse', message: mayNotSchedule, status: 403 }
  }
  if (name === 'get-upcoming-scheduled-publish') return { kind: 'list' }
  if (args.deleteID !== undefined) {
    return isId(args.deleteID)
      ? { jobID: args.deleteID, kind: 'cancel' }
      : { kind: 'refuse', message: invalidSchedule, status: 400 }
  }
  const date = dateOf(args.date)
  const isType = args.type === 'publish' || args.type === 'unpublish'
  if (!date || !isType || !isScheduleTarget(args, schedulable)) {
    return { kind: 'refuse', message: invalidSchedule, status: 400 }
  }
  return { date, kind: 'schedule' }
}

const schedulableIn = (config: SanitizedConfig): Schedulable => ({
  collections: config.collections.filter(hasScheduledPublishEnabled).map(({ slug }) => slug),
  globals: config.globals.filter(hasScheduledPublishEnabled).map(({ slug }) => slug),
})

const decide = (name: ScheduleFunctionName, args: Record<string, unknown>, req: PayloadRequest) => {
  const decision = decideSchedulePublish({
    args,
    name,
    roles: req.user?.roles,
    schedulable: schedulableIn(req.payload.config),
  })
  if (decision.kind === 'refuse') {
    throw new APIError(localize(req, decision.message), decision.status, null, true)
  }
  return decision
}

/** Payload's scheduling functions, each behind decideSchedulePublish. */
export const guardedServerFunctions: Record<ScheduleFunctionName, ServerFunction<any, any>> = {
  'get-upcoming-scheduled-publish': async (args) => {
    decide('get-upcoming-scheduled-publish', args, args.req)
    return getUpcomingScheduledPublishHandler(args)
  },
  'schedule-publish': async (args) => {
    const { req } = args
    const decision = decide('schedule-publish', args, req)
    if (decision.kind === 'cancel') {
      await canAccessAdmin({ req })
      // Payload's handler deletes and then queues a schedulePublish job from the remaining (empty)
      // arguments, leaving a stray job behind after every cancel; this only deletes.
      await req.payload.delete({
        collection: 'payload-jobs',
        req,
        where: {
          and: [{ id: { equals: decision.jobID } }, { taskSlug: { equals: 'schedulePublish' } }],
        },
      })
      return { message: req.i18n.t('general:success') }
    }
    if (decision.kind === 'schedule') {
      return schedulePublishHandler({ ...args, date: decision.date, deleteID: undefined })
    }
    throw new APIError(localize(req, invalidSchedule), 400, null, true)
  },
}
