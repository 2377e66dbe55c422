import type { EmailAdapter, SendEmailOptions } from 'payload'

const entities: Record<string, string> = { amp: '&', gt: '>', lt: '<', nbsp: ' ', quot: '"', '#39': "'" }

/** A mail's HTML as readable text: links keep their address, blocks and breaks become new lines. */
export const htmlAsText = (html: string): string =>
  html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) =>
      label.trim() === href ? href : `${label} (${href})`,
    )
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|gt|lt|nbsp|quot|#39);/g, (_, name: string) => entities[name])
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const addresses = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .map((entry) => (typeof entry === 'object' && entry ? entry.address : String(entry ?? '')))
    .join(', ')

/**
 * Without SMTP_HOST mail is written to the log instead of sent: recipient, subject and the body
 * (text, or the HTML as text with its links), so a developer can follow a password-reset link or
 * read a notification. Payload's own console adapter logged the subject only.
 */
export const logOnlyEmailAdapter =
  ({ fromAddress, fromName }: { fromAddress: string; fromName: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'log-only',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      const body =
        typeof message.text === 'string' && message.text
          ? message.text
          : typeof message.html === 'string'
            ? htmlAsText(message.html)
            : ''
      payload.logger.info(
        { body, subject: message.subject, to: addresses(message.to) },
        'mail (log only: set SMTP_HOST to send it)',
      )
    },
  })
