/** The admin's navigation groups, in both languages (Payload groups the nav by the label it shows). */
export const adminGroups = {
  bookings: { en: 'Bookings', zh: '预约' },
  content: { en: 'Content', zh: '内容' },
  system: { en: 'System', zh: '系统' },
} as const
