import { databaseEngine, describeOnSql } from './databaseEngine'
import { describeSpeakerSearch } from './speakerSearchSuite'

describeOnSql('on SQLite and PostgreSQL', () => {
  describeSpeakerSearch('the database’s text search', { pluginOptions: databaseEngine })
})
