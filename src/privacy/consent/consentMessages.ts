import type { Bilingual } from '../../i18n/localize'

export const consentMessages = {
  consentRequired: {
    en: 'Tick the box to agree that we process your data under our privacy policy; we cannot take the request without it.',
    zh: '请勾选同意我们依照隐私政策处理您的数据；否则我们无法受理该请求。',
  },
  transferRequired: (countries: string[]): Bilingual => ({
    en: `Speakers you chose are based outside our country (${countries.join(', ')}): tick the box to agree that your request is shared with them there.`,
    zh: `您选择的演讲嘉宾位于境外（${countries.join('、')}）：请勾选同意将您的请求提供给境外的嘉宾。`,
  }),
} as const
