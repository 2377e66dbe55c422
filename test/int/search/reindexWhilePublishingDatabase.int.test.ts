import { databaseEngine, describeOnSql } from './databaseEngine'
import { describeReindexWhilePublishing } from './reindexWhilePublishingSuite'

describeReindexWhilePublishing('the database’s text search', databaseEngine, describeOnSql)
