import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { localize } from '../i18n/localize'

const NOT_USED = {
  en: 'Email verification is not used here: accounts are made by an admin.',
  zh: '此处不使用邮箱验证：账户由管理员创建。',
}

const isVerifying = (auth: CollectionConfig['auth']): boolean =>
  typeof auth === 'object' && Boolean(auth.verify)

const notUsed = (req: PayloadRequest): never => {
  throw new APIError(localize(req, NOT_USED), 404, null, true)
}

/**
 * Payload gives every auth collection `POST /verify/:token` (and GraphQL's `verifyEmail<User>`),
 * verification on or off; off, the operation looks for a field that is not there and answered 500
 * to anyone. Where verification is off, both answer 404 saying so. Ours come first: Payload adds
 * its endpoints after a collection's own.
 */
export const withoutEmailVerification = (collection: CollectionConfig): CollectionConfig =>
  !collection.auth || isVerifying(collection.auth) || collection.endpoints === false
    ? collection
    : {
        ...collection,
        endpoints: [
          { handler: notUsed, method: 'post', path: '/verify/:token' },
          ...(collection.endpoints ?? []),
        ],
      }

/** The GraphQL half of withoutEmailVerification: `verifyEmail<User>` answers 404 where it is off. */
export const withoutEmailVerificationMutations = (
  graphQL: Config['graphQL'],
): NonNullable<Config['graphQL']> => ({
  ...graphQL,
  mutations: (GraphQL, context) => {
    const own = graphQL?.mutations?.(GraphQL, context) ?? {}
    const refused = Object.values(context.collections).flatMap(({ config, graphQL: built }) => {
      const name = `verifyEmail${built?.type.name}`
      return name in context.Mutation.fields && !isVerifying(config.auth)
        ? [
            [
              name,
              {
                args: { token: { type: GraphQL.GraphQLString } },
                resolve: (_: unknown, __: unknown, { req }: { req: PayloadRequest }) =>
                  notUsed(req),
                type: GraphQL.GraphQLBoolean,
              },
            ],
          ]
        : []
    })
    return { ...Object.fromEntries(refused), ...own }
  },
})
