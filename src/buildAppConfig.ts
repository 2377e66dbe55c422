import type { SearchEngineName } from './search/searchIndexCollections'
import type { DatabaseAdapterObj, EmailAdapter, Plugin, SanitizedConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { dataDir as defaultDataDir } from './dataDir'
import { INSTANT_FORMAT } from './dates/instantFormat'
import { speakersBureauPlugin } from './index'
import { staleJobsAfterMs } from './jobs/staleJobsAfterMs'
import { clientErrorsAsWarnings } from './logging/clientErrorsAsWarnings'
import { publicApiDocs } from './openapi/publicApiDocs'
import { mergePluginOptions } from './resolvePluginOptions'
import { hardenedGraphQL } from './security/graphQLLimits'
import type { SpeakersBureauPluginConfig } from './types'

type Args = {
  dataDir?: string
  db: DatabaseAdapterObj
  email?: EmailAdapter | Promise<EmailAdapter>
  /** Browser origins trusted for CORS and cookie-authenticated requests (see allowedOrigins). */
  origins: string[]
  plugins?: Plugin[]
  pluginOptions?: SpeakersBureauPluginConfig
  secret: string
  /** The absolute URL people reach the server at: every link in every mail is built from it. */
  serverURL: string
}

const isUnderJest = Boolean(process.env.JEST_WORKER_ID)

/** A number from the environment, or undefined (the plugin's default) when unset. */
const numberFromEnv = (name: string): number | undefined =>
  process.env[name] ? Number(process.env[name]) : undefined

/** The host app's Payload config; `src/payload.config.ts` and the test harness both build it here. */
export const buildAppConfig = ({
  dataDir = defaultDataDir,
  db,
  email,
  origins,
  plugins = [],
  pluginOptions,
  secret,
  serverURL,
}: Args): Promise<SanitizedConfig> =>
  buildConfig({
    admin: {
      avatar: 'default',
      // Instants (createdAt, updatedAt, history times) in the viewer's zone, with the year and a
      // 24-hour time; day-only values have their own format (src/dates/day.ts).
      dateFormat: INSTANT_FORMAT,
      importMap: { baseDir: path.resolve(process.cwd(), 'src') },
      meta: { titleSuffix: ' · Speakers Bureau' },
    },
    cors: origins,
    csrf: origins,
    db,
    editor: lexicalEditor(),
    email,
    graphQL: hardenedGraphQL(),
    // English by default; Chinese in the admin's language switch (the bureau's staff work in both).
    i18n: { fallbackLanguage: 'en', supportedLanguages: { en, zh } },
    jobs: {
      // Notifications and scheduled publications run inside the server: no outside cron needed.
      autoRun: [
        {
          cron: process.env.JOBS_CRON || '*/10 * * * * *',
          // Scheduled tasks (the daily retention run) are queued by this cron too; under Jest the
          // tests queue them themselves (handleSchedules), so none appears in another test's queue.
          disableScheduling: isUnderJest,
          limit: 50,
          queue: 'default',
        },
      ],
      shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    },
    logger: {
      options: {
        hooks: clientErrorsAsWarnings,
        level: process.env.LOG_LEVEL || (isUnderJest ? 'silent' : 'info'),
      },
    },
    plugins: [
      speakersBureauPlugin(
        mergePluginOptions(
          {
            api: {
              maxBodyBytes: Number(process.env.MAX_BODY_KB || 1024) * 1024,
            },
            auth: {
              loginRateLimit: Number(process.env.LOGIN_RATE_LIMIT || 20),
              // Development serves plain http on localhost: a Secure cookie would not stick everywhere.
              secureCookies: process.env.NODE_ENV === 'production',
            },
            bookings: {
              acknowledgementsPerDay: Number(process.env.BOOKING_ACKNOWLEDGEMENTS_PER_DAY || 3),
              rateLimit: Number(process.env.BOOKING_RATE_LIMIT || 5),
              rateWindowMinutes: Number(process.env.BOOKING_RATE_WINDOW_MINUTES || 10),
              slaHours: Number(process.env.BOOKING_SLA_HOURS || 24),
            },
            jobs: { staleAfterSeconds: staleJobsAfterMs(process.env) / 1000 },
            media: {
              dir: path.join(dataDir, 'media'),
              maxUploadBytes: Number(process.env.MAX_UPLOAD_MB || 20) * 1024 * 1024,
            },
            notifications: {
              bookingWebhookUrl: process.env.BOOKING_WEBHOOK_URL || undefined,
              revalidateWebhookUrl: process.env.REVALIDATE_WEBHOOK_URL || undefined,
              staffEmails: (process.env.BOOKING_NOTIFY_EMAILS || '')
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            },
            privacy: {
              policyVersion: process.env.PRIVACY_POLICY_VERSION || undefined,
              retentionCron: process.env.RETENTION_CRON || undefined,
              retentionMonths: {
                archived: numberFromEnv('RETENTION_ARCHIVED_MONTHS'),
                confirmed: numberFromEnv('RETENTION_CONFIRMED_MONTHS'),
                declined: numberFromEnv('RETENTION_DECLINED_MONTHS'),
              },
            },
            proposals: {
              expiryDays: Number(process.env.PROPOSAL_EXPIRY_DAYS || 14),
              holdDays: Number(process.env.PROPOSAL_HOLD_DAYS || 7),
            },
            reviews: { previewUrl: process.env.PREVIEW_URL || undefined },
            search: {
              engine: (process.env.SEARCH_ENGINE || undefined) as SearchEngineName | undefined,
            },
          },
          pluginOptions,
        ),
      ),
      publicApiDocs({ version: process.env.npm_package_version || '0.1.0' }),
      ...plugins,
    ],
    secret,
    serverURL,
    sharp,
    telemetry: false,
    typescript: {
      autoGenerate: !isUnderJest,
      outputFile: path.resolve(process.cwd(), 'src', 'payload-types.ts'),
    },
  })
