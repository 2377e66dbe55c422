/** POSTs JSON and throws unless the answer is 2xx, so a queue job fails and is retried. */
export const postJson = async (url: string, body: unknown, timeoutMs: number): Promise<void> => {
  const response = await fetch(url, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!response.ok) throw new Error(`Webhook answered ${response.status}`)
}
