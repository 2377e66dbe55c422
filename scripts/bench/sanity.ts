import type { BenchServer } from './servers'

const get = async (server: BenchServer, path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`, { signal: AbortSignal.timeout(30_000) })
  return {
    body: await response.text(),
    etag: response.headers.get('etag'),
    status: response.status,
  }
}

/**
 * Proves the comparison is what it says before measuring: both servers answer the same JSON for the
 * same published speaker and the same list; only the plugin's server adds an ETag, and only it hides
 * the one draft speaker from an anonymous reader (the bare one has no access rule).
 */
export const checkPluginVsBare = async (
  plugin: BenchServer,
  bare: BenchServer,
  paths: string[],
): Promise<void> => {
  for (const path of paths) {
    const [withPlugin, without] = await Promise.all([get(plugin, path), get(bare, path)])
    if (withPlugin.status !== 200 || without.status !== 200)
      throw new Error(`${path}: plugin ${withPlugin.status}, bare ${without.status} (want 200)`)
    if (withPlugin.body !== without.body)
      throw new Error(`${path}: the plugin's and the bare server's answers differ`)
    if (!withPlugin.etag || without.etag)
      throw new Error(`${path}: want an ETag from the plugin's server only`)
  }
  const draft = '/api/speakers/by-slug/bench-draft-speaker'
  const [withPlugin, without] = await Promise.all([get(plugin, draft), get(bare, draft)])
  if (withPlugin.status !== 404 || without.status !== 200)
    throw new Error(`draft speaker: plugin ${withPlugin.status} (want 404), bare ${without.status}`)
}
