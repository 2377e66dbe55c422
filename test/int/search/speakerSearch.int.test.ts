import { describeSpeakerSearch } from './speakerSearchSuite'

describeSpeakerSearch('the database’s text search')
