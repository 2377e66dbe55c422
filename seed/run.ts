import { runWithPayload } from '../src/db/runWithPayload'

import { seed } from './index'
import { printCredentials } from './printCredentials'

/** `npm run seed`: seeds the database named by DATABASE_URI (the embedded SQLite by default). */
runWithPayload(async (payload) => {
  const result = await seed({ payload })
  printCredentials(result.users.list)
})
