import type { PayloadRequest, SanitizedConfig } from 'payload'

import { headersWithCors } from 'payload'

/**
 * A GraphQL error answered before or instead of Payload's handler, shaped like its errors
 * (`extensions.statusCode`), with the CORS headers Payload would have added (a frontend on
 * CORS_ORIGINS can read the reason) and nothing cached.
 */
export const graphQLRefusal = ({
  code,
  config,
  message,
  request,
  status,
}: {
  code: string
  config: SanitizedConfig
  message: string
  request: Request
  status: number
}): Response => {
  const headers = headersWithCors({
    headers: new Headers({ 'Cache-Control': 'private, no-store' }),
    req: { headers: request.headers, payload: { config } } as unknown as PayloadRequest,
  })
  return Response.json(
    { errors: [{ extensions: { code, statusCode: status }, message }] },
    {
      headers,
      status,
    },
  )
}
