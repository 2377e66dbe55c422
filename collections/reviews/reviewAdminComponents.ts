import type { CollectionConfig } from 'payload'
import { clientComponent } from '../../src/vocabulary/componentPaths'

/** The review workflow's admin screens, shared by speakers and interviews (see src/admin/). */
export const reviewAdminComponents: NonNullable<CollectionConfig['admin']>['components'] = {
  beforeListTable: [clientComponent('ReviewQueueLinks')],
  edit: {
    beforeDocumentControls: [clientComponent('ReviewActions'), clientComponent('KeepEditLock')],
    PublishButton: clientComponent('PublishForReviewers'),
  },
}
