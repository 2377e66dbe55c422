'use client'

import { Button, useConfig } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { privacyText as text, storeLabels } from './privacyText'

type Answer = { data?: Record<string, unknown>; erasure?: Record<string, unknown> }

const countOf = (value: unknown): number => (Array.isArray(value) ? value.length : value ? 1 : 0)

/** The privacy page's form: export an address's data (shown as counts, downloadable), or erase it. */
export const PrivacyRequests: React.FC = () => {
  const { config } = useConfig()
  const l = useLocalize()
  const [email, setEmail] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [isConfirming, setIsConfirming] = useState(false)
  const [error, setError] = useState('')
  const [exported, setExported] = useState<null | Record<string, unknown>>(null)
  const [erasure, setErasure] = useState<null | Record<string, unknown>>(null)

  const call = async (action: 'erase' | 'export'): Promise<Answer | null> => {
    setError('')
    const response = await fetch(`${config.routes.api}/privacy/${action}`, {
      body: JSON.stringify({ email }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = await response.json().catch(() => ({}))
    if (response.ok) return body as Answer
    setError(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
    return null
  }

  const exportData = async () => {
    setErasure(null)
    const answer = await call('export')
    setExported(answer ? ((answer as Record<string, unknown>) ?? null) : null)
  }

  const erase = async () => {
    if (confirmation.trim().toLowerCase() !== email.trim().toLowerCase()) {
      setError(l(text.mismatch))
      return
    }
    const answer = await call('erase')
    if (!answer) return
    setErasure(answer.erasure ?? null)
    setExported(null)
    setIsConfirming(false)
    setConfirmation('')
  }

  const data = (exported?.data ?? null) as null | Record<string, unknown>
  const download = data
    ? `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(exported, null, 2))}`
    : ''

  return (
    <div
      className="privacy-requests"
      style={{ display: 'grid', gap: 'var(--base)', maxWidth: 640 }}
    >
      <p>{l(text.intro)}</p>
      <label htmlFor="privacy-email">{l(text.email)}</label>
      <input
        className="privacy-requests__email"
        id="privacy-email"
        onChange={(event) => setEmail(event.target.value)}
        style={{ padding: 'calc(var(--base) / 2)' }}
        type="email"
        value={email}
      />
      <div style={{ display: 'flex', gap: 'var(--base)' }}>
        <Button
          buttonStyle="primary"
          disabled={!email}
          id="privacy-export"
          onClick={() => void exportData()}
        >
          {l(text.export)}
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={!email}
          id="privacy-erase"
          onClick={() => setIsConfirming(true)}
        >
          {l(text.erase)}
        </Button>
      </div>
      {isConfirming ? (
        <div
          className="privacy-requests__confirm"
          style={{ display: 'grid', gap: 'calc(var(--base) / 2)' }}
        >
          <label htmlFor="privacy-confirm">{l(text.eraseConfirm)}</label>
          <input
            id="privacy-confirm"
            onChange={(event) => setConfirmation(event.target.value)}
            style={{ padding: 'calc(var(--base) / 2)' }}
            type="email"
            value={confirmation}
          />
          <Button buttonStyle="error" id="privacy-erase-now" onClick={() => void erase()}>
            {l(text.eraseNow)}
          </Button>
        </div>
      ) : null}
      {error ? (
        <p
          className="privacy-requests__error"
          role="alert"
          style={{ color: 'var(--theme-error-500)' }}
        >
          {error}
        </p>
      ) : null}
      {data ? (
        <section className="privacy-requests__export">
          <h3>{l(text.counts)}</h3>
          <table>
            <tbody>
              {Object.entries(storeLabels).map(([key, label]) => (
                <tr data-store={key} key={key}>
                  <td>{l(label)}</td>
                  <td>{countOf(data[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <a download={`personal-data-${email.trim()}.json`} href={download} id="privacy-download">
            {l(text.download)}
          </a>
        </section>
      ) : null}
      {erasure ? (
        <p className="privacy-requests__erased" role="status">
          {l(text.erased)}: {String(erasure.emailHash ?? '').slice(0, 16)}… ·{' '}
          {l(storeLabels.bookingRequests)} {String(erasure.bookingRequests ?? 0)}
        </p>
      ) : null}
    </div>
  )
}
