import type { CollectionConfig } from 'payload'

import {
  queueRevalidationAfterChange,
  queueRevalidationAfterDelete,
} from '../../hooks/revalidation/queueRevalidation'
import { rememberPublicState } from '../../hooks/revalidation/rememberPublicState'
import { mergeHooks } from '../utilities/mergeHooks'

/** Adds the revalidation webhook's hooks to a collection whose documents have public pages. */
export const withRevalidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: mergeHooks(collection.hooks, {
    afterChange: [queueRevalidationAfterChange],
    afterDelete: [queueRevalidationAfterDelete],
    beforeChange: [rememberPublicState],
  }),
})
