import autocannon from 'autocannon'

export type AutocannonRun = {
  /** Latency of each answered request, in milliseconds. */
  latencies: number[]
  /** Requests answered 2xx. */
  ok: number
  /** Answers that were not 2xx, plus errors and timeouts. */
  failed: number
  /** 2xx answers per second over the run. */
  rps: number
  seconds: number
}

export type NextRequest = () => { body?: string; method?: 'GET' | 'POST'; path: string }

type Args = {
  /** Stop after this many requests (instead of after `seconds`). */
  amount?: number
  baseUrl: string
  connections: number
  headers?: Record<string, string>
  /** The request each connection sends next (called once per request). */
  next: NextRequest
  /** Requests per second over all connections (unset: as fast as the server answers). */
  rate?: number
  seconds?: number
}

/** One autocannon run against a listening server; every latency is kept, for exact percentiles. */
export const runLoad = async ({
  amount,
  baseUrl,
  connections,
  headers,
  next,
  rate,
  seconds = 10,
}: Args): Promise<AutocannonRun> => {
  const latencies: number[] = []
  let ok = 0
  let failed = 0
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        ...(amount ? { amount } : { duration: seconds }),
        connections,
        headers,
        ...(rate ? { overallRate: rate } : {}),
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
        timeout: 30,
        url: baseUrl,
      },
      (err, done) => (err ? reject(err) : resolve(done)),
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode >= 200 && statusCode < 300) ok++
      else failed++
    })
  })
  failed += result.errors // connection errors and timeouts (timeouts count as errors too)
  const runSeconds = result.duration || seconds
  return { failed, latencies, ok, rps: ok / runSeconds, seconds: runSeconds }
}
