import type { CollectionAfterChangeHook } from 'payload'

import type { SearchableCollection } from '../../src/search/engine/types'

import { indexInterviewsOfSpeaker, indexPublicVersions } from '../../src/search/indexPublicVersion'
import { lockSearchIndex } from '../../src/search/lockSearchIndex'
import { namesOf } from '../../src/search/searchTerms'
import { loadTopicParents } from '../../src/search/topicTree'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * Brings the search index in line with the document's public version after every save (publish,
 * unpublish, edit, a draft saved over a live document), in the save's transaction. A speaker's
 * interviews follow when the speaker's names or status changed, since they are found by them, and
 * whenever the speaker is left without a public version: `previousDoc` is the newest version, so
 * unpublishing a speaker with a draft pending compares two drafts and shows no change.
 * Under the index's lock, so what it reads of other documents is what they last committed.
 */
export const syncSearchIndex: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  await lockSearchIndex(req)
  const slug = collection.slug as SearchableCollection
  const isSpeaker = slug === collectionNames.speakers
  const namesOrStatusChanged =
    isSpeaker &&
    (namesOf(doc).join('\n') !== namesOf(previousDoc ?? {}).join('\n') ||
      doc._status !== previousDoc?._status)
  // Read once for both when the speaker's interviews are written too.
  const topicParents = namesOrStatusChanged ? await loadTopicParents(req) : undefined
  const isHidden = (await indexPublicVersions(req, slug, [doc.id], topicParents)) > 0
  if (namesOrStatusChanged || (isSpeaker && isHidden))
    await indexInterviewsOfSpeaker(req, doc.id, topicParents)
  return doc
}
