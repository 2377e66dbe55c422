import fs from 'node:fs'
import path from 'node:path'

/**
 * `npm start` serves the production build. Without one, Next.js died only after Payload had
 * started and migrated the database; this refuses first, saying what to run.
 */
export const assertProductionBuild = (distDir: string): void => {
  if (fs.existsSync(path.join(distDir, 'BUILD_ID'))) return
  throw new Error(
    `No production build in ${distDir}/: run \`npm run build\` before \`npm start\` (nothing was started or migrated).`,
  )
}
