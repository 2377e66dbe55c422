import type { CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import { hasRole } from '../../src/access/hasRole'
import { decideInternalNotes, type InternalNote } from '../../src/bookings/decideInternalNotes'
import { localize } from '../../src/i18n/localize'

/**
 * Internal notes are append-only (decideInternalNotes): new notes get their author and time from
 * the server, existing ones are stored exactly as they were written, whatever the request sent;
 * editing one is refused (400 naming `internalNotes`), and so is removing one, unless an admin does
 * it (403). Runs on every save: REST by id and bulk, the Local API, and the admin form.
 */
export const stampInternalNotes: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data.internalNotes === undefined) return data
  const decision = decideInternalNotes({
    canRemove: hasRole(req.user, 'admin'),
    incoming: data.internalNotes,
    now: new Date().toISOString(),
    stored: (originalDoc?.internalNotes ?? []) as InternalNote[],
    userId: req.user?.id ?? null,
  })
  if (decision.kind === 'accept') return { ...data, internalNotes: decision.notes }
  const message = localize(req, decision.message)
  if (decision.status === 403) throw new APIError(message, 403, undefined, true)
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ message, path: 'internalNotes' }],
  })
}
