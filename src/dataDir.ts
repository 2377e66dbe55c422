import path from 'node:path'

/** Where the embedded database, uploads and the development secret live (git-ignored). */
export const dataDir = path.resolve(process.cwd(), process.env.DATA_DIR || '.data')
