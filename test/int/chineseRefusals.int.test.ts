import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { inDays, makeBookingRequest } from '../helpers/proposals'
import { type SignedInUser, signInAs } from '../helpers/users'

type Refusal = {
  body: Record<string, unknown>
  en: string
  method: 'patch' | 'post'
  path: string
  /** The field named. */
  field: string
  who: 'anonymous' | 'editor' | 'staff'
  zh: string
}

/** Refusals of ours that were English only: each heard in both languages, nothing stored. */
describe('refusals in English and Simplified Chinese', () => {
  let ctx: TestContext
  let api: ApiClient
  const users = {} as Record<'editor' | 'staff', SignedInUser>
  let request: { id: number | string }

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    users.editor = await signInAs(ctx.payload, 'editor')
    users.staff = await signInAs(ctx.payload, 'staff')
    request = await makeBookingRequest(ctx.payload)
  })

  afterAll(async () => {
    await ctx.close()
  })

  /** How many topics and booking requests are stored. */
  const stored = async () =>
    Promise.all(
      (['topics', 'booking-requests'] as const).map(
        async (collection) => (await ctx.payload.count({ collection })).totalDocs,
      ),
    )

  const refusals = (): [string, Refusal][] => [
    [
      'an operator key in a booking request',
      {
        body: {
          consent: true,
          contactName: 'Mei Organiser',
          email: 'mei@events.test',
          eventDate: inDays(60),
          eventLocation: 'Shanghai, China',
          eventName: 'Operator Summit',
          eventTime: '09:30',
          eventTimeZone: 'Asia/Shanghai',
          $where: 'sleep(1000)',
        },
        en: 'Operator and prototype keys are not accepted.',
        field: '$where',
        method: 'post',
        path: '/booking-requests',
        who: 'anonymous',
        zh: '不接受运算符键和原型键（如 $gt、__proto__）。',
      },
    ],
    [
      'a name no slug can be made from',
      {
        body: { name: '!!!' },
        en: 'No slug can be made from "!!!": type one (letters a–z, digits).',
        field: 'slug',
        method: 'post',
        path: '/topics',
        who: 'editor',
        zh: '无法由"!!!"生成 slug：请手动输入（字母 a–z、数字）。',
      },
    ],
    [
      'a typed slug without a letter or digit',
      {
        body: { name: 'Slugless', slug: '---' },
        en: 'A slug needs at least one letter or digit (a–z, 0–9).',
        field: 'slug',
        method: 'post',
        path: '/topics',
        who: 'editor',
        zh: 'slug 至少需要一个字母或数字（a–z、0–9）。',
      },
    ],
    [
      'a booking moved off the pipeline',
      {
        body: { status: 'confirmed' },
        en: 'A "new" request can move to in_review, contacted, declined, archived, not "confirmed".',
        field: 'status',
        method: 'patch',
        path: `/booking-requests/${request.id}`,
        who: 'staff',
        zh: '"新申请"的请求只能改为审核中、已联系、已婉拒、已归档，不能改为"已确认"。',
      },
    ],
  ]

  it.each(['en', 'zh'] as const)(
    'should refuse in %s with 400 naming the field',
    async (language) => {
      for (const [name, refusal] of refusals()) {
        const before = await stored()
        const response = await api[refusal.method](refusal.path, {
          body: refusal.body,
          headers: { 'accept-language': language },
          token: refusal.who === 'anonymous' ? undefined : users[refusal.who].token,
        })
        expect([name, response.status]).toEqual([name, 400])
        const { errors } = await response.json()
        expect([name, errors[0].data.errors[0]]).toEqual([
          name,
          { message: refusal[language], path: refusal.field },
        ])
        expect(await stored()).toEqual(before)
      }
      const { status } = await ctx.payload.findByID({
        collection: 'booking-requests',
        id: request.id,
      })
      expect(status).toBe('new')
    },
  )
})
