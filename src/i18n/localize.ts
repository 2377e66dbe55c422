import type { PayloadRequest } from 'payload'

/** A message of ours in both languages the admin offers (buildAppConfig: `en`, `zh`). */
export type Bilingual = { en: string; zh: string }

/** The message in the request's language (Payload reads it from the cookie or Accept-Language). */
export const localize = (req: Pick<PayloadRequest, 'i18n'> | undefined, message: Bilingual): string =>
  req?.i18n?.language === 'zh' ? message.zh : message.en
