import type { Option } from '../vocabulary/options'

/**
 * A hold's life (eSpeakers' HELD / CONFIRMED / released): made `held`, then confirmed or released
 * by staff, or `expired` by the queue at its `expiresAt`. Released and expired are final; a
 * confirmed engagement may still be released (cancelled).
 */
export const holdStatuses = ['held', 'confirmed', 'released', 'expired'] as const
export type HoldStatus = (typeof holdStatuses)[number]

export const holdStatusOptions: Option<HoldStatus>[] = [
  { label: { en: 'Held', zh: '暂定' }, value: 'held' },
  { label: { en: 'Confirmed', zh: '已确认' }, value: 'confirmed' },
  { label: { en: 'Released', zh: '已释放' }, value: 'released' },
  { label: { en: 'Expired', zh: '已过期' }, value: 'expired' },
]

/** Holds that occupy their dates (ranked, shown busy, in the speaker's calendar). */
export const activeHoldStatuses: readonly HoldStatus[] = ['held', 'confirmed']

/** Moves staff may make. `expired` is the queue's alone. */
export const holdMoves: Record<HoldStatus, HoldStatus[]> = {
  confirmed: ['released'],
  expired: [],
  held: ['confirmed', 'released'],
  released: [],
}

/** Longest a hold may run, in days (a conference, a speaking tour's leg). */
export const MAX_HOLD_DAYS = 31
