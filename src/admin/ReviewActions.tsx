'use client'

import {
  Button,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

type ReviewState = 'approved' | 'changes_requested' | 'draft' | 'in_review'
type Action = { label: string; to: ReviewState; isNoteRequired?: boolean }

const hasRole = (roles: unknown, ...wanted: string[]): boolean =>
  Array.isArray(roles) && roles.some((role) => wanted.includes(role))

/** The review moves this user may make from this state (the server enforces the same rules). */
const actionsFor = (state: ReviewState, roles: unknown, isOwnSubmission: boolean): Action[] => {
  const isAdmin = hasRole(roles, 'admin')
  const isReviewer = isAdmin || hasRole(roles, 'reviewer')
  if (state === 'draft' || state === 'changes_requested') {
    return hasRole(roles, 'editor', 'reviewer', 'admin')
      ? [{ label: 'Submit for review', to: 'in_review' }]
      : []
  }
  if (state === 'in_review' && isReviewer) {
    return [
      ...(isAdmin || !isOwnSubmission ? [{ label: 'Approve', to: 'approved' as const }] : []),
      { isNoteRequired: true, label: 'Request changes', to: 'changes_requested' },
    ]
  }
  if (state === 'approved' && isReviewer) {
    return [{ isNoteRequired: true, label: 'Request changes', to: 'changes_requested' }]
  }
  return []
}

/** Review buttons above the document controls: submit, approve, request changes (with the note). */
export const ReviewActions: React.FC = () => {
  const { user } = useAuth()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const state = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as ReviewState
  const note = useFormFields(([fields]) => fields.reviewNote?.value) as string | undefined
  const submittedBy = useFormFields(([fields]) => fields.reviewSubmittedBy?.value)

  const move = useCallback(
    async ({ isNoteRequired, to }: Action) => {
      if (isNoteRequired && !note?.trim()) {
        toast.error('Write what should change in “Review note” first.')
        return
      }
      await submit({
        action: formatAdminURL({
          apiRoute: api,
          path: `/${collectionSlug}/${id}?depth=0&draft=true`,
        }),
        method: 'PATCH',
        overrides: { _status: 'draft', reviewState: to },
        skipValidation: to !== 'approved',
      })
    },
    [api, collectionSlug, id, note, submit],
  )

  if (!id || !user) return null
  const isOwnSubmission = String(submittedBy ?? '') === String(user.id)
  const actions = actionsFor(state, user.roles, isOwnSubmission)
  if (actions.length === 0) return null
  return (
    <div className="review-actions" style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
      {actions.map((action) => (
        <Button
          buttonStyle={action.to === 'changes_requested' ? 'secondary' : 'primary'}
          key={action.to}
          onClick={() => void move(action)}
          size="medium"
        >
          {action.label}
        </Button>
      ))}
    </div>
  )
}
