import type { CollectionConfig } from 'payload'

import {
  queueRevalidationAfterChange,
  queueRevalidationAfterDelete,
} from '../../hooks/queueRevalidation'
import { rememberPublicState } from '../../hooks/rememberPublicState'

/** Adds the revalidation webhook's hooks to a collection whose documents have public pages. */
export const withRevalidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), queueRevalidationAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), queueRevalidationAfterDelete],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberPublicState],
  },
})
