import { describe, expect, it } from '@jest/globals'

import {
  formatInstant,
  type PersonRef,
  statusHistoryLines,
} from '../../src/bookings/admin/statusHistoryLines'
import { bookingStatusOptions } from '../../src/bookings/statusTransitions'
import { nameOf as personName } from '../../src/reviews/admin/personName'

const people: Record<string, { email: string; name: string }> = {
  '7': { email: 'sam@bureau.test', name: 'Sam Staff' },
  '9': { email: 'ada@bureau.test', name: 'Ada Admin' },
}
const nameOf = (by: PersonRef) =>
  by === null || by === undefined ? undefined : people[String(by)]?.name
const zh: Record<string, string> = { contacted: '已联系', in_review: '审核中', new: '新申请' }
/** The option's English label, whether it is a plain string or a `{ en, zh }` label. */
const english = (value: string) => {
  const label: unknown = bookingStatusOptions.find((option) => option.value === value)?.label
  return typeof label === 'object' && label ? (label as { en: string }).en : String(label ?? value)
}

const rows = [
  { at: '2030-05-20T21:05:00.000Z', by: 7, from: 'new', id: 'a', to: 'in_review' },
  { at: '2030-05-21T08:30:00.000Z', by: 9, from: 'in_review', id: 'b', to: 'contacted' },
]

describe('the compact status history of a booking request', () => {
  it('should give one line per move, newest first, with the time in the viewer zone, the status labels and the name', () => {
    expect(
      statusHistoryLines({
        language: 'en',
        nameOf,
        rows,
        statusLabel: english,
        timeZone: 'America/Los_Angeles',
      }),
    ).toEqual([
      '21 May 2030, 01:30 · In review → Contacted · Ada Admin',
      '20 May 2030, 14:05 · New → In review · Sam Staff',
    ])
  })

  it('should write the time the way a Chinese reader reads it, in their zone, with Chinese labels', () => {
    expect(
      statusHistoryLines({
        language: 'zh',
        nameOf,
        rows,
        statusLabel: (value) => zh[value] ?? value,
        timeZone: 'Asia/Shanghai',
      }),
    ).toEqual([
      '2030年5月21日 16:30 · 审核中 → 已联系 · Ada Admin',
      '2030年5月21日 05:05 · 新申请 → 审核中 · Sam Staff',
    ])
  })

  it('should leave out what is unknown (a move by the system, a missing time) instead of guessing', () => {
    expect(
      statusHistoryLines({
        language: 'en',
        nameOf,
        rows: [{ by: null, from: 'new', to: 'contacted' }],
        statusLabel: english,
      }),
    ).toEqual(['New → Contacted'])
    expect(statusHistoryLines({ language: 'en', nameOf, rows: [], statusLabel: english })).toEqual(
      [],
    )
  })

  it('should name an account from before names were required by its e-mail address', () => {
    const legacy = { email: 'old.hand@bureau.test', id: 3, name: null }
    expect(
      statusHistoryLines({
        language: 'en',
        nameOf: (by) => (by && typeof by === 'object' ? personName(by) : undefined),
        rows: [{ by: legacy, from: 'new', to: 'contacted' }],
        statusLabel: english,
      }),
    ).toEqual(['New → Contacted · old.hand@bureau.test'])
  })

  it('should keep the year on every time and read 24-hour clocks', () => {
    expect(formatInstant('2013-03-14T23:59:00.000Z', 'en', 'UTC')).toBe('14 Mar 2013, 23:59')
    expect(formatInstant('not a time', 'en', 'UTC')).toBe('not a time')
  })
})
