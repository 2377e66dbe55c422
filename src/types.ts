export type SpeakersBureauPluginConfig = {
  /** Extra addresses told of every new booking request, besides every user with the staff role. */
  bookingNotifyEmails?: string[]
  /** Hours a booking request may stay `new` before staff get one reminder. */
  bookingSlaHours?: number
  /** Slack-compatible webhook told of every new booking request (unset: none). */
  bookingWebhookUrl?: string
  /** Skip hooks and start-up work but keep the collections, so the database schema stays the same. */
  disabled?: boolean
  /** Attempts for each notification mail before the queue gives up. */
  notificationAttempts?: number
  /** First retry delay of a failed notification, doubled on each further attempt (milliseconds). */
  notificationRetryDelayMs?: number
  /** Minutes a user is locked out after `maxLoginAttempts` failed logins. */
  lockTimeMinutes?: number
  /** Failed logins in a row before the account is locked for `lockTimeMinutes`. */
  maxLoginAttempts?: number
  /** Sign-in and forgot-password attempts per client IP per `loginRateWindowMinutes`. */
  loginRateLimit?: number
  loginRateWindowMinutes?: number
  /** Session cookies only over https (default: in production). */
  secureCookies?: boolean
  /** Seconds a sign-in stays valid without activity (the admin refreshes it while in use). */
  tokenExpirationSeconds?: number
  /**
   * The frontend's revalidation webhook: publish, unpublish, slug change or edit of a live speaker,
   * interview or topic POSTs `{ collection, id, slug, previousSlug, event }` there (retried).
   */
  revalidateWebhookUrl?: string
  /** Folder where uploaded media files are written (absolute, or relative to the working directory). */
  mediaDir?: string
  /** Largest request body to `/api` other than an upload, JSON or urlencoded (bytes; 413 above). */
  maxBodyBytes?: number
  /** Largest uploaded file (bytes): Payload's `upload.limits.fileSize`; a multipart body may add `maxBodyBytes`. */
  maxUploadBytes?: number
}
