import type { BenchConfig } from './config'
import type { PublishKind, SearchSizes } from './searchTypes'

/** How much the search phase measures; BENCH_SCALE=small and the BENCH_SEARCH_* below shrink it. */
export type SearchBenchConfig = {
  /** Runs of each statement (and stage) alone when EXPLAINing, their median reported. */
  explainRuns: number
  /** Seconds of each query's requests in a round at most (a slow query gets fewer requests). */
  maxSeconds: number
  /** Saves of each kind with the search hook, and as many without it. */
  publishes: number
  /** Requests of each query on each dataset per round, one at a time. */
  requests: number
  /** Rounds: each runs every query on both datasets, small and large in alternating order. */
  rounds: number
  /** Requests of each query on each dataset before measuring (not counted). */
  warmUp: number
}

const int = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

export const searchBenchConfig = ({ scale }: BenchConfig): SearchBenchConfig => {
  const full = scale === 'full'
  return {
    explainRuns: 3,
    maxSeconds: int('BENCH_SEARCH_MAX_SECONDS', full ? 8 : 4),
    publishes: int('BENCH_SEARCH_PUBLISHES', full ? 30 : 10),
    requests: int('BENCH_SEARCH_REQUESTS', full ? 50 : 20),
    rounds: int('BENCH_SEARCH_ROUNDS', full ? 4 : 2),
    warmUp: full ? 20 : 10,
  }
}

/** The targets (issue 18, "Speaker discovery"). */
export const SEARCH_P95_TARGET_MS = 50
export const SEARCH_SCALING_TARGET = 1.5
export const PUBLISH_EXTRA_TARGET_MS = 20

export type SearchQuery = {
  /** Judged against the targets; otherwise reported. */
  judged: boolean
  label: string
  path: (sizes: SearchSizes) => string
  /** The slug the first result must have (a name query finds that speaker first). */
  first?: (sizes: SearchSizes) => string
}

/** The speaker in the middle, as the read bench's slug lookup picks it. */
const middle = ({ speakers }: SearchSizes): number => Math.ceil(speakers / 2)

/** Speaker i's first topic in both seeds: 1 + (7i + 13) mod T. */
const firstTopicOf = (i: number, { topics }: SearchSizes): number => 1 + ((7 * i + 13) % topics)

/**
 * Two-word speaker searches with a topic filter, all answered with the three facets (topics,
 * languages, fee bands), on the seeds' data (seedSql.ts): a role and a word of every bio in a topic
 * with subtopics ("professor media", a fifth of the speakers in a tenth of the topics: thousands of
 * matches at 50k); a speaker's name ("speaker 25000", the name-ranked case); two words typed half
 * ("jour orga", type-ahead prefixes).
 */
export const searchQueries: SearchQuery[] = [
  {
    judged: true,
    label: 'role + word, topic with subtopics',
    path: () => '/speakers/search?q=professor%20media&topic=topic-7',
  },
  {
    first: (sizes) => `speaker-${middle(sizes)}`,
    judged: true,
    label: 'a name, its topic',
    path: (sizes) =>
      `/speakers/search?q=speaker%20${middle(sizes)}&topic=topic-${firstTopicOf(middle(sizes), sizes)}`,
  },
  {
    judged: true,
    label: 'two words typed in part, topic',
    path: () => '/speakers/search?q=jour%20orga&topic=topic-3',
  },
]

/** Must find nothing: the seeds' one draft speaker is not public. */
export const draftQuery = '/speakers/search?q=draft%20speaker'

export const publishKinds: PublishKind[] = [
  'speaker edit',
  'interview edit',
  'speaker first publish',
]
