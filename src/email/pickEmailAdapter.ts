import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { logOnlyEmailAdapter } from './logOnlyEmailAdapter'

/**
 * SMTP through Payload's nodemailer adapter when `SMTP_HOST` is set. Without it each message is
 * written to the log, body included (logOnlyEmailAdapter; nodemailer's own default would try to
 * reach ethereal.email on the internet, which these machines cannot).
 */
export const pickEmailAdapter = (
  env: Record<string, string | undefined>,
): EmailAdapter | Promise<EmailAdapter> => {
  const fromAddress = env.MAIL_FROM || 'no-reply@speakers-bureau.local'
  const fromName = env.MAIL_FROM_NAME || 'Speakers Bureau'
  if (!env.SMTP_HOST) return logOnlyEmailAdapter({ fromAddress, fromName })
  const port = Number(env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    skipVerify: true,
    transportOptions: {
      auth: env.SMTP_USER ? { pass: env.SMTP_PASS, user: env.SMTP_USER } : undefined,
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    },
  })
}
