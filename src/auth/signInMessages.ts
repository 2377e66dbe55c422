import type { Bilingual } from '../i18n/localize'

const minutesEn = (minutes: number) => `${minutes} minute${minutes === 1 ? '' : 's'}`

export const signInMessages = {
  /** The per-address limit (every account, every path). */
  tooManyFromAddress: (minutes: number): Bilingual => ({
    en: `Too many sign-in attempts from this address: try again in ${minutesEn(minutes)}.`,
    zh: `来自此地址的登录尝试过多：请在 ${minutes} 分钟后重试。`,
  }),
  /** One account refused from one address; the same answer whether the account exists or not. */
  refusedFromAddress: (minutes: number): Bilingual => ({
    en: `Too many wrong passwords for this e-mail address from your address: try again in ${minutesEn(minutes)}.`,
    zh: `此电子邮件地址从您的地址输错密码次数过多：请在 ${minutes} 分钟后重试。`,
  }),
}
