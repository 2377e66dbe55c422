import { describeAdminListSearch } from './adminListSearchSuite'

describeAdminListSearch('the portable index', { search: { engine: 'portable' } })
