/** Dataset sizes and run lengths of `npm run bench`; BENCH_SCALE=small (and the BENCH_* below) shrink them. */
export type BenchConfig = {
  /**
   * P2's loads: the judged one, within what the queue can mail at 2 s per message (50 jobs per run,
   * three mail-or-webhook jobs per request), then a stress one beyond it, reported for information.
   */
  bookingLoads: [BookingLoad, BookingLoad]
  /** Concurrent connections of each read run (autocannon). */
  connections: number
  large: DatasetSize
  /** Seconds of mixed load before the server's RSS is read. */
  rssSeconds: number
  /** Read rounds: each round runs every endpoint once on every server, in alternating order. */
  rounds: number
  scale: 'full' | 'small'
  /** Seconds of each read run. */
  seconds: number
  small: DatasetSize
  /** Topics in each dataset (the same number at both sizes, as a bureau has). */
  topics: number
}

export type DatasetSize = { interviews: number; speakers: number }

/** `rounds` rounds, each `posts` booking POSTs to every server at `rate` per second. */
export type BookingLoad = { posts: number; rate: number; rounds: number }

const int = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

const size = (prefix: string, speakers: number): DatasetSize => {
  const n = int(`BENCH_${prefix}_SPEAKERS`, speakers)
  return { interviews: int(`BENCH_${prefix}_INTERVIEWS`, n * 4), speakers: n }
}

export const benchConfig = (): BenchConfig => {
  const scale = process.env.BENCH_SCALE === 'small' ? 'small' : 'full'
  const full = scale === 'full'
  return {
    bookingLoads: [
      {
        posts: int('BENCH_BOOKING_POSTS', full ? 40 : 20),
        rate: int('BENCH_BOOKING_RATE', 4),
        rounds: int('BENCH_BOOKING_ROUNDS', full ? 6 : 2),
      },
      { posts: full ? 100 : 40, rate: 10, rounds: full ? 4 : 2 },
    ],
    connections: int('BENCH_CONNECTIONS', 8),
    large: size('LARGE', full ? 50_000 : 5_000),
    rssSeconds: int('BENCH_RSS_SECONDS', full ? 60 : 10),
    rounds: int('BENCH_ROUNDS', full ? 6 : 2),
    scale,
    seconds: int('BENCH_SECONDS', full ? 5 : 3),
    small: size('SMALL', full ? 1_000 : 200),
    topics: int('BENCH_TOPICS', 40),
  }
}
