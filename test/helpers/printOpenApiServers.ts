/**
 * Run by openapi.int.test.ts in a child process (payload-oapi cannot load under Jest): asks Payload's
 * REST handler for `/api/openapi.json` from the origins given as arguments, in order, and prints the
 * `servers[0].url` of each answer as one JSON line.
 */
import { REST_GET } from '@payloadcms/next/routes'

import { bootPayload } from './bootPayload'

const main = async (): Promise<void> => {
  const ctx = await bootPayload()
  const get = REST_GET(ctx.config)
  const servers: string[] = []
  for (const origin of process.argv.slice(2)) {
    const response = await get(new Request(`${origin}/api/openapi.json`), {
      params: Promise.resolve({ slug: ['openapi.json'] }),
    })
    const document = (await response.json()) as { servers: { url: string }[] }
    servers.push(document.servers[0].url)
  }
  await ctx.close()
  process.stdout.write(`\n${JSON.stringify(servers)}\n`, () => process.exit(0))
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
