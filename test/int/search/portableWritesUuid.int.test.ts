import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { testDbKind } from '../../helpers/testDatabase'
import { describePortableWrites } from './portableWritesSuite'

/**
 * A host may give its SQL adapter UUID ids (made in JavaScript, not by the database) and, on
 * PostgreSQL, a schema of its own: the index's statements are built on the adapter's tables, so
 * they write as Payload would. MongoDB's ids are its own either way (the default suite runs there).
 */
if (testDbKind() !== 'mongodb')
  describePortableWrites('UUID ids, a PostgreSQL schema of its own', ({ kind, uri }) =>
    kind === 'postgres'
      ? postgresAdapter({ idType: 'uuid', pool: { connectionString: uri }, schemaName: 'bureau' })
      : sqliteAdapter({ client: { url: ':memory:' }, idType: 'uuid' }),
  )
