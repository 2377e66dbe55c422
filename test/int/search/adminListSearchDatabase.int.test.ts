import { describeAdminListSearch } from './adminListSearchSuite'
import { databaseEngine, describeOnSql } from './databaseEngine'

describeAdminListSearch("the database's text search", databaseEngine, describeOnSql)
