import type { CollectionConfig } from 'payload'

/** The review workflow's admin screens, shared by speakers and interviews (see src/admin/). */
export const reviewAdminComponents: NonNullable<CollectionConfig['admin']>['components'] = {
  beforeListTable: ['/reviews/admin/ReviewQueueLinks#ReviewQueueLinks'],
  edit: {
    beforeDocumentControls: [
      '/reviews/admin/ReviewActions#ReviewActions',
      '/reviews/admin/KeepEditLock#KeepEditLock',
    ],
    PublishButton: '/reviews/admin/PublishForReviewers#PublishForReviewers',
  },
}
