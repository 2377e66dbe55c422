import type { ParsedMail } from 'mailparser'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Args = {
  /** How many distinct bookings should be mailed. */
  expected: number
  pendingJobs: () => Promise<number>
  staffMails: () => ParsedMail[]
  startedAt: number
  timeoutMs: number
}

/**
 * Polls until every booking got its staff mail and no staff job is left in the queue (or time runs
 * out), then a few seconds more for any second delivery. Returns the seconds from `startedAt` to the
 * last staff mail.
 */
export const waitForStaffMails = async ({
  expected,
  pendingJobs,
  staffMails,
  startedAt,
  timeoutMs,
}: Args): Promise<number> => {
  const deadline = Date.now() + timeoutMs
  const since = () => (performance.now() - startedAt) / 1000
  let lastMailAt = Number.NaN
  let lastCount = -1
  for (let polls = 1; Date.now() < deadline; polls++) {
    const mails = staffMails()
    if (mails.length !== lastCount) {
      lastCount = mails.length
      lastMailAt = since()
    }
    const pending = await pendingJobs()
    if (new Set(mails.map((mail) => mail.subject)).size >= expected && pending === 0) break
    if (polls % 20 === 0)
      console.log(
        `  ${since().toFixed(1)} s: ${mails.length} staff mails, ${pending} staff jobs queued`,
      )
    await sleep(500)
  }
  await sleep(3_000)
  return lastMailAt
}
