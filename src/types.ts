export type SpeakersBureauPluginConfig = {
  /** Extra addresses told of every new booking request, besides every user with the staff role. */
  bookingNotifyEmails?: string[]
  /** Hours a booking request may stay `new` before staff get one reminder. */
  bookingSlaHours?: number
  /** Slack-compatible webhook told of every new booking request (unset: none). */
  bookingWebhookUrl?: string
  /**
   * Booking requests each client IP may send per `bookingRateWindowMinutes` (429 after that), counted
   * on every path that creates one, across every app instance on one PostgreSQL or MongoDB database.
   */
  bookingRateLimit?: number
  bookingRateWindowMinutes?: number
  /** Largest booking request body (bytes; 413 above), counted as it is read, chunked or not. */
  bookingMaxBodyBytes?: number
  /** Acknowledgement mails one address (lower-cased, without `+tag`) may get per 24 hours. */
  bookingAcknowledgementsPerDay?: number
  /** Skip hooks and start-up work but keep the collections, so the database schema stays the same. */
  disabled?: boolean
  /** Attempts for each notification mail before the queue gives up. */
  notificationAttempts?: number
  /** First retry delay of a failed notification, doubled on each further attempt (milliseconds). */
  notificationRetryDelayMs?: number
  /**
   * Sign-in, forgot-password and unlock attempts per client IP per `loginRateWindowMinutes` (429
   * after that), one counter for REST, GraphQL and the Local API, across every app instance.
   */
  loginRateLimit?: number
  loginRateWindowMinutes?: number
  /**
   * Wrong passwords for one account from one client IP within `signInFailureWindowMinutes` before
   * that IP is refused for that account (429) until the window ends. Other addresses still sign in.
   */
  signInFailuresPerAddress?: number
  /** Minutes failed sign-ins are counted (per account, per account and address). */
  signInFailureWindowMinutes?: number
  /**
   * Failed sign-ins of one account (from anywhere) before each further attempt waits
   * `signInDelayBaseMs` × 2^k, at most `signInDelayMaxMs`, before its password is checked.
   */
  signInDelayAfterFailures?: number
  signInDelayBaseMs?: number
  signInDelayMaxMs?: number
  /** Fewest characters a new password may have (it must also not be a common password). */
  minPasswordLength?: number
  /** Session cookies only over https (default true; the host app passes false outside production). */
  secureCookies?: boolean
  /** Seconds a sign-in stays valid without activity (the admin refreshes it while in use). */
  tokenExpirationSeconds?: number
  /**
   * The frontend's revalidation webhook: publish, unpublish, slug change or edit of a live speaker,
   * interview or topic POSTs `{ collection, id, slug, previousSlug, event }` there (retried).
   */
  revalidateWebhookUrl?: string
  /**
   * The frontend's origin (e.g. `https://www.bureau.example`): speakers and interviews get "Preview"
   * in the admin, opening `<previewUrl>/<collection>/<slug>?draft=true`. None without it.
   */
  previewUrl?: string
  /**
   * Seconds a job (and a notification's delivery attempt) may stay in progress before another
   * runner takes it over: longer than the slowest delivery. The host's `watchForStaleJobs` takes
   * the same figure (default 300).
   */
  jobsStaleAfterSeconds?: number
  /** Folder where uploaded media files are written (absolute, or relative to the working directory). */
  mediaDir?: string
  /** Largest request body to `/api` other than an upload, JSON or urlencoded (bytes; 413 above). */
  maxBodyBytes?: number
  /** Largest uploaded file (bytes): Payload's `upload.limits.fileSize`; a multipart body may add `maxBodyBytes`. */
  maxUploadBytes?: number
  /**
   * Highest price of a GraphQL operation (src/security/graphql/priceOperation.ts: a list costs its
   * limit times what each document asks for, lookups and counts one each); 400 above, before it runs.
   */
  graphQLMaxCost?: number
  /** Root fields one GraphQL operation may select, aliases included (400 above). */
  graphQLMaxRootFields?: number
  /** Longest a GraphQL request may run (milliseconds): then it is answered 503 and stops resolving. */
  graphQLDeadlineMs?: number
  /** Strip GraphQL's "Did you mean …?" suggestions from errors (default: when NODE_ENV is production). */
  graphQLHideSuggestions?: boolean
  /**
   * Largest `limit` an anonymous REST read may ask (400 above); `limit=0` and `pagination=false`
   * without a limit ("all") get this many documents at most.
   */
  publicMaxLimit?: number
  /** Deepest population an anonymous REST read gets (`depth` above it is lowered to it). */
  publicMaxDepth?: number
}
