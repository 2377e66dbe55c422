/**
 * Prints the public API's OpenAPI document (what `/api/openapi.json` serves), generated from the
 * collection configs on a throwaway in-memory database. `npm run openapi > openapi.json`
 */
import { createApiClient } from '../test/helpers/apiClient'
import { bootPayload } from '../test/helpers/bootPayload'

const main = async (): Promise<void> => {
  const ctx = await bootPayload()
  const response = await createApiClient(ctx.config).get('/openapi.json')
  if (response.status !== 200) throw new Error(`/api/openapi.json answered ${response.status}`)
  const text = `${JSON.stringify(await response.json(), null, 2)}\n`
  await ctx.close()
  process.stdout.write(text, () => process.exit(0))
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
