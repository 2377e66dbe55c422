/** A user as a history row may hold it: populated, an id, or nobody (a move made by the system). */
export type PersonRef =
  | { email?: null | string; id?: number | string; name?: null | string }
  | number
  | string
  | null
  | undefined

/** One row of a booking request's `statusHistory`, as stored (collections/BookingRequests/staffFields.ts). */
export type StatusMove = {
  at?: null | string
  by?: PersonRef
  /** Why the system moved it (a proposal sent or accepted, a hold confirmed); none for staff's own. */
  cause?: null | string
  from?: null | string
  id?: null | string
  to?: null | string
}

/** System moves the client makes (through the proposal link): nobody of the bureau is behind them. */
const CLIENT_CAUSES = new Set(['proposal_accepted'])

/**
 * Whether a move was made by a member of the bureau: every staff move, and the system's moves a
 * staff member started (a proposal sent, a hold confirmed). Such a move with nobody in `by` was made
 * by an account deleted since (the database empties the reference).
 */
export const isMadeByStaff = (cause: null | string | undefined): boolean =>
  !cause || !CLIENT_CAUSES.has(cause)

type Args = {
  /** A cause's label in the viewer's language (the `cause` select's option label). */
  causeLabel?: (value: string) => string
  /** "Former user" in the viewer's language: who made a staff move whose account was deleted. */
  formerUser?: string
  /** The viewer's language (`en`, `zh`): the time is written the way they read it. */
  language: string
  /** A person's name, else their e-mail; undefined while unknown. */
  nameOf: (by: PersonRef) => string | undefined
  rows: StatusMove[]
  /** A status value's label in the viewer's language (the select's option label). */
  statusLabel: (value: string) => string
  /** The zone to show times in; the viewer's own when left out (tests pin one). */
  timeZone?: string
}

/**
 * An instant with its year, in the viewer's zone, 24-hour: "20 May 2030, 14:05" (en),
 * "2030年5月20日 14:05" (zh); the same pattern as instant fields (src/dates/instantFormat.ts).
 */
export const formatInstant = (iso: string, language: string, timeZone?: string): string => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const isChinese = language === 'zh'
  return new Intl.DateTimeFormat(isChinese ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    month: isChinese ? 'long' : 'short',
    timeZone,
    year: 'numeric',
  }).format(date)
}

/**
 * The status history as staff read it, one line per move, newest first (the move that made the
 * current status on top, as in the review history): "20 May 2030, 14:05 · New → In review · Sam Staff".
 * A move by nobody (the client, through the proposal link) has no name; a staff move whose person
 * was deleted shows `formerUser`; an unknown time or status is left out, never guessed.
 */
export const statusHistoryLines = ({
  causeLabel = (value) => value,
  formerUser,
  language,
  nameOf,
  rows,
  statusLabel,
  timeZone,
}: Args): string[] =>
  // Rows are appended as moves happen (recordBookingStatusChange): reversed, the newest is first.
  [...rows]
    .reverse()
    .map(({ at, by, cause, from, to }) =>
      [
        at ? formatInstant(at, language, timeZone) : undefined,
        `${from ? statusLabel(from) : '—'} → ${to ? statusLabel(to) : '—'}`,
        cause ? causeLabel(cause) : undefined,
        by === null || by === undefined
          ? isMadeByStaff(cause)
            ? formerUser
            : undefined
          : nameOf(by),
      ]
        .filter(Boolean)
        .join(' · '),
    )
