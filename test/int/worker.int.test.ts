import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer'

describe('npm run worker', () => {
  let ctx: TestContext
  let worker: SpawnedServer

  beforeAll(async () => {
    ctx = await bootPayload({ sqliteFile: true })
  })

  afterAll(async () => {
    await worker?.stop('SIGKILL')
    await ctx.close()
  })

  it('should run the jobs that a web server (with JOBS_AUTORUN=false) queued', async () => {
    await ctx.payload.create({
      collection: 'users',
      data: { email: 'founder@w.test', name: 'Fay Founder', password: 'w-pass-12345' },
    })
    await ctx.payload.create({
      collection: 'users',
      data: {
        email: 'staff@w.test',
        name: 'Sam Staff',
        password: 'w-pass-12345',
        roles: ['staff'],
      },
    })
    const request = await ctx.payload.create({
      collection: 'booking-requests',
      data: {
        consent: true,
        contactName: 'W',
        email: 'w@e.test',
        eventDate: '2031-01-01',
        eventLocation: 'Rome',
        eventName: 'Worker test',
      },
    })
    worker = await spawnServer(
      {
        DATABASE_URI: ctx.database.uri,
        DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sb-worker-')),
        JOBS_CRON: '* * * * * *',
        NODE_ENV: 'development',
      },
      'src/worker.ts',
    )
    const deadline = Date.now() + 60_000
    let delivered = 0
    while (Date.now() < deadline && delivered < 2) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      delivered = (
        await ctx.payload.count({
          collection: 'booking-notifications',
          where: { and: [{ request: { equals: request.id } }, { deliveredAt: { exists: true } }] },
        })
      ).totalDocs
    }
    expect(delivered).toBe(2)
    expect(await worker.stop('SIGTERM')).toBe(0)
  }, 90_000)
})
