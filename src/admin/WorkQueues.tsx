import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import React from 'react'

import type { Bilingual } from '../i18n/localize'
import { workQueuesFor } from './workQueues'

type Props = {
  i18n?: I18nClient
  payload: Payload
  /** The plugin's `bookings.slaHours`, passed as a server prop (src/index.ts). */
  slaHours: number
  user?: TypedUser
}

/**
 * Dashboard: the queues of the signed-in user, with counts and links (a server component). The SLA
 * comes from the plugin's options: it read BOOKING_SLA_HOURS, so a host passing
 * `bookings: { slaHours: 48 }` still saw "24 h".
 */
export const WorkQueues = async ({ i18n, payload, slaHours, user }: Props) => {
  if (!user) return null
  const l = (message: Bilingual) => (i18n?.language === 'zh' ? message.zh : message.en)
  const yourWork = l({ en: 'Your work', zh: '您的工作' })
  const queues = await workQueuesFor({
    adminRoute: payload.config.routes.admin,
    payload,
    slaHours,
    user,
  })
  if (queues.length === 0) return null
  return (
    <section
      aria-label={yourWork}
      className="work-queues"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 style={{ marginBottom: 'var(--base)' }}>{yourWork}</h2>
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
        }}
      >
        {queues.map((queue) => (
          <div
            className="work-queue"
            data-queue={queue.id}
            key={queue.id}
            style={{
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 4,
              padding: 'var(--base)',
            }}
          >
            <a href={queue.href} style={{ fontWeight: 600 }}>
              {l(queue.title)}: <span className="work-queue__count">{queue.count}</span>
            </a>
            <ul style={{ margin: 'calc(var(--base) / 2) 0 0', paddingLeft: 'var(--base)' }}>
              {queue.items.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.label}</a>
                  {item.note ? (
                    <blockquote
                      className="work-queue__note"
                      style={{
                        borderLeft: '2px solid var(--theme-elevation-250)',
                        color: 'var(--theme-elevation-650)',
                        margin: '2px 0 calc(var(--base) / 2)',
                        paddingLeft: 'calc(var(--base) / 2)',
                        whiteSpace: 'pre-line',
                      }}
                    >
                      {item.note}
                    </blockquote>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
