import { runWithPayload } from '../src/db/runWithPayload'
import { reindexSearch } from '../src/search/reindexSearch'

/**
 * `npm run search:reindex`: rebuilds the search index of the database named by DATABASE_URI from
 * its published speakers and interviews (after an upgrade, or to repair it), printing progress.
 */
runWithPayload(async (payload) => {
  const started = performance.now()
  await reindexSearch({
    onProgress: ({ collection, done, removed, total }) => {
      const percent = total ? Math.round((done / total) * 100) : 100
      console.log(
        removed === undefined
          ? `${collection}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${percent}%)`
          : `${collection}: ${done.toLocaleString('en')} indexed, ${removed} stale entries removed`,
      )
    },
    payload,
  })
  console.log(`Search index rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`)
})
