import type { Bilingual } from '../../vocabulary/bilingual'

/** Every word of the proposal page, in both languages. */
export const pageText = {
  accept: { en: 'Choose this speaker', zh: '选择这位演讲嘉宾' },
  accepted: {
    en: 'You chose {speaker}. We hold their date and will be in touch to confirm.',
    zh: '您选择了{speaker}。我们已为其预留档期，并将与您联系确认。',
  },
  declineButton: { en: 'Decline the proposal', zh: '婉拒此方案' },
  declined: {
    en: 'You declined this proposal. Thank you for letting us know.',
    zh: '您已婉拒此方案。感谢您的告知。',
  },
  declineHeading: { en: 'None of them suits you?', zh: '都不合适？' },
  expired: {
    en: 'This proposal has expired. Please write to us for a new one.',
    zh: '该方案已过期。如需新方案，请与我们联系。',
  },
  expires: { en: 'Please answer by {date}.', zh: '请在 {date} 之前答复。' },
  fee: { en: 'Fee', zh: '费用' },
  from: { en: 'Travels from', zh: '出发地' },
  notFound: { en: 'There is no proposal at this address.', zh: '此地址没有对应的方案。' },
  reason: { en: 'Tell us why (required)', zh: '请告诉我们原因（必填）' },
  revoked: { en: 'This proposal was withdrawn.', zh: '该方案已被撤回。' },
  sentBy: { en: 'Sent by {name}', zh: '发送人：{name}' },
  title: { en: 'Speakers proposed for {event}', zh: '为「{event}」推荐的演讲嘉宾' },
  videos: { en: 'Watch', zh: '观看视频' },
  when: { en: 'Event date: {date}', zh: '活动日期：{date}' },
} satisfies Record<string, Bilingual>
