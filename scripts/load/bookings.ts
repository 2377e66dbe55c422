/** What one booking POST took, and how it was answered. */
export type PostResult = { ms: number; status: number }

const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Every event name of a run starts with this; the staff mail's subject carries the name. */
export const eventNamePrefix = (run: string): string => `Load ${run} #`

const post = async (url: string, body: unknown, token?: string): Promise<Response> =>
  fetch(url, {
    body: JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method: 'POST',
    signal: AbortSignal.timeout(120_000),
  })

/** The first account (it becomes the admin), then a staff member: the staff mails' recipient. */
export const createStaffUser = async (baseUrl: string, email: string): Promise<void> => {
  const password = 'load-test-password-1'
  const first = await post(`${baseUrl}/api/users/first-register`, {
    email: 'admin@load.test',
    name: 'Load Admin',
    password,
  })
  if (!first.ok) throw new Error(`first-register answered ${first.status}: ${await first.text()}`)
  const { token } = (await first.json()) as { token: string }
  const staff = await post(
    `${baseUrl}/api/users`,
    { email, name: 'Load Staff', password, roles: ['staff'] },
    token,
  )
  if (staff.status !== 201) throw new Error(`creating staff answered ${staff.status}`)
}

/** `count` booking POSTs at once, alternating between the servers; one latency per request. */
export const postBookings = async ({
  baseUrls,
  count,
  run,
}: {
  baseUrls: string[]
  count: number
  run: string
}): Promise<PostResult[]> =>
  Promise.all(
    Array.from({ length: count }, async (_, i): Promise<PostResult> => {
      const body = {
        consent: true,
        contactName: 'Load Tester',
        email: `organiser${i}@load.test`,
        eventDate: inDays(90),
        eventLocation: 'Shanghai, China',
        eventName: `${eventNamePrefix(run)}${i}`,
      }
      const started = performance.now()
      try {
        const response = await post(`${baseUrls[i % baseUrls.length]}/api/booking-requests`, body)
        await response.arrayBuffer()
        return { ms: performance.now() - started, status: response.status }
      } catch {
        return { ms: performance.now() - started, status: 0 }
      }
    }),
  )
