import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { hasRole } from '../../access/hasRole'
import { PrivacyRequests } from './PrivacyRequests'
import { privacyText as text } from './privacyText'

/**
 * `/admin/privacy`: export or erase a person's data by e-mail address (admins only; the endpoints
 * it calls check that again). A server view in the admin's own frame.
 */
export const PrivacyView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const l = (message: { en: string; zh: string }) =>
    req.i18n.language === 'zh' ? message.zh : message.en
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 2) 0 var(--base)' }}>{l(text.title)}</h1>
        {hasRole(req.user, 'admin') ? (
          <PrivacyRequests />
        ) : (
          <p role="alert">{l(text.onlyAdmins)}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
