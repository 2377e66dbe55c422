'use client'

import { PublishButton, useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's Publish button, shown only to those who may publish: admins always (a direct publish is
 * recorded as such), reviewers once the document is approved, editors never.
 */
export const PublishForReviewers: React.FC<React.ComponentProps<typeof PublishButton>> = (
  props,
) => {
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.reviewState?.value)
  const roles = (user?.roles ?? []) as string[]
  const isAdmin = roles.includes('admin')
  const isApprovedForReviewer = roles.includes('reviewer') && state === 'approved'
  if (!isAdmin && !isApprovedForReviewer) return null
  return <PublishButton {...props} />
}
