import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * SMTP through Payload's nodemailer adapter when `SMTP_HOST` is set. Without it Payload's default
 * adapter logs each message instead of sending it (and nodemailer's own default would try to reach
 * ethereal.email on the internet, which these machines cannot).
 */
export const pickEmailAdapter = (
  env: Record<string, string | undefined>,
): Promise<EmailAdapter> | undefined => {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM || 'no-reply@speakers-bureau.local',
    defaultFromName: env.MAIL_FROM_NAME || 'Speakers Bureau',
    skipVerify: true,
    transportOptions: {
      auth: env.SMTP_USER ? { pass: env.SMTP_PASS, user: env.SMTP_USER } : undefined,
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    },
  })
}
