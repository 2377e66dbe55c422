import { describeSearchFindsNames } from './searchFindsNamesSuite'

describeSearchFindsNames('the portable index', { search: { engine: 'portable' } })
