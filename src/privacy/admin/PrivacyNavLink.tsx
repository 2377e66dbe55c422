'use client'

import { Link, useAuth, useConfig } from '@payloadcms/ui'
import React from 'react'

import { useLocalize } from '../../i18n/useLocalize'

/** "Privacy requests" in the admin's navigation, for admins only (the page checks it again). */
export const PrivacyNavLink: React.FC = () => {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  const l = useLocalize()
  if (!user?.roles?.includes('admin')) return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/privacy`} id="nav-privacy">
      <span className="nav__link-label">{l({ en: 'Privacy requests', zh: '隐私请求' })}</span>
    </Link>
  )
}
