import type { CollectionConfig } from 'payload'

import { refuseImpossibleQueries } from '../../hooks/queries/refuseImpossibleQueries'
import { mergeHooks } from '../utilities/mergeHooks'

/** The collection with refuseImpossibleQueries first among its beforeOperation hooks. */
export const withQueryChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: mergeHooks({ beforeOperation: [refuseImpossibleQueries] }, collection.hooks),
})
