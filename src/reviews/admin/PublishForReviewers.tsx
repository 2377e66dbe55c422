'use client'

import {
  PublishButton,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import type { Role } from '../../vocabulary/roles'
import { mayPublish } from '../offeredMoves'
import type { ReviewState } from '../states'
import { moveDone } from './messages'
import { releaseOwnLock } from './releaseOwnLock'

const idText = (value: unknown): string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return value === null || value === undefined || value === '' ? undefined : String(value)
}

/** Payload's main Publish button (its menu, with "Schedule publish", keeps Payload's handlers). */
const isMainPublishButton = (target: EventTarget | null): boolean => {
  const button = target instanceof Element ? target.closest('#action-save') : null
  return (
    button instanceof HTMLButtonElement &&
    !button.disabled &&
    !button.classList.contains('btn--disabled')
  )
}

/**
 * Payload's Publish button, shown only to those the server lets publish (admins always, recorded as
 * a direct publish; reviewers once the document is approved; editors never). Its click publishes
 * as Payload's does, but the toast says "Published" instead of Payload's "Updated successfully".
 */
export const PublishForReviewers: React.FC<React.ComponentProps<typeof PublishButton>> = (
  props,
) => {
  const l = useLocalize()
  const { user } = useAuth()
  const {
    id,
    collectionSlug,
    setDocumentIsLocked,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
  } = useDocumentInfo()
  const { submit } = useForm()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const state = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as ReviewState
  const submittedBy = idText(useFormFields(([fields]) => fields.reviewSubmittedBy?.value))
  const lastEditedBy = idText(useFormFields(([fields]) => fields.contentEditedBy?.value))
  const status = useFormFields(([fields]) => fields._status?.value)

  const publish = useCallback(async () => {
    if (!id || !collectionSlug || !user) return
    const result = await submit({
      action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}?depth=0` }),
      disableSuccessStatus: true,
      method: 'PATCH',
      overrides: { _status: 'published' },
    })
    if (!result?.res?.ok) return
    setUnpublishedVersionCount(0)
    setMostRecentVersionIsAutosaved(false)
    setHasPublishedDoc(true)
    await releaseOwnLock({ apiRoute: api, collectionSlug, id, userId: user.id })
    setDocumentIsLocked?.(false)
    toast.success(l(moveDone.published))
  }, [
    api,
    collectionSlug,
    id,
    l,
    setDocumentIsLocked,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    submit,
    user,
  ])

  if (!user) return null
  const isAllowed = mayPublish({
    isLive: status === 'published',
    lastEditedBy,
    roles: (user.roles ?? []) as Role[],
    state,
    submittedBy,
    userId: String(user.id),
  })
  if (!isAllowed) return null
  // Payload's PublishButton cannot be told its toast, and its menu's schedule drawer is not exported:
  // the main button's click is answered here, everything else stays Payload's.
  return (
    <div
      className="publish-for-reviewers"
      onClickCapture={(event) => {
        if (!isMainPublishButton(event.target)) return
        event.preventDefault()
        event.stopPropagation()
        void publish()
      }}
      style={{ display: 'contents' }}
    >
      <PublishButton {...props} />
    </div>
  )
}
