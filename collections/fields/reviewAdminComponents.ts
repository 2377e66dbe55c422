import type { CollectionConfig } from 'payload'

/** The review workflow's admin screens, shared by speakers and interviews (see src/admin/). */
export const reviewAdminComponents: NonNullable<CollectionConfig['admin']>['components'] = {
  beforeListTable: ['/admin/ReviewQueueLinks#ReviewQueueLinks'],
  edit: {
    beforeDocumentControls: [
      '/admin/ReviewActions#ReviewActions',
      '/admin/review/KeepEditLock#KeepEditLock',
    ],
    PublishButton: '/admin/PublishForReviewers#PublishForReviewers',
  },
}
