import path from 'node:path'

export const ACCEPTED_SCHEMES =
  'mongodb://, mongodb+srv://, postgres://, postgresql:// or file: (SQLite)'

export type DatabaseTarget = { kind: 'mongodb' | 'postgres' | 'sqlite'; url: string }

type Args = {
  /** Folder for the embedded SQLite database when no URI is given. */
  dataDir: string
  uri?: string
}

const schemeOf = (uri: string): string =>
  /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase() ?? ''

/** Which database `DATABASE_URI` names: unset or `file:` is the embedded SQLite under the data folder. */
export const resolveDatabaseTarget = ({ dataDir, uri }: Args): DatabaseTarget => {
  const trimmed = uri?.trim()
  if (!trimmed) return { kind: 'sqlite', url: `file:${path.join(dataDir, 'speakers.db')}` }
  switch (schemeOf(trimmed)) {
    case 'file':
      return { kind: 'sqlite', url: trimmed }
    case 'mongodb':
    case 'mongodb+srv':
      return { kind: 'mongodb', url: trimmed }
    case 'postgres':
    case 'postgresql':
      return { kind: 'postgres', url: trimmed }
    default:
      throw new Error(
        `Unsupported DATABASE_URI scheme "${schemeOf(trimmed) || trimmed}". Use ${ACCEPTED_SCHEMES}.`,
      )
  }
}
