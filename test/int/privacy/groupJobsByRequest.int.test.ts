import { describe, expect, it } from '@jest/globals'

import { groupJobsByRequest } from '../../../src/privacy/groupJobsByRequest'
import { BOOKING_TASKS, HOLD_TASKS, PROPOSAL_TASKS } from '../../../src/vocabulary/taskNames'

const job = (id: number, taskSlug: string, input: Record<string, unknown>) => ({
  id,
  input,
  taskSlug,
})

describe('groupJobsByRequest: a batch’s job records, by the request each is about', () => {
  const jobs = [
    job(1, BOOKING_TASKS.slaReminder, { requestId: '7' }),
    job(2, PROPOSAL_TASKS.notifyAnswer, { proposalId: '70' }),
    job(3, HOLD_TASKS.expire, { holdId: 'h-8' }),
    job(4, BOOKING_TASKS.webhook, { requestId: '9' }), // a request outside the batch
    job(5, HOLD_TASKS.expire, { holdId: '90' }), // a hold of a request outside the batch
    job(6, 'sendReviewNotification', { requestId: '7' }), // not a booking task
  ]

  it('should sort each job to its request, by its own id or its proposal’s or hold’s', () => {
    const byRequest = groupJobsByRequest({
      holds: [
        { bookingRequest: 'r-8', id: 'h-8' },
        { bookingRequest: 9, id: 90 },
      ],
      jobs,
      // Populated or not, SQL numbers or MongoDB strings: compared as text.
      proposals: [{ bookingRequest: { id: 7 }, id: 70 }],
      requestIds: [7, 'r-8', 11],
    })
    expect(
      Object.fromEntries([...byRequest].map(([id, found]) => [id, found.map((j) => j.id)])),
    ).toEqual({ '11': [], '7': [1, 2], 'r-8': [3] })
  })

  it('should give nothing for an empty batch', () => {
    expect(groupJobsByRequest({ holds: [], jobs, proposals: [], requestIds: [] }).size).toBe(0)
  })
})
