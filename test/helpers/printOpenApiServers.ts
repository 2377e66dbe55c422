/**
 * Run by openapi.int.test.ts in a child process (payload-oapi cannot load under Jest): asks Payload's
 * REST handler for `/api/openapi.json` from the origins given as arguments, in order, and prints one
 * JSON line: for each answer, its `servers[0].url` and how many times the document had been built.
 */
import { REST_GET } from '@payloadcms/next/routes'

import { bootPayload } from './bootPayload'

const main = async (): Promise<void> => {
  const ctx = await bootPayload()
  let builds = 0
  const { logger } = ctx.payload
  const info = logger.info.bind(logger)
  logger.info = ((entry: unknown, ...rest: unknown[]) => {
    if ((entry as { msg?: string })?.msg === 'OpenAPI document built') builds += 1
    return (info as (...args: unknown[]) => void)(entry, ...rest)
  }) as typeof logger.info
  const get = REST_GET(ctx.config)
  const answers: { builds: number; server: string }[] = []
  for (const origin of process.argv.slice(2)) {
    const response = await get(new Request(`${origin}/api/openapi.json`), {
      params: Promise.resolve({ slug: ['openapi.json'] }),
    })
    if (response.status !== 200)
      throw new Error(`${origin}: /api/openapi.json answered ${response.status}`)
    const document = (await response.json()) as { servers: { url: string }[] }
    answers.push({ builds, server: document.servers[0].url })
  }
  await ctx.close()
  process.stdout.write(`\n${JSON.stringify(answers)}\n`, () => process.exit(0))
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
