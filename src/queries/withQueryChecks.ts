import type { CollectionConfig } from 'payload'

import { refuseImpossibleQueries } from '../../hooks/queries/refuseImpossibleQueries'

/** The collection with refuseImpossibleQueries first among its beforeOperation hooks. */
export const withQueryChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseImpossibleQueries, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
