/**
 * What every uploaded file is served with: a sandboxed policy (an SVG opened directly runs no script,
 * submits no form and loads nothing, not even from this origin) and no MIME sniffing. Payload 3.90
 * sets a weaker policy, and only for XML types (uploads/uploadContentSecurityPolicy.ts).
 */
export const USER_FILE_HEADERS = {
  'Content-Security-Policy': "sandbox; default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
} as const

/** The response with the user-file headers in place of any it had. */
export const withUserFileHeaders = (response: Response): Response => {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(USER_FILE_HEADERS)) headers.set(name, value)
  return new Response(response.body, {
    headers,
    status: response.status,
    statusText: response.statusText,
  })
}
