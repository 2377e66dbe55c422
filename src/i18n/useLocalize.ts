'use client'

import { useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

import type { Bilingual } from './localize'

/** In admin components: the message in the admin's language (the one the user picked in Payload). */
export const useLocalize = (): ((message: Bilingual) => string) => {
  const { i18n } = useTranslation()
  return useCallback(
    (message: Bilingual) => (i18n.language === 'zh' ? message.zh : message.en),
    [i18n.language],
  )
}
