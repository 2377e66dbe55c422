import path from 'node:path'

/**
 * The file a SQLite `file:` URL names (its options, `?mode=ro`, left out), resolved; undefined for
 * an in-memory database.
 */
export const sqliteFilePath = (fileUrl: string): string | undefined => {
  const [filePath] = fileUrl.replace(/^file:(\/\/)?/, '').split('?')
  if (!filePath || filePath === ':memory:') return undefined
  return path.resolve(filePath)
}
