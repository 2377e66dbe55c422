import { buildAppConfig } from './buildAppConfig'
import { dataDir } from './dataDir'
import { pickDatabaseAdapter } from './db/pickDatabaseAdapter'
import { pickEmailAdapter } from './email/pickEmailAdapter'
import { resolveSecret } from './resolveSecret'
import { resolveServerUrl } from './resolveServerUrl'
import { allowedOrigins } from './security/allowedOrigins'

export default buildAppConfig({
  db: pickDatabaseAdapter({ dataDir, uri: process.env.DATABASE_URI }),
  email: pickEmailAdapter(process.env),
  origins: allowedOrigins(process.env),
  secret: resolveSecret({ dataDir, env: process.env }),
  serverURL: resolveServerUrl(process.env),
})
