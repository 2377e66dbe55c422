import type { CollectionConfig, Config, Plugin } from 'payload'

import { BookingNotifications } from '../collections/BookingRequests/BookingNotifications'
import { CalendarLinks } from '../collections/CalendarLinks/index'
import { EngagementClaims } from '../collections/Holds/EngagementClaims'
import { Holds } from '../collections/Holds/index'
import { createProposalsCollection } from '../collections/Proposals/index'
import { createBookingRequestsCollection } from '../collections/BookingRequests/index'
import { Interviews } from '../collections/Interviews/index'
import { createMediaCollection } from '../collections/Media'
import { PrivacyErasures } from '../collections/Privacy/PrivacyErasures'
import { RetentionRuns } from '../collections/Privacy/RetentionRuns'
import { RateLimitCounters } from '../collections/RateLimitCounters'
import { withPreview } from '../collections/reviews/previewFor'
import { ReviewDeliveries } from '../collections/reviews/ReviewDeliveries'
import { ReviewEvents } from '../collections/reviews/ReviewEvents'
import { SlugClaims } from '../collections/slugs/SlugClaims'
import { Speakers } from '../collections/Speakers/index'
import { Topics } from '../collections/Topics'
import { createUsersCollection } from '../collections/Users/index'
import { nameErrorFields } from '../hooks/errors/nameErrorFields'
import { isAdmin } from './access/isAdmin'
import { addBureauAuth } from './auth/addBureauAuth'
import {
  withoutEmailVerification,
  withoutEmailVerificationMutations,
} from './auth/withoutEmailVerification'
import { signInRules } from './auth/signInPolicy'
import { signInPolicyOf } from './auth/signInPolicyOf'
import { bookingLimitsOf } from './bookings/bookingLimits'
import { withoutVersionRoutes } from './endpoints/noVersionRoutes'
import { bookingTasks } from './bookings/bookingTasks'
import { holdTasks } from './holds/holdTasks'
import { erasePersonalDataEndpoint, exportPersonalDataEndpoint } from './privacy/privacyEndpoints'
import { PRIVACY_OPTIONS_KEY, type PrivacySettings } from './privacy/privacyOptions'
import { retentionTask } from './privacy/retention/retentionTask'
import { PROPOSAL_OPTIONS_KEY } from './proposals/proposalOptions'
import { proposalTasks } from './proposals/proposalTasks'
import { BODY_LIMITS_KEY, type BodyLimits, DEFAULT_BODY_LIMITS } from './http/bodyLimits'
import { HTTP_CACHING_KEY } from './http/withHttpCaching'
import { claimJobsAtomically } from './jobs/claimJobsAtomically'
import { PUBLIC_READ_CAPS_KEY } from './queries/publicReadCaps'
import { withQueryChecks } from './queries/withQueryChecks'
import { resolvePluginOptions } from './resolvePluginOptions'
import { revalidateFrontendTask } from './revalidation/revalidateFrontend'
import { withRevalidation } from './revalidation/withRevalidation'
import { sendReviewNotificationTask } from './reviews/sendReviewNotification'
import { withSearchTablesKept } from './search/keepSearchTablesOnPush'
import { ensureSearchIndex } from './search/ensureSearchIndex'
import { pruneSearchChangesTask } from './search/pruneSearchChangesTask'
import {
  SEARCH_ENGINE_KEY,
  searchEngineChoice,
  searchIndexCollections,
} from './search/searchIndexCollections'
import { validateTimestamps } from './security/validateTimestamps'
import { withExistingRelations } from './security/withExistingRelations'
import { withSearch, withSearchOfTopics } from './search/withSearch'
import { renameRelations } from './utilities/renameRelations'
import { notePayloadInstance } from './utilities/notePayloadInstance'
import { collectionNames } from './vocabulary/collectionNames'
import {
  DEFAULT_GRAPHQL_LIMITS,
  GRAPHQL_LIMITS_KEY,
  type GraphQLLimits,
} from './security/graphql/limits'
import { withQueryCostLimits } from './security/graphql/withQueryCostLimits'
import { withRequestBudgets } from './security/withRequestBudgets'
import type { SpeakersBureauPluginConfig } from './types'
import { clientComponent, serverComponent } from './vocabulary/componentPaths'

export type { ResolvedPluginOptions, SpeakersBureauPluginConfig } from './types'
export { collectionNames } from './vocabulary/collectionNames'
export { roles } from './vocabulary/roles'

/** Mails link to the admin: their links are built from `serverURL`, never from a request's Host. */
const assertAbsoluteServerUrl = (serverURL: string | undefined): void => {
  if (!serverURL || !/^https?:\/\/[^/]/.test(serverURL)) {
    throw new Error(
      `speakersBureauPlugin: the host config needs serverURL, the absolute http(s) URL people reach the server at (got ${JSON.stringify(serverURL ?? null)}); links in mails are built from it.`,
    )
  }
}

const assertNoSlugClash = (existing: CollectionConfig[], ours: CollectionConfig[]): void => {
  const taken = new Set(existing.map(({ slug }) => slug))
  const clash = ours.find(({ slug }) => taken.has(slug))
  if (clash) {
    throw new Error(
      `speakersBureauPlugin: the host config already has a collection "${clash.slug}"; remove it or rename it.`,
    )
  }
}

/**
 * The host's collections, its named auth collection given the bureau's people fields and hooks
 * (src/auth/addBureauAuth.ts). Our components and jobs find people through `admin.user`, so the
 * host's may name no other collection there.
 */
const withHostUsers = (
  config: Config,
  name: string | undefined,
  bureauUsers: CollectionConfig,
): CollectionConfig[] => {
  const existing = config.collections ?? []
  if (!name) return existing
  const host = existing.find(({ slug }) => slug === name)
  if (!host) {
    throw new Error(
      `speakersBureauPlugin: auth.collection "${name}" is not a collection of the host config.`,
    )
  }
  if (config.admin?.user && config.admin.user !== name) {
    throw new Error(
      `speakersBureauPlugin: auth.collection "${name}" must also be the admin's user collection (admin.user is "${config.admin.user}").`,
    )
  }
  return existing.map((collection) =>
    collection === host ? addBureauAuth(host, bureauUsers) : collection,
  )
}

/** Removes hooks from our collections when the plugin is disabled; fields (and so the schema) stay. */
const withoutHooks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {},
})

/**
 * Adds the speakers bureau's collections (users, media, speakers, interviews, topics and the slug
 * registry) to a Payload config, keeping everything the host already has.
 */
export const speakersBureauPlugin =
  (pluginOptions: SpeakersBureauPluginConfig = {}): Plugin =>
  (incomingConfig: Config): Config => {
    assertAbsoluteServerUrl(incomingConfig.serverURL)
    const options = resolvePluginOptions(pluginOptions)
    const publicPages = options.notifications.revalidateWebhookUrl
      ? withRevalidation
      : <T>(c: T) => c
    const bureauUsers = createUsersCollection({
      minPasswordLength: options.auth.minPasswordLength,
      secureCookies: options.auth.secureCookies,
      signIn: signInPolicyOf(options.auth),
      tokenExpirationSeconds: options.auth.tokenExpirationSeconds,
    })
    const usersName = options.auth.collection ?? collectionNames.users
    const withOurUsers = renameRelations(collectionNames.users, usersName)
    const ours = [
      ...(options.auth.collection ? [] : [bureauUsers]),
      createMediaCollection({ staticDir: options.media.dir }),
      withSearch(withPreview(options.reviews.previewUrl)(publicPages(Speakers))),
      withSearch(withPreview(options.reviews.previewUrl)(publicPages(Interviews))),
      withSearchOfTopics(publicPages(Topics)),
      ReviewEvents,
      ReviewDeliveries,
      createBookingRequestsCollection({
        limits: bookingLimitsOf(options.bookings),
        privacy: options.privacy,
        slaHours: options.bookings.slaHours,
      }),
      BookingNotifications,
      createProposalsCollection(options.proposals),
      Holds,
      EngagementClaims,
      CalendarLinks,
      PrivacyErasures,
      RetentionRuns,
      SlugClaims,
      RateLimitCounters,
      ...searchIndexCollections,
    ]
      .map(withOurUsers)
      .map(withoutVersionRoutes)
    const tasks = [
      sendReviewNotificationTask({
        attempts: options.notifications.attempts,
        leaseMs: options.jobs.staleAfterSeconds * 1000,
        retryDelayMs: options.notifications.retryDelayMs,
      }),
      ...bookingTasks({
        attempts: options.notifications.attempts,
        leaseMs: options.jobs.staleAfterSeconds * 1000,
        notifyEmails: options.notifications.staffEmails,
        retryDelayMs: options.notifications.retryDelayMs,
        slaHours: options.bookings.slaHours,
        webhookTimeoutMs: 5_000,
        webhookUrl: options.notifications.bookingWebhookUrl,
      }),
      ...proposalTasks({
        attempts: options.notifications.attempts,
        leaseMs: options.jobs.staleAfterSeconds * 1000,
        notifyEmails: options.notifications.staffEmails,
        retryDelayMs: options.notifications.retryDelayMs,
        webhookTimeoutMs: 5_000,
        webhookUrl: options.notifications.bookingWebhookUrl,
      }),
      ...holdTasks({
        attempts: options.notifications.attempts,
        leaseMs: options.jobs.staleAfterSeconds * 1000,
        notifyEmails: options.notifications.staffEmails,
        retryDelayMs: options.notifications.retryDelayMs,
      }),
      retentionTask({ cron: options.privacy.retentionCron }),
      pruneSearchChangesTask({ cron: options.search.pruneCron }),
      revalidateFrontendTask({
        attempts: options.notifications.attempts,
        retryDelayMs: options.notifications.retryDelayMs,
        timeoutMs: 5_000,
        url: options.notifications.revalidateWebhookUrl,
      }),
    ]
    const existing = withHostUsers(
      incomingConfig,
      options.auth.collection,
      options.disabled ? withoutHooks(bureauUsers) : bureauUsers,
    )
    assertNoSlugClash(existing, ours)

    if (options.disabled) {
      // As Payload's plugin template: the schema stays (collections, and the task slugs the jobs
      // collection lists), so databases and migrations match; nothing else of ours runs.
      return {
        ...incomingConfig,
        admin: {
          ...incomingConfig.admin,
          user: usersName,
        },
        collections: [...existing, ...ours.map(withoutHooks)],
        jobs: { ...incomingConfig.jobs, tasks: [...(incomingConfig.jobs?.tasks ?? []), ...tasks] },
      }
    }

    const bodyLimits: BodyLimits = {
      maxBodyBytes: options.api.maxBodyBytes,
      maxJsonDepth: DEFAULT_BODY_LIMITS.maxJsonDepth,
      maxUploadBodyBytes: options.media.maxUploadBytes + options.api.maxBodyBytes,
    }

    const graphQLLimits: GraphQLLimits = {
      deadlineMs: options.api.graphQLDeadlineMs,
      maxCost: options.api.graphQLMaxCost,
      maxExpandedFields: DEFAULT_GRAPHQL_LIMITS.maxExpandedFields,
      maxRootFields: options.api.graphQLMaxRootFields,
      shouldHideSuggestions: options.api.graphQLHideSuggestions,
    }

    const privacy: PrivacySettings = {
      addressCounters: {
        acknowledgements: bookingLimitsOf(options.bookings).acknowledgements,
        signInAccount: signInRules(signInPolicyOf(options.auth)).account,
      },
      retentionMonths: options.privacy.retentionMonths,
    }

    return {
      ...incomingConfig,
      db: withSearchTablesKept(incomingConfig.db),
      admin: {
        ...incomingConfig.admin,
        components: {
          ...incomingConfig.admin?.components,
          beforeDashboard: [
            ...(incomingConfig.admin?.components?.beforeDashboard ?? []),
            {
              path: serverComponent('WorkQueues'),
              serverProps: { slaHours: options.bookings.slaHours },
            },
          ],
          views: {
            ...incomingConfig.admin?.components?.views,
            privacy: { Component: serverComponent('PrivacyView'), path: '/privacy' },
          },
          afterNavLinks: [
            ...(incomingConfig.admin?.components?.afterNavLinks ?? []),
            clientComponent('PrivacyNavLink'),
          ],
          // Lock dialogs and tooltips name the holder (Payload writes their e-mail address).
          providers: [
            ...(incomingConfig.admin?.components?.providers ?? []),
            clientComponent('LockHolderNames'),
          ],
        },
        user: usersName,
      },
      collections: [
        ...existing,
        ...ours
          .map(withQueryChecks)
          .map(withExistingRelations)
          .map(
            withRequestBudgets({
              maxDepth: options.api.publicMaxDepth,
              maxLimit: options.api.publicMaxLimit,
            }),
          ),
      ].map(withoutEmailVerification),
      // Read by the API route wrapper and Express (src/http/withBodyLimits.ts, refuseOversizedBodies).
      // Read by the GraphQL route wrapper (src/security/graphql/withGraphQLLimits.ts).
      custom: {
        ...incomingConfig.custom,
        [BODY_LIMITS_KEY]: bodyLimits,
        [GRAPHQL_LIMITS_KEY]: graphQLLimits,
        // Read by the REST route wrapper (src/http/withHttpCaching.ts).
        [HTTP_CACHING_KEY]: true,
        // Read by the privacy endpoints and the retention job (src/privacy).
        [PRIVACY_OPTIONS_KEY]: privacy,
        // Read by searchEngineOf (src/search/searchEngineOf.ts).
        [SEARCH_ENGINE_KEY]: searchEngineChoice(incomingConfig.db, options.search),
        // Read by a proposal's link (the API's and the /p/:token page's answers).
        [PROPOSAL_OPTIONS_KEY]: { holdDays: options.proposals.holdDays },
        // Read by the OpenAPI document (src/openapi/): the caps it documents.
        [PUBLIC_READ_CAPS_KEY]: {
          maxDepth: options.api.publicMaxDepth,
          maxLimit: options.api.publicMaxLimit,
        },
      },
      endpoints: [
        ...(incomingConfig.endpoints ?? []),
        exportPersonalDataEndpoint,
        erasePersonalDataEndpoint,
      ],
      graphQL: withoutEmailVerificationMutations(
        withQueryCostLimits(incomingConfig.graphQL, graphQLLimits),
      ),
      hooks: {
        ...incomingConfig.hooks,
        afterError: [...(incomingConfig.hooks?.afterError ?? []), nameErrorFields],
      },
      jobs: {
        ...incomingConfig.jobs,
        // Running, queueing or cancelling jobs from outside is for admins (Payload's default: any user).
        access: {
          cancel: isAdmin,
          queue: isAdmin,
          run: isAdmin,
          ...incomingConfig.jobs?.access,
        },
        tasks: [...(incomingConfig.jobs?.tasks ?? []), ...tasks],
      },
      upload: {
        ...incomingConfig.upload,
        limits: { ...incomingConfig.upload?.limits, fileSize: options.media.maxUploadBytes },
      },
      onInit: async (payload) => {
        notePayloadInstance(payload)
        validateTimestamps(payload)
        // Before the queue's cron starts: several app instances may run it on one database.
        claimJobsAtomically(payload)
        await ensureSearchIndex(payload)
        await incomingConfig.onInit?.(payload)
      },
    }
  }
