/** Runs `fn` as if the process were the production server (Payload reads NODE_ENV per request). */
export const inProduction = async <T>(fn: () => Promise<T>): Promise<T> => {
  const env = process.env as Record<string, string | undefined>
  const before = env.NODE_ENV
  env.NODE_ENV = 'production'
  try {
    return await fn()
  } finally {
    env.NODE_ENV = before
  }
}
