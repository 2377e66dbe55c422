import { formatAdminURL } from 'payload/shared'

type Args = {
  apiRoute: string
  collectionSlug: string
  id: number | string
  userId: number | string
}

/**
 * Deletes this person's edit lock on a document (Payload's payload-locked-documents), and only
 * theirs: Payload's own unlockDocument deletes the first lock it finds, whoever holds it. The server
 * releases the mover's lock when a review move is saved (hooks/reviews/releaseMoverLock.ts); this catches a
 * lock the form's change handler re-created while the move was on its way.
 */
export const releaseOwnLock = async ({ apiRoute, collectionSlug, id, userId }: Args) => {
  const query = new URLSearchParams({
    'where[and][0][document.relationTo][equals]': collectionSlug,
    'where[and][1][document.value][equals]': String(id),
    'where[and][2][user.value][equals]': String(userId),
  })
  await fetch(formatAdminURL({ apiRoute, path: `/payload-locked-documents?${query}` }), {
    credentials: 'include',
    method: 'DELETE',
  }).catch(() => undefined)
}
