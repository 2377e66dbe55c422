import type { BookingStatus } from './bookings/statusTransitions'

/** Sign-in, sessions and passwords of the auth collection. */
export type AuthOptions = {
  /**
   * An auth collection of the host's to hold the bureau's people: the plugin adds `name` and
   * `roles` to it, its sign-in and password hooks, and points every relationship of its own there
   * (the host's `admin.user` must be it or unset). Unset: the plugin brings its own `users`.
   */
  collection?: string
  /**
   * Sign-in, forgot-password and unlock attempts per client IP per `loginRateWindowMinutes` (429
   * after that), one counter for REST, GraphQL and the Local API, across every app instance.
   */
  loginRateLimit?: number
  loginRateWindowMinutes?: number
  /** Fewest characters a new password may have (it must also not be a common password). */
  minPasswordLength?: number
  /** Session cookies only over https (default true; the host app passes false outside production). */
  secureCookies?: boolean
  /**
   * Failed sign-ins of one account (from anywhere) before each further attempt waits
   * `signInDelayBaseMs` × 2^k, at most `signInDelayMaxMs`, before its password is checked.
   */
  signInDelayAfterFailures?: number
  signInDelayBaseMs?: number
  signInDelayMaxMs?: number
  /**
   * Wrong passwords for one account from one client IP within `signInFailureWindowMinutes` before
   * that IP is refused for that account (429) until the window ends. Other addresses still sign in.
   */
  signInFailuresPerAddress?: number
  /** Minutes failed sign-ins are counted (per account, per account and address). */
  signInFailureWindowMinutes?: number
  /** Seconds a sign-in stays valid without activity (the admin refreshes it while in use). */
  tokenExpirationSeconds?: number
}

/** The public booking form and the staff's queue. */
export type BookingOptions = {
  /** Acknowledgement mails one address (lower-cased, without `+tag`) may get per 24 hours. */
  acknowledgementsPerDay?: number
  /** Largest booking request body (bytes; 413 above), counted as it is read, chunked or not. */
  maxBodyBytes?: number
  /**
   * Booking requests each client IP may send per `rateWindowMinutes` (429 after that), counted on
   * every path that creates one, across every app instance on one PostgreSQL or MongoDB database.
   */
  rateLimit?: number
  rateWindowMinutes?: number
  /** Hours a booking request may stay `new` before staff get one reminder (and the dashboard counts it overdue). */
  slaHours?: number
}

/** Proposals sent to clients and the date holds they lead to. */
export type ProposalOptions = {
  /** Days a proposal's link stays valid unless staff give it its own expiry. */
  expiryDays?: number
  /** Days the hold made when a client accepts a speaker lasts before it expires (staff may extend it). */
  holdDays?: number
}

/** Care for the personal data in booking requests (GDPR, PIPL). */
export type PrivacyOptions = {
  /**
   * Names a speaker's "Travels from" country may have for the bureau's own country (compared
   * case-insensitively). A request naming a speaker based anywhere else needs `consentTransfer`.
   */
  homeCountryNames?: string[]
  /** The privacy policy's version the booking form's consent is given to (stored with the consent). */
  policyVersion?: string
  /** When the daily retention job runs (a cron expression, the server's clock). */
  retentionCron?: string
  /**
   * Months a booking request is kept after its last change, by status; then the daily retention job
   * anonymises it. Statuses left out (the open ones) are never anonymised by age.
   */
  retentionMonths?: Partial<Record<BookingStatus, number>>
}

/** Who is told what, and how hard the jobs queue tries. */
export type NotificationOptions = {
  /** Attempts for each notification (mail, webhook) before the queue gives up. */
  attempts?: number
  /** Slack-compatible webhook told of every new booking request (unset: none). */
  bookingWebhookUrl?: string
  /** First retry delay of a failed notification, doubled on each further attempt (milliseconds). */
  retryDelayMs?: number
  /**
   * The frontend's revalidation webhook: publish, unpublish, slug change or edit of a live speaker,
   * interview or topic POSTs `{ collection, id, slug, previousSlug, event }` there (retried).
   */
  revalidateWebhookUrl?: string
  /** Extra addresses told of every new booking request, besides every user with the staff role. */
  staffEmails?: string[]
}

/** The draft → review → published workflow. */
export type ReviewOptions = {
  /**
   * The frontend's origin (e.g. `https://www.bureau.example`): speakers and interviews get "Preview"
   * in the admin, opening `<previewUrl>/<collection>/<slug>?draft=true`. None without it.
   */
  previewUrl?: string
}

/** What one API request may cost. */
export type ApiOptions = {
  /** Longest a GraphQL request may run (milliseconds): then it is answered 503 and stops resolving. */
  graphQLDeadlineMs?: number
  /** Strip GraphQL's "Did you mean …?" suggestions from errors (default: when NODE_ENV is production). */
  graphQLHideSuggestions?: boolean
  /**
   * Highest price of a GraphQL operation (src/security/graphql/priceOperation.ts: a list costs its
   * limit times what each document asks for, lookups and counts one each); 400 above, before it runs.
   */
  graphQLMaxCost?: number
  /** Root fields one GraphQL operation may select, aliases included (400 above). */
  graphQLMaxRootFields?: number
  /** Largest request body to `/api` other than an upload, JSON or urlencoded (bytes; 413 above). */
  maxBodyBytes?: number
  /** Deepest population an anonymous REST read gets (`depth` above it is lowered to it). */
  publicMaxDepth?: number
  /**
   * Largest `limit` an anonymous REST read may ask (400 above); `limit=0` and `pagination=false`
   * without a limit ("all") get this many documents at most.
   */
  publicMaxLimit?: number
}

/** Uploaded images. */
export type MediaOptions = {
  /** Folder where uploaded files are written (absolute; unset: Payload's default for `staticDir`). */
  dir?: string
  /** Largest uploaded file (bytes): Payload's `upload.limits.fileSize`; a multipart body may add `api.maxBodyBytes`. */
  maxUploadBytes?: number
}

/** The jobs queue. */
export type JobOptions = {
  /**
   * Seconds a job (and a notification's delivery attempt) may stay in progress before another
   * runner takes it over: longer than the slowest delivery. The host's `watchForStaleJobs` takes
   * the same figure (default 300).
   */
  staleAfterSeconds?: number
}

/** Speaker and interview search (`/api/speakers/search`, `/api/interviews/search`). */
export type SearchOptions = {
  /**
   * Where the index lives. `database`: the database's own text search (SQLite FTS5, PostgreSQL
   * full-text and `pg_trgm`). `portable`: entries kept as Payload documents and matched in each
   * process's memory (src/search/engine/portableSearchEngine.ts), on any Payload database.
   * Unset: `portable`, the faster at 50k speakers (the README's Performance); `database` holds no
   * copy in memory (at 50k speakers and 200k interviews the copy is ~120 MB of buffers outside the
   * JavaScript heap, ~5 MB in it, and the server's resident memory ~250 MB more after start).
   */
  engine?: 'database' | 'portable'
  /**
   * When the portable index's change records older than a day are dropped (a cron expression,
   * Payload's jobs queue). Default: 03:40 every day.
   */
  pruneCron?: string
}

/** The plugin's options, grouped by feature; every one has a default (src/defaults.ts). */
export type SpeakersBureauPluginConfig = {
  api?: ApiOptions
  auth?: AuthOptions
  bookings?: BookingOptions
  /** Skip hooks and start-up work but keep the collections, so the database schema stays the same. */
  disabled?: boolean
  jobs?: JobOptions
  media?: MediaOptions
  notifications?: NotificationOptions
  privacy?: PrivacyOptions
  proposals?: ProposalOptions
  reviews?: ReviewOptions
  search?: SearchOptions
}

type Group = Exclude<keyof SpeakersBureauPluginConfig, 'disabled'>

/** Options that stay unset unless given. */
type Unset =
  | 'bookingWebhookUrl'
  | 'collection'
  | 'dir'
  | 'engine'
  | 'graphQLHideSuggestions'
  | 'previewUrl'
  | 'revalidateWebhookUrl'

type Resolved<T> = Required<Omit<T, Unset>> & Pick<T, Extract<keyof T, Unset>>

/** The options with every default filled in, as the plugin uses them. */
export type ResolvedPluginOptions = { disabled: boolean } & {
  [G in Group]-?: Resolved<NonNullable<SpeakersBureauPluginConfig[G]>>
}
