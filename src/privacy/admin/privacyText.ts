import type { Bilingual } from '../../i18n/localize'

/** The privacy page's words, in both languages. */
export const privacyText = {
  counts: { en: 'Found', zh: '找到' },
  download: { en: 'Download the JSON', zh: '下载 JSON' },
  email: { en: 'E-mail address', zh: '电子邮件地址' },
  erase: { en: 'Erase everything…', zh: '删除全部…' },
  eraseConfirm: {
    en: 'Type the address again to erase it. This cannot be undone.',
    zh: '请再次输入该地址以确认删除。此操作无法撤销。',
  },
  eraseNow: { en: 'Erase now', zh: '立即删除' },
  erased: { en: 'Erased. Tombstone', zh: '已删除。删除记录' },
  export: { en: 'Export', zh: '导出' },
  intro: {
    en: 'Answer a person’s request (GDPR Art. 15 and 17, PIPL Art. 45 and 47): export everything held about an e-mail address, or erase it. Booking requests are anonymised (dates, status and counts stay for statistics); a user account with that address is deleted; a tombstone records the erasure without the address.',
    zh: '处理个人的请求（GDPR 第 15、17 条，PIPL 第 45、47 条）：导出与某电子邮件地址有关的全部数据，或将其删除。预约请求将被匿名化（保留日期、状态和数量用于统计）；使用该地址的用户账户将被删除；删除记录不保存地址本身。',
  },
  mismatch: { en: 'The two addresses differ.', zh: '两次输入的地址不一致。' },
  onlyAdmins: { en: 'Only admins answer privacy requests.', zh: '只有管理员可以处理隐私请求。' },
  title: { en: 'Privacy requests', zh: '隐私请求' },
} satisfies Record<string, Bilingual>

/** How each part of an export is called on the page. */
export const storeLabels: Record<string, Bilingual> = {
  account: { en: 'User account', zh: '用户账户' },
  bookingNotifications: { en: 'Notification records', zh: '通知记录' },
  bookingRequests: { en: 'Booking requests', zh: '预约请求' },
  erasures: { en: 'Earlier erasures', zh: '以往的删除记录' },
  holds: { en: 'Date holds', zh: '档期' },
  jobs: { en: 'Job records', zh: '任务记录' },
  proposals: { en: 'Proposals', zh: '方案' },
  rateLimitCounters: { en: 'Rate-limit counters', zh: '限流计数器' },
  reviewDeliveries: { en: 'Review mails', zh: '审核邮件' },
  reviewEvents: { en: 'Review events', zh: '审核记录' },
  reviewJobs: { en: 'Review jobs', zh: '审核任务' },
}
