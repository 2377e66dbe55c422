import type { CollectionConfig } from 'payload'

import { checkHoldMove } from '../../hooks/holds/checkHoldMove'
import { checkHoldTerms } from '../../hooks/holds/checkHoldTerms'
import { queueHoldJobs } from '../../hooks/holds/queueHoldJobs'
import { releaseEngagementClaims } from '../../hooks/holds/releaseEngagementClaims'
import { rankCreatedHold } from '../../hooks/holds/rankCreatedHold'
import { rankNewHold } from '../../hooks/holds/rankNewHold'
import { rerankAfterDelete } from '../../hooks/holds/rerankAfterDelete'
import { rerankAfterLeaving } from '../../hooks/holds/rerankAfterLeaving'
import { settleConfirmedHold } from '../../hooks/holds/settleConfirmedHold'
import { deleteDependentRecords } from '../../hooks/deleteDependentRecords'
import { refuseMistypedValues } from '../../hooks/refuseMistypedValues'
import { refuseSuspiciousKeys } from '../../hooks/refuseSuspiciousKeys'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { holdCollectionDocs } from '../../src/holds/holdDocs'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { holdFields } from './fields'

/**
 * A speaker's days held for a booking request, ranked per day (eSpeakers' "first hold, second
 * hold"): confirmed or released by staff, expired by the queue. Staff and admins only.
 */
export const Holds: CollectionConfig = {
  slug: collectionNames.holds,
  access: { create: isStaff, delete: isAdmin, read: isStaff, update: isStaff },
  admin: {
    defaultColumns: [
      'speaker',
      'startDate',
      'endDate',
      'rank',
      'status',
      'bookingRequest',
      'expiresAt',
    ],
    group: adminGroups.bookings,
  },
  custom: { openapi: holdCollectionDocs },
  defaultSort: 'startDate',
  // Records of who held what: a copy would queue a second hold behind the first.
  disableDuplicate: true,
  fields: holdFields,
  graphQL: { disableMutations: true },
  hooks: {
    afterChange: [
      rankCreatedHold,
      queueHoldJobs,
      settleConfirmedHold,
      releaseEngagementClaims,
      rerankAfterLeaving,
    ],
    afterDelete: [rerankAfterDelete],
    // Its engagement claims go with it (they require a hold).
    beforeDelete: [deleteDependentRecords(collectionNames.engagementClaims, 'hold')],
    beforeChange: [checkHoldTerms, checkHoldMove, rankNewHold],
    beforeValidate: [refuseSuspiciousKeys, refuseMistypedValues],
  },
  labels: {
    plural: { en: 'Date holds', zh: '档期' },
    singular: { en: 'Date hold', zh: '档期' },
  },
}
