import { expect, it } from '@jest/globals'

import { collectionNames } from '../../../src/vocabulary/collectionNames'
import { describeSpeakerSearch } from './speakerSearchSuite'

type EntryDoc = { docId: string; searchable: string }

// The default index, on every database: the same contract as the database's text search.
const portable = { pluginOptions: { search: { engine: 'portable' as const } }, pushSchema: true }

describeSpeakerSearch('the portable index', portable, (payloadOf) => {
  it('should keep one entry per published speaker as a Payload document, and no draft', async () => {
    const payload = payloadOf()
    const entries = await payload.find({
      collection: collectionNames.searchEntries as 'speakers',
      pagination: false,
    })
    const published = await payload.find({
      collection: 'speakers',
      pagination: false,
      where: { _status: { equals: 'published' } },
    })
    expect(published.totalDocs).toBe(10)
    expect(
      (entries.docs as unknown as EntryDoc[])
        .map(({ docId, searchable }) => `${searchable}:${docId}`)
        .sort(),
    ).toEqual(published.docs.map(({ id }) => `speakers:${id}`).sort())
  })
})
