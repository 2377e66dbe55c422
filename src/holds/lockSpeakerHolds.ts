import type { PayloadRequest } from 'payload'

import { lockUntilCommit } from '../db/lockUntilCommit'

/**
 * Serializes rank decisions on one speaker's holds until `req`'s transaction ends (two staff
 * holding the same day at once get ranks 1 and 2, not 1 and 1). MongoDB has no such lock (there a
 * race can give two holds the same rank, which the next release or expiry re-ranks).
 */
export const lockSpeakerHolds = (req: PayloadRequest, speaker: number | string) =>
  lockHolds(req, `holds:${speaker}`)

/**
 * The same for any key (`holds:request:<id>` while confirming a request's hold). Take the request's
 * before the speaker's, always in that order, so two locks never wait on each other.
 */
export const lockHolds = (req: PayloadRequest, key: string) => lockUntilCommit(req, key)
