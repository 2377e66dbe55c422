'use client'

import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useLocalize } from '../../i18n/useLocalize'

type Action = 'revoke' | 'send'

/**
 * Send (a saved draft: the client is mailed its link) and Revoke (the link stops working), in the
 * proposal's sidebar. The server decides (src/proposals/staffEndpoints.ts); its refusal is shown.
 */
export const ProposalActions: React.FC = () => {
  const { id, isEditing } = useDocumentInfo()
  const { config } = useConfig()
  const l = useLocalize()
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const [busy, setBusy] = useState<Action | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!isEditing || !id) return null

  const run = async (action: Action) => {
    setBusy(action)
    setError(null)
    try {
      const response = await fetch(`${config.routes.api}/proposals/${id}/${action}`, {
        credentials: 'include',
        method: 'POST',
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as {
          errors?: { message?: string }[]
        }
        setError(body.errors?.[0]?.message ?? `${response.status}`)
        return
      }
      // The form holds the document as it was loaded: load it again to show the new status and times.
      window.location.reload()
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="proposal-actions" data-testid="proposal-actions" style={{ marginBottom: 24 }}>
      {status === 'draft' && (
        <Button disabled={busy !== null} onClick={() => void run('send')} size="small">
          {l({ en: 'Send to the client', zh: '发送给客户' })}
        </Button>
      )}
      {(status === 'draft' || status === 'sent') && (
        <Button
          buttonStyle="secondary"
          disabled={busy !== null}
          onClick={() => void run('revoke')}
          size="small"
        >
          {l({ en: 'Revoke', zh: '撤回' })}
        </Button>
      )}
      {status === 'draft' && (
        <p style={{ fontSize: 12, opacity: 0.8 }}>
          {l({
            en: 'Save your changes first: what is saved is what the client gets.',
            zh: '请先保存：客户收到的是已保存的内容。',
          })}
        </p>
      )}
      {error && (
        <p
          className="proposal-actions__error"
          role="alert"
          style={{ color: 'var(--theme-error-500)' }}
        >
          {error}
        </p>
      )}
    </div>
  )
}
