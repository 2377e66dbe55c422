import { databaseEngine, describeOnSql } from './databaseEngine'
import { describeSearchFreshness } from './searchFreshnessSuite'

describeOnSql('on SQLite and PostgreSQL', () => {
  describeSearchFreshness('the database’s text search', { pluginOptions: databaseEngine })
})
