import type { Bilingual } from '../../i18n/localize'

export const apiMessages = {
  malformedUrl: {
    en: 'The request URL cannot be read (a malformed percent-encoding).',
    zh: '无法读取请求网址（百分号编码有误）。',
  },
  methodNotAllowed: (method: string, allowed: string[]): Bilingual => ({
    en: `${method} is not allowed here; allowed: ${allowed.join(', ')}.`,
    zh: `此处不允许 ${method}；允许：${allowed.join('、')}。`,
  }),
}
