import type { BookingRequest, Hold } from '../payload-types'

import { formatDay } from '../dates/day'
import { oneLine } from '../email/oneLine'
import { rangeOf } from './holdRange'

const days = (hold: Hold, language: 'en' | 'zh') => {
  const { endDate, startDate } = rangeOf(hold)
  return endDate === startDate
    ? formatDay(startDate, language)
    : `${formatDay(startDate, language)} – ${formatDay(endDate, language)}`
}

type Args = {
  adminUrl: string
  /** The hold the mail is about: the one now queued behind, or the one released. */
  hold: Hold
  request: BookingRequest
  speakerName: string
}

/** To the staff of a speaker's first hold: someone else now holds the same days, ranked behind. */
export const holdChallengedEmail = ({ adminUrl, hold, request, speakerName }: Args) => ({
  subject: `Second hold on ${oneLine(speakerName)}, ${days(hold, 'en')} · ${oneLine(speakerName)} 的档期有第二个预留`,
  text: [
    `${oneLine(speakerName)} is now also held on ${days(hold, 'en')} for ${oneLine(request.eventName)} (rank ${hold.rank}).`,
    'Your hold comes first: confirm it, or release it so the next one moves up.',
    `${oneLine(speakerName)} 在 ${days(hold, 'zh')} 又被预留给「${oneLine(request.eventName)}」（排序 ${hold.rank}）。`,
    '您的档期排在最前：请确认，或释放以便后面的档期递补。',
    '',
    adminUrl,
  ].join('\n'),
})

/** To the staff of a hold released because another engagement of the speaker was confirmed. */
export const holdReleasedEmail = ({ adminUrl, hold, request, speakerName }: Args) => ({
  subject: `Hold released: ${oneLine(speakerName)}, ${days(hold, 'en')} · 档期已释放`,
  text: [
    `Your hold on ${oneLine(speakerName)} for ${oneLine(request.eventName)} (${days(hold, 'en')}) was released: another engagement was confirmed.`,
    `您为「${oneLine(request.eventName)}」预留的 ${oneLine(speakerName)} 档期（${days(hold, 'zh')}）已释放：另一项活动已确认。`,
    '',
    adminUrl,
  ].join('\n'),
})
