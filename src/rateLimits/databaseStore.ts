import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit'
import type { Payload } from 'payload'

import crypto from 'node:crypto'

import { collectionNames } from '../vocabulary/collectionNames'

type Row = { hits: number | string; reset_at?: Date; resetAt?: Date }

const toInfo = (row: Row | null | undefined): ClientRateLimitInfo | undefined =>
  row ? { resetTime: row.reset_at ?? row.resetAt, totalHits: Number(row.hits) } : undefined

/** Every this many hits, rows whose window ended an hour ago are deleted. */
const SWEEP_EVERY = 200

type PgPool = {
  end: () => Promise<void>
  on: (event: 'error', listener: (err: Error) => void) => void
  options: Record<string, unknown>
  query: <R>(text: string, values?: unknown[]) => Promise<{ rows: R[] }>
}

/** On the Payload instance, like the stores (see rateLimitStore.ts): one pool for every copy of this module. */
const COUNTER_POOL = Symbol.for('speakers-bureau.rateLimitCounterPool')

type WithCounterPool = Payload & { [COUNTER_POOL]?: PgPool }

/**
 * The counters' own PostgreSQL connections (two), apart from the adapter's pool. Hooks count while
 * their request holds a pool connection inside its transaction (a booking's acknowledgement limit in
 * afterChange, sign-ins in beforeOperation); on the adapter's pool, 200 booking POSTs at once left
 * every connection in a transaction waiting for one more to count with, and nothing moved (1 of 200
 * answered, 9 connections idle in transaction). A counter statement holds its connection only while
 * it runs, so these always come free. Idle ones do not keep the process alive.
 */
export const counterPoolOf = (payload: Payload): PgPool => {
  const holder = payload as WithCounterPool
  const existing = holder[COUNTER_POOL]
  if (existing) return existing
  const main = (payload.db as unknown as { pool: PgPool }).pool
  const Pool = main.constructor as new (options: Record<string, unknown>) => PgPool
  const pool = new Pool({
    ...main.options,
    allowExitOnIdle: true,
    idleTimeoutMillis: 10_000,
    max: 2,
  })
  // An idle connection the server closed: the next query opens another.
  pool.on('error', () => undefined)
  holder[COUNTER_POOL] = pool
  return pool
}

/** Ends the counters' connections (closeDatabase does, with the adapter's). */
export const closeCounterPool = async (payload: Payload): Promise<void> => {
  const holder = payload as WithCounterPool
  const pool = holder[COUNTER_POOL]
  delete holder[COUNTER_POOL]
  await pool?.end()
}

/**
 * An express-rate-limit store that keeps its counters in the app's PostgreSQL or MongoDB database
 * (the `rate-limit-counters` collection), so every app instance on that database counts the same
 * hits. Each hit is one atomic upsert that also starts a new window once the last one has ended,
 * timed by the database's clock, so instances whose clocks differ still agree.
 */
export class DatabaseStore implements Store {
  localKeys = false
  prefix: string
  private hitsSinceSweep = 0
  private windowMs = 60_000

  constructor(
    private readonly payload: Payload,
    prefix: string,
  ) {
    this.prefix = prefix
  }

  init(options: Options): void {
    this.windowMs = options.windowMs
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { db } = this.payload
    if (db.name === 'postgres') {
      const { rows } = await this.pool().query<Row>(
        `SELECT "hits", "reset_at" FROM ${this.table()} WHERE "key" = $1 AND "reset_at" > now()`,
        [this.key(key)],
      )
      return toInfo(rows[0])
    }
    const row = await this.mongo().findOne<Row>({
      key: this.key(key),
      resetAt: { $gt: new Date() },
    })
    return toInfo(row)
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    await this.sweepNowAndThen()
    const { db } = this.payload
    if (db.name === 'postgres') {
      const { rows } = await this.pool().query<Row>(
        `INSERT INTO ${this.table()} AS c ("key", "hits", "reset_at")
         VALUES ($1, 1, now() + $2 * interval '1 millisecond')
         ON CONFLICT ("key") DO UPDATE SET
           "hits" = CASE WHEN c."reset_at" <= now() THEN 1 ELSE c."hits" + 1 END,
           "reset_at" = CASE WHEN c."reset_at" <= now() THEN EXCLUDED."reset_at" ELSE c."reset_at" END
         RETURNING "hits", "reset_at"`,
        [this.key(key), this.windowMs],
      )
      return toInfo(rows[0])!
    }
    // A missing resetAt sorts before every date, so a new row starts its window like an ended one.
    const ended = { $lte: ['$resetAt', '$$NOW'] }
    const update = [
      {
        $set: {
          hits: { $cond: [ended, 1, { $add: ['$hits', 1] }] },
          resetAt: { $cond: [ended, { $add: ['$$NOW', this.windowMs] }, '$resetAt'] },
        },
      },
    ]
    const upsert = () =>
      this.mongo().findOneAndUpdate({ key: this.key(key) }, update, {
        returnDocument: 'after',
        upsert: true,
      })
    // Two first hits at once: one upsert inserts, the other meets the unique index and updates.
    const row = await upsert().catch((error: { code?: number }) => {
      if (error.code === 11000) return upsert()
      throw error
    })
    return toInfo(row as Row | null)!
  }

  async decrement(key: string): Promise<void> {
    if (this.payload.db.name === 'postgres') {
      await this.pool().query(
        `UPDATE ${this.table()} SET "hits" = GREATEST("hits" - 1, 0) WHERE "key" = $1`,
        [this.key(key)],
      )
      return
    }
    await this.mongo().updateOne({ key: this.key(key), hits: { $gt: 0 } }, { $inc: { hits: -1 } })
  }

  async resetKey(key: string): Promise<void> {
    if (this.payload.db.name === 'postgres') {
      await this.pool().query(`DELETE FROM ${this.table()} WHERE "key" = $1`, [this.key(key)])
      return
    }
    await this.mongo().deleteOne({ key: this.key(key) })
  }

  /** Keyed hashes: the table holds no address or e-mail, only which limit it counts. */
  private key(key: string): string {
    const hash = crypto.createHmac('sha256', this.payload.secret).update(key).digest('base64url')
    return `${this.prefix}:${hash}`
  }

  private async sweepNowAndThen(): Promise<void> {
    this.hitsSinceSweep += 1
    if (this.hitsSinceSweep < SWEEP_EVERY) return
    this.hitsSinceSweep = 0
    if (this.payload.db.name === 'postgres') {
      await this.pool().query(
        `DELETE FROM ${this.table()} WHERE "reset_at" < now() - interval '1 hour'`,
      )
      return
    }
    await this.mongo().deleteMany({ resetAt: { $lt: new Date(Date.now() - 3_600_000) } })
  }

  private pool(): PgPool {
    return counterPoolOf(this.payload)
  }

  private table(): string {
    const schema = (this.payload.db as unknown as { schemaName?: string }).schemaName || 'public'
    return `"${schema}"."${collectionNames.rateLimitCounters.replace(/-/g, '_')}"`
  }

  private mongo() {
    const models = (this.payload.db as unknown as { collections: Record<string, MongoModel> })
      .collections
    return models[collectionNames.rateLimitCounters].collection
  }
}

type MongoModel = {
  collection: {
    deleteMany: (filter: object) => Promise<unknown>
    deleteOne: (filter: object) => Promise<unknown>
    findOne: <T>(filter: object) => Promise<null | T>
    findOneAndUpdate: (filter: object, update: object[], options: object) => Promise<unknown>
    updateOne: (filter: object, update: object) => Promise<unknown>
  }
}
