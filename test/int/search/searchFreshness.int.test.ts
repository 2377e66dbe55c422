import { describeSearchFreshness } from './searchFreshnessSuite'

describeSearchFreshness('the database’s text search')
