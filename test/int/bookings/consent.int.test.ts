import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { inDays } from '../../helpers/proposals'
import { type SignedInUser, signInAs } from '../../helpers/users'

type Id = number | string

describe('consent on the booking form: given, stamped, shown to staff, never changed', () => {
  let ctx: TestContext
  let api: ApiClient
  let staff: SignedInUser
  let editor: SignedInUser
  let homeSpeaker: Id
  let abroadSpeaker: Id
  let unplacedSpeaker: Id
  let ipCounter = 0

  /** Each post from its own client address: the per-IP limit stays out of the way. */
  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api.post('/booking-requests', {
      body,
      headers: { 'x-bureau-client-ip': `198.51.100.${++ipCounter}`, ...headers },
    })

  /** The `{ path: message }` of a 400's field errors. */
  const fieldErrorsOf = async (response: Response): Promise<Record<string, string>> => {
    const body = (await response.json()) as {
      errors?: { data?: { errors?: { message: string; path: string }[] } }[]
    }
    return Object.fromEntries(
      (body.errors ?? []).flatMap((error) =>
        (error.data?.errors ?? []).map(({ message, path }) => [path, message]),
      ),
    )
  }

  const form = (extra: Record<string, unknown> = {}) => ({
    consent: true,
    contactName: 'Mei Organiser',
    email: 'mei@events.test',
    eventDate: inDays(30),
    eventLocation: 'Shanghai',
    eventName: `Consent Summit ${ipCounter}`,
    ...extra,
  })

  const count = async () => (await ctx.payload.count({ collection: 'booking-requests' })).totalDocs

  const storedByName = async (eventName: string) =>
    (
      await ctx.payload.find({
        collection: 'booking-requests',
        depth: 0,
        where: { eventName: { equals: eventName } },
      })
    ).docs[0]

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: { privacy: { policyVersion: '2026-11' } } })
    api = createApiClient(ctx.config)
    staff = await signInAs(ctx.payload, 'staff')
    editor = await signInAs(ctx.payload, 'editor')
    const speaker = async (name: string, country?: string) =>
      (
        await ctx.payload.create({
          collection: 'speakers',
          data: {
            _status: 'published',
            name,
            shortBio: `${name} speaks.`,
            ...(country ? { travelsFrom: { city: 'X', country } } : {}),
          } as never,
        })
      ).id
    homeSpeaker = await speaker('Wang Fang', '中国')
    abroadSpeaker = await speaker('Anna Petrova', 'France')
    unplacedSpeaker = await speaker('Li Wei')
  })

  afterAll(async () => {
    await ctx.close()
  })

  it.each([
    ['missing', undefined],
    ['false', false],
    // Payload's field hooks would read the text "true" as the boolean: refuseLooseConsent doesn't.
    ['"true"', 'true'],
    ['"false"', 'false'],
    ['""', ''],
    ['"yes"', 'yes'],
    ['1', 1],
    ['null', null],
    ['{}', {}],
  ])(
    'refuses a request whose consent is %s: 400 naming `consent`, nothing stored',
    async (_, consent) => {
      const before = await count()
      const response = await post(form({ consent }))
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain('"path":"consent"')
      expect(await count()).toBe(before)
    },
  )

  it('should say why in English and in Chinese', async () => {
    const missing = await fieldErrorsOf(await post(form({ consent: undefined })))
    expect(missing.consent).toMatch(/privacy policy/)
    const zh = await fieldErrorsOf(
      await post(form({ consent: 'true' }), { 'accept-language': 'zh' }),
    )
    expect(zh.consent).toMatch(/布尔值/)
  })

  it('should refuse a request without consent through the Local API too (scripts, the admin), storing nothing', async () => {
    const before = await count()
    for (const consent of [undefined, false, 'true']) {
      await expect(
        ctx.payload.create({
          collection: 'booking-requests',
          data: form({ consent, eventName: 'Local no consent' }) as never,
        }),
      ).rejects.toMatchObject({
        data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'consent' })]) },
        status: 400,
      })
    }
    await expect(
      ctx.payload.create({
        collection: 'booking-requests',
        data: form({ eventName: 'Local abroad', speakers: [abroadSpeaker] }) as never,
        overrideAccess: false,
        user: staff.user,
      }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'consentTransfer' })] },
      status: 400,
    })
    expect(await count()).toBe(before)
  })

  it('should refuse the text "true" for consentTransfer too', async () => {
    const before = await count()
    const response = await post(form({ consentTransfer: 'true', speakers: [abroadSpeaker] }))
    expect(response.status).toBe(400)
    expect(Object.keys(await fieldErrorsOf(response))).toEqual(['consentTransfer'])
    expect(await count()).toBe(before)
  })

  it('asks for consentTransfer when a chosen speaker is abroad, and names the country', async () => {
    const before = await count()
    const refused = await post(form({ speakers: [homeSpeaker, abroadSpeaker] }))
    expect(refused.status).toBe(400)
    const body = JSON.stringify(await refused.json())
    expect(body).toContain('"path":"consentTransfer"')
    expect(body).toContain('France')
    expect(await count()).toBe(before)
    const accepted = await post(
      form({ consentTransfer: true, eventName: 'Abroad ok', speakers: [abroadSpeaker] }),
    )
    expect(accepted.status).toBe(201)
    expect((await storedByName('Abroad ok')).consentTransfer).toBe(true)
  })

  it('tells nothing of a draft speaker: a draft’s id is answered as the id of nobody', async () => {
    const speakerData = (name: string) =>
      ({ name, travelsFrom: { city: 'Cair Paravel', country: 'Narnia' } }) as never
    const draft = await ctx.payload.create({
      collection: 'speakers',
      data: speakerData('Hidden Draft Person'),
      draft: true,
    })
    const gone = await ctx.payload.create({ collection: 'speakers', data: speakerData('Gone') })
    await ctx.payload.delete({ collection: 'speakers', id: gone.id })
    const before = await count()
    const [toDraft, toNobody] = await Promise.all(
      [draft.id, gone.id].map((id) => post(form({ speakers: [homeSpeaker, id] }))),
    )
    expect([toDraft.status, toNobody.status]).toEqual([400, 400])
    const [draftErrors, nobodyErrors] = [
      await fieldErrorsOf(toDraft),
      await fieldErrorsOf(toNobody),
    ]
    expect(JSON.stringify(draftErrors)).not.toContain('Narnia')
    expect(Object.keys(draftErrors)).toEqual(['speakers'])
    // The same answer, but for the id itself.
    expect(JSON.stringify(draftErrors).replace(String(draft.id), 'ID')).toBe(
      JSON.stringify(nobodyErrors).replace(String(gone.id), 'ID'),
    )
    expect(await count()).toBe(before)
  })

  it('does not ask for it when every chosen speaker is at home, and stores false', async () => {
    const response = await post(form({ eventName: 'Home only', speakers: [homeSpeaker] }))
    expect(response.status).toBe(201)
    expect((await storedByName('Home only')).consentTransfer).toBe(false)
  })

  it('does not ask for it when no speaker is chosen or a speaker gives no country', async () => {
    expect((await post(form({ eventName: 'No speaker' }))).status).toBe(201)
    const response = await post(form({ eventName: 'Unplaced', speakers: [unplacedSpeaker] }))
    expect(response.status).toBe(201)
    expect((await storedByName('Unplaced')).consentTransfer).toBe(false)
  })

  it('matches the home country names case-insensitively', async () => {
    const china = (
      await ctx.payload.create({
        collection: 'speakers',
        data: {
          _status: 'published',
          name: 'Zhang Min',
          shortBio: 'Zhang Min speaks.',
          travelsFrom: { city: 'Beijing', country: ' china ' },
        } as never,
      })
    ).id
    expect((await post(form({ eventName: 'Lower case', speakers: [china] }))).status).toBe(201)
  })

  it('stamps the time and the policy version from the plugin options, whatever the body says', async () => {
    const startedAt = Date.now()
    const response = await post(
      form({
        consentRecord: { givenAt: '2001-01-01T00:00:00.000Z', policyVersion: 'forged' },
        eventName: 'Stamped',
      }),
    )
    expect(response.status).toBe(201)
    const stored = await storedByName('Stamped')
    expect(stored.consent).toBe(true)
    expect(stored.consentRecord?.policyVersion).toBe('2026-11')
    expect(new Date(String(stored.consentRecord?.givenAt)).getTime()).toBeGreaterThanOrEqual(
      startedAt - 1000,
    )
  })

  it('staff read the consent; anonymous visitors and editors read nothing of it', async () => {
    const { id } = await storedByName('Stamped')
    const asStaff = await (await api.get(`/booking-requests/${id}`, { token: staff.token })).json()
    expect(asStaff).toMatchObject({ consent: true, consentRecord: { policyVersion: '2026-11' } })
    for (const token of [undefined, editor.token]) {
      const response = await api.get(`/booking-requests/${id}`, token ? { token } : {})
      expect(response.status).toBe(403)
    }
    const local = await ctx.payload.findByID({
      collection: 'booking-requests',
      id,
      overrideAccess: false,
      user: staff.user,
    })
    expect(local.consentRecord?.policyVersion).toBe('2026-11')
    for (const user of [null, editor.user]) {
      await expect(
        ctx.payload.findByID({ collection: 'booking-requests', id, overrideAccess: false, user }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const graphql = await api.graphql(
      `query { BookingRequest(id: ${JSON.stringify(id)}) { consent consentTransfer consentRecord { policyVersion } } }`,
      { token: staff.token },
    )
    expect(graphql.data?.BookingRequest).toMatchObject({
      consent: true,
      consentRecord: { policyVersion: '2026-11' },
    })
    const anonymous = await api.graphql(
      `query { BookingRequest(id: ${JSON.stringify(id)}) { consent } }`,
    )
    expect(anonymous.data?.BookingRequest ?? null).toBeNull()
  })

  it('nobody changes it afterwards: staff over REST, an admin script through the Local API', async () => {
    const { id } = await storedByName('Abroad ok')
    const patched = await api.patch(`/booking-requests/${id}`, {
      body: {
        consent: false,
        consentRecord: { policyVersion: 'forged' },
        consentTransfer: false,
      },
      token: staff.token,
    })
    expect(patched.status).toBe(200)
    await ctx.payload.update({
      collection: 'booking-requests',
      data: { consent: false, consentRecord: { policyVersion: 'forged' }, consentTransfer: false },
      id,
    })
    const stored = await ctx.payload.findByID({ collection: 'booking-requests', depth: 0, id })
    expect(stored).toMatchObject({
      consent: true,
      consentRecord: { policyVersion: '2026-11' },
      consentTransfer: true,
    })
  })

  it('is in the OpenAPI document: consent required as true, consentTransfer a boolean', async () => {
    const spec = await (await api.get('/openapi.json')).json()
    const input = spec.components.schemas.BookingRequestInput
    expect(input.required).toContain('consent')
    expect(input.properties.consent).toMatchObject({ const: true })
    expect(input.properties.consent.description).toMatch(/privacy policy: must be true/)
    expect(input.properties.consent.description).not.toMatch(/Default/)
    expect(input.properties.consentTransfer.type).toEqual(expect.arrayContaining(['boolean']))
    expect(input.properties.consentTransfer.description).toMatch(/speakers based abroad/)
    expect(input.properties).not.toHaveProperty('consentRecord')
  })
})
