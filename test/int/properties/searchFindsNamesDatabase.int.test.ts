import { databaseEngine, describeOnSql } from '../search/databaseEngine'
import { describeSearchFindsNames } from './searchFindsNamesSuite'

describeSearchFindsNames("the database's text search", databaseEngine, describeOnSql)
