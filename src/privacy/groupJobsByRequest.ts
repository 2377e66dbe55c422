import type { JobRow, RecordIds } from './jobsAbout'

import { idOf } from '../utilities/idOf'
import { recordNamedBy } from './jobsAbout'

type Owned = { bookingRequest?: unknown; id: number | string }

/**
 * The jobs of a batch of booking requests, sorted to the request each is about: named by it, or by
 * one of its proposals or holds. Every request of the batch gets an entry (empty when it has no
 * jobs); jobs about records outside the batch are left out. Keyed by `String(id)`: SQL ids are
 * numbers, MongoDB's strings, a job's input holds text.
 */
export const groupJobsByRequest = ({
  holds,
  jobs,
  proposals,
  requestIds,
}: {
  holds: Owned[]
  jobs: JobRow[]
  proposals: Owned[]
  requestIds: (number | string)[]
}): Map<string, JobRow[]> => {
  const byRequest = new Map(requestIds.map((id) => [String(id), [] as JobRow[]]))
  const ownerOf = (records: Owned[]) =>
    new Map(records.map((record) => [String(record.id), String(idOf(record.bookingRequest))]))
  const owners: Record<keyof RecordIds, Map<string, string>> = {
    holds: ownerOf(holds),
    proposals: ownerOf(proposals),
    requests: new Map([...byRequest.keys()].map((id) => [id, id])),
  }
  for (const job of jobs) {
    const named = recordNamedBy(job)
    const owner = named && owners[named.kind].get(named.id)
    if (owner) byRequest.get(owner)?.push(job)
  }
  return byRequest
}
