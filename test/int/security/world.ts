import type { Role } from '../../../src/vocabulary/roles'
import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { type SignedInUser, signInAsEachRole } from '../../helpers/users'

export type Id = number | string

export const SECRET = 'TOP-SECRET-NOTE'

export const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

export const validBooking = (overrides: Record<string, unknown> = {}) => ({
  consent: true,
  contactName: 'Mei Organiser',
  email: 'mei@events.test',
  eventDate: inDays(60),
  eventLocation: 'Shanghai, China',
  eventName: 'Digital China Summit',
  ...overrides,
})

export type World = {
  api: ApiClient
  ctx: TestContext
  ids: Record<
    'booking' | 'draftInterview' | 'draftSpeaker' | 'publishedInterview' | 'publishedSpeaker',
    Id
  >
  users: Record<Role, SignedInUser>
}

/**
 * What the probes attack: one user per role, a published and a draft speaker and interview (the
 * published ones carrying internal review notes), and a booking request with an internal note, its notifications delivered, and a review event.
 */
export const buildWorld = async (ctx?: TestContext): Promise<World> => {
  ctx ??= await bootPayload()
  const { payload } = ctx
  const users = await signInAsEachRole(payload)
  const publishedSpeaker = await payload.create({
    collection: 'speakers',
    data: { _status: 'published', name: 'Public Speaker', reviewNote: SECRET },
  })
  const draftSpeaker = await payload.create({
    collection: 'speakers',
    data: { _status: 'draft', name: 'Draft Speaker' },
  })
  const publishedInterview = await payload.create({
    collection: 'interviews',
    data: {
      _status: 'published',
      reviewNote: SECRET,
      speakers: [publishedSpeaker.id],
      title: 'Public interview',
    },
  })
  const draftInterview = await payload.create({
    collection: 'interviews',
    data: { _status: 'draft', speakers: [publishedSpeaker.id], title: 'Draft interview' },
  })
  const booking = await payload.create({
    collection: 'booking-requests',
    data: validBooking({ speakers: [publishedSpeaker.id] }),
  })
  await payload.update({
    collection: 'booking-requests',
    data: { internalNotes: [{ note: SECRET }] },
    id: booking.id,
    overrideAccess: false,
    user: users.staff.user,
  })
  await payload.update({
    collection: 'interviews',
    data: { reviewState: 'in_review' },
    draft: true,
    id: draftInterview.id,
    overrideAccess: false,
    user: users.editor.user,
  })
  await drainQueue(payload)
  return {
    api: createApiClient(ctx.config),
    ctx,
    ids: {
      booking: booking.id,
      draftInterview: draftInterview.id,
      draftSpeaker: draftSpeaker.id,
      publishedInterview: publishedInterview.id,
      publishedSpeaker: publishedSpeaker.id,
    },
    users,
  }
}

/** The people who probe: nobody signed in, and each role. */
export const people = ['anonymous', 'editor', 'reviewer', 'staff', 'admin'] as const
export type Person = (typeof people)[number]

export const tokenOf = (world: World, person: Person): string | undefined =>
  person === 'anonymous' ? undefined : world.users[person].token

export const userOf = (world: World, person: Person) =>
  person === 'anonymous' ? undefined : world.users[person].user
