import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Payload runs in the Express process (src/server.ts) and the Next.js route handlers reuse that
 * instance. Keeping Payload's server packages external in production too means both sides share one
 * copy of `payload`, so errors thrown by our hooks (APIError, ValidationError) are recognised by the
 * REST/GraphQL handlers and answered with their status codes.
 */
const serverPackages = [
  'payload',
  '@payloadcms/db-mongodb',
  '@payloadcms/db-postgres',
  '@payloadcms/db-sqlite',
  '@payloadcms/drizzle',
  '@payloadcms/email-nodemailer',
  '@payloadcms/graphql',
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test suite's own dev server builds into another folder, so it can run beside `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Express logs each request once (src/server/logRequests.ts); the dev server's own line was a second.
  logging: { incomingRequests: false },
  // No `X-Powered-By: Next.js, Payload` (withPayload adds it unless this is false; Express's own is off).
  poweredByHeader: false,
  serverExternalPackages: serverPackages,
  typescript: {
    // `npm run typecheck` checks the whole project (tests included) as its own CI step.
    ignoreBuildErrors: true,
    // The test suite's dev servers name their own (test/helpers/spawnServer.ts).
    tsconfigPath: process.env.NEXT_TSCONFIG_PATH || 'tsconfig.json',
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
