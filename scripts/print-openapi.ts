/**
 * Prints the public API's OpenAPI document (what `/api/openapi.json` serves), generated from the
 * collection configs on a throwaway in-memory database. `npm run openapi > openapi.json`
 */
import { createApiClient } from '../test/helpers/apiClient'
import { bootPayload } from '../test/helpers/bootPayload'

const main = async (): Promise<void> => {
  // Only the document goes to stdout: what booting writes there (the schema push's progress line)
  // went into `npm run openapi > openapi.json`, which then no generator could parse.
  const toStdout = process.stdout.write.bind(process.stdout)
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  const ctx = await bootPayload()
  const response = await createApiClient(ctx.config).get('/openapi.json')
  if (response.status !== 200) throw new Error(`/api/openapi.json answered ${response.status}`)
  const text = `${JSON.stringify(await response.json(), null, 2)}\n`
  await ctx.close()
  toStdout(text, () => process.exit(0))
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
