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
import React, { useCallback, useState } from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import type { Role } from '../../vocabulary/roles'
import { offeredMoves } from '../offeredMoves'
import type { ReviewState } from '../states'
import { moveDone, moveLabels, noteFirst, theAuthor } from './messages'
import { fetchPersonName } from './personName'
import { releaseOwnLock } from './releaseOwnLock'

type Move = Exclude<ReviewState, 'draft'>

const idText = (value: unknown): string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return value === null || value === undefined || value === '' ? undefined : String(value)
}

/** Approve and submit first, the way back last. */
const ORDER: Move[] = ['in_review', 'approved', 'changes_requested']

/**
 * Review buttons above the document controls: exactly the moves the server would allow this person
 * from the state on screen (offeredMoves asks the server's own rules). Each says what it did, and
 * the form takes the saved document's state without a reload.
 */
export const ReviewActions: React.FC = () => {
  const l = useLocalize()
  const { user } = useAuth()
  const { id, collectionSlug, setDocumentIsLocked } = useDocumentInfo()
  const { submit } = useForm()
  const {
    config: {
      admin: { user: users },
      routes: { api },
    },
  } = useConfig()
  const [isMoving, setIsMoving] = useState(false)
  const state = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as ReviewState
  const note = useFormFields(([fields]) => fields.reviewNote?.value) as string | undefined
  const submittedBy = idText(useFormFields(([fields]) => fields.reviewSubmittedBy?.value))
  const lastEditedBy = idText(useFormFields(([fields]) => fields.contentEditedBy?.value))
  const status = useFormFields(([fields]) => fields._status?.value)

  const move = useCallback(
    async (to: Move) => {
      if (!id || !collectionSlug || !user) return
      if (to === 'changes_requested' && !note?.trim()) {
        toast.error(l(noteFirst))
        return
      }
      setIsMoving(true)
      try {
        // Payload's toast would say "Draft saved": ours says what happened. Refusals keep
        // Payload's error toast, which shows the server's message in the admin's language.
        const result = await submit({
          action: formatAdminURL({
            apiRoute: api,
            path: `/${collectionSlug}/${id}?depth=0&draft=true`,
          }),
          disableSuccessStatus: true,
          method: 'PATCH',
          overrides: { _status: 'draft', reviewState: to },
          skipValidation: to !== 'approved',
        })
        if (!result?.res?.ok) return
        await releaseOwnLock({ apiRoute: api, collectionSlug, id, userId: user.id })
        setDocumentIsLocked?.(false)
        if (to === 'changes_requested') {
          const name = submittedBy ? await fetchPersonName({ apiRoute: api, users }, submittedBy) : undefined
          toast.success(l(moveDone.changes_requested(name ?? l(theAuthor))))
        } else {
          toast.success(l(moveDone[to]))
        }
      } finally {
        setIsMoving(false)
      }
    },
    [api, collectionSlug, id, l, note, setDocumentIsLocked, submit, submittedBy, user],
  )

  if (!id || !user) return null
  const offered = offeredMoves({
    isLive: status === 'published',
    lastEditedBy,
    roles: (user.roles ?? []) as Role[],
    state,
    submittedBy,
    userId: String(user.id),
  })
  const moves = ORDER.filter((to) => offered.includes(to))
  if (moves.length === 0) return null
  return (
    <div className="review-actions" style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
      {moves.map((to) => (
        <Button
          buttonStyle={to === 'changes_requested' ? 'secondary' : 'primary'}
          disabled={isMoving}
          key={to}
          onClick={() => void move(to)}
          size="medium"
        >
          {l(moveLabels[to])}
        </Button>
      ))}
    </div>
  )
}
