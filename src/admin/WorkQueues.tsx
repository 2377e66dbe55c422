import type { Payload, TypedUser } from 'payload'

import React from 'react'

import { workQueuesFor } from './workQueues'

type Props = { payload: Payload; user?: TypedUser }

const SLA_HOURS = Number(process.env.BOOKING_SLA_HOURS || 24)

/** Dashboard: the queues of the signed-in user, with counts and links (a server component). */
export const WorkQueues = async ({ payload, user }: Props) => {
  if (!user) return null
  const queues = await workQueuesFor({
    adminRoute: payload.config.routes.admin,
    payload,
    slaHours: SLA_HOURS,
    user,
  })
  if (queues.length === 0) return null
  return (
    <section
      aria-label="Your work"
      className="work-queues"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 style={{ marginBottom: 'var(--base)' }}>Your work</h2>
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
            data-queue={queue.title}
            key={queue.title}
            style={{
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 4,
              padding: 'var(--base)',
            }}
          >
            <a href={queue.href} style={{ fontWeight: 600 }}>
              {queue.title}: <span className="work-queue__count">{queue.count}</span>
            </a>
            <ul style={{ margin: 'calc(var(--base) / 2) 0 0', paddingLeft: 'var(--base)' }}>
              {queue.items.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.label}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
