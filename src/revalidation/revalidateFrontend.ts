import type { TaskConfig } from 'payload'

import { postJson } from '../utilities/postJson'
import { REVALIDATE_FRONTEND } from '../vocabulary/taskNames'

type Args = {
  attempts: number
  retryDelayMs: number
  timeoutMs: number
  /** REVALIDATE_WEBHOOK_URL; unset: the job finishes without calling anything. */
  url?: string
}

/**
 * POSTs `{ collection, id, slug, previousSlug, event }` to the frontend's revalidation webhook;
 * anything but a 2xx fails the job, which the queue retries with exponential backoff.
 */
export const revalidateFrontendTask = ({
  attempts,
  retryDelayMs,
  timeoutMs,
  url,
}: Args): TaskConfig => ({
  slug: REVALIDATE_FRONTEND,
  handler: async ({ input }) => {
    if (!url) return { output: { result: 'not configured' } }
    const { collection, event, id, previousSlug, slug } = input as Record<string, null | string>
    await postJson(url, { collection, event, id, previousSlug, slug }, timeoutMs)
    return { output: { result: 'sent' } }
  },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'slug', type: 'text' },
    { name: 'previousSlug', type: 'text' },
    { name: 'event', type: 'text', required: true },
  ],
  retries: { attempts, backoff: { delay: retryDelayMs, type: 'exponential' } },
})
