import { describeReindexWhilePublishing } from './reindexWhilePublishingSuite'

describeReindexWhilePublishing('the portable index', { search: { engine: 'portable' } })
