import type { PayloadRequest } from 'payload'

import type { Bilingual } from '../vocabulary/bilingual'

export type { Bilingual }

/** The message in the request's language (Payload reads it from the cookie or Accept-Language). */
export const localize = (req: Pick<PayloadRequest, 'i18n'> | undefined, message: Bilingual): string =>
  req?.i18n?.language === 'zh' ? message.zh : message.en
