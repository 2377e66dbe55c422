'use client'

import type { TextFieldClientComponent } from 'payload'

import { PasswordField, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

const normalize = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '')

/**
 * The current-password input, shown on an existing user's page (one's account page included) as
 * soon as the form changes the e-mail address or a new password is typed; the server refuses such
 * a change without it (requireCurrentPassword).
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { t } = useTranslation()
  const newPassword = useFormFields(([fields]) => fields.password?.value)
  const email = useFormFields(([fields]) => fields.email?.value)
  const isChangingEmail =
    typeof email === 'string' && normalize(email) !== normalize(savedDocumentData?.email)
  if (id === undefined || id === null || !(newPassword || isChangingEmail)) return null
  return (
    <PasswordField
      autoComplete="current-password"
      field={{ ...field, required: true }}
      path={path}
      validate={(value) => (value ? true : t('validation:required'))}
    />
  )
}
