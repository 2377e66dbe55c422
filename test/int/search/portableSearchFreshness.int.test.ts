import { describeSearchFreshness } from './searchFreshnessSuite'

// The default index, on every database: as fresh as the database's text search.
describeSearchFreshness('the portable index', {
  pluginOptions: { search: { engine: 'portable' } },
  pushSchema: true,
})
