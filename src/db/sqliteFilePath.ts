import path from 'node:path'

/** A `file:` URL as libsql reads it: any case, an empty or `localhost` authority, a path to `?` or `#`. */
const FILE_URL = /^file:(?:\/\/(?<host>[^/?#]*))?(?<path>[^?#]*)/i

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The file a SQLite `file:` URL names, read as libsql reads it (`FILE:`, `file://localhost/srv/x.db`,
 * `%20`, options after `?` left out), resolved; undefined for an in-memory database or a URL libsql
 * would refuse (another host).
 */
export const sqliteFilePath = (fileUrl: string): string | undefined => {
  const match = FILE_URL.exec(fileUrl)
  if (!match?.groups) return undefined
  const host = (match.groups.host ?? '').toLowerCase()
  if (host !== '' && host !== 'localhost') return undefined
  const filePath = decoded(match.groups.path)
  if (!filePath || filePath.startsWith(':memory:')) return undefined
  return path.resolve(filePath)
}
