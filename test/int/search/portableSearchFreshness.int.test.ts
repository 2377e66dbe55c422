import { describeSearchFreshness } from './searchFreshnessSuite'

// The index MongoDB uses, here on SQLite and PostgreSQL: as fresh as the database's.
describeSearchFreshness('the portable index', {
  pluginOptions: { search: { engine: 'portable' } },
  pushSchema: true,
})
