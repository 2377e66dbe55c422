import path from 'node:path'

import { assertNotSchemaPushed } from '../db/assertNotSchemaPushed'
import { resolveDatabaseTarget } from '../db/resolveDatabaseTarget'
import { resolveSecret } from '../resolveSecret'
import { resolveServerUrl } from '../resolveServerUrl'
import { assertProductionBuild } from './assertProductionBuild'

type Args = {
  /** Where the embedded SQLite database and the generated secret live (src/dataDir.ts). */
  dataDir: string
  env: NodeJS.ProcessEnv
  isDev: boolean
}

/**
 * What a start needs from its environment, checked before Payload, Next.js and the config are
 * loaded (~3 s of CPU) and before anything is migrated: a production build, a supported
 * DATABASE_URI, a long enough PAYLOAD_SECRET, PUBLIC_SERVER_URL, and a database that development
 * did not set up by schema push. Each throws with the one line the operator needs; the config
 * checks them again when it is loaded (other entry points, such as `payload migrate`, load only it).
 * In production it creates nothing (a database or data folder not there yet is a fresh one); in
 * development the secret is generated into the data folder, as the config would.
 */
export const checkBeforeStart = async ({ dataDir, env, isDev }: Args): Promise<void> => {
  if (!isDev) assertProductionBuild(path.resolve(env.NEXT_DIST_DIR || '.next'))
  const target = resolveDatabaseTarget({ dataDir, uri: env.DATABASE_URI })
  resolveSecret({ dataDir, env })
  resolveServerUrl(env)
  if (!isDev) await assertNotSchemaPushed(target)
}
