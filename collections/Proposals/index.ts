import type { CollectionConfig } from 'payload'

import { checkProposalDates } from '../../hooks/proposals/checkProposalDates'
import { checkProposalItems } from '../../hooks/proposals/checkProposalItems'
import { checkProposalRequest } from '../../hooks/proposals/checkProposalRequest'
import { fillProposalDefaults } from '../../hooks/proposals/fillProposalDefaults'
import { freezeSentProposal } from '../../hooks/proposals/freezeSentProposal'
import { refuseMistypedValues, refuseNullGroups } from '../../hooks/refuseMistypedValues'
import { refuseSuspiciousKeys } from '../../hooks/refuseSuspiciousKeys'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { proposalCollectionDocs } from '../../src/proposals/proposalDocs'
import { revokeProposalEndpoint, sendProposalEndpoint } from '../../src/proposals/staffEndpoints'
import {
  answerProposalEndpoints,
  proposalByTokenEndpoint,
} from '../../src/proposals/tokenEndpoints'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { proposalFields } from './fields'

type Args = { expiryDays: number }

/**
 * A bureau's answer to a booking request: a few published speakers with their fee quotes, sent to
 * the requester as a link (src/proposals) that they accept or decline once. Staff and admins make
 * and send them; the link's holder reads only what the link shows.
 */
export const createProposalsCollection = ({ expiryDays }: Args): CollectionConfig => ({
  slug: collectionNames.proposals,
  access: { create: isStaff, delete: isAdmin, read: isStaff, update: isStaff },
  admin: {
    defaultColumns: ['bookingRequest', 'status', 'eventDate', 'expiresAt', 'createdAt'],
    group: adminGroups.bookings,
  },
  custom: { openapi: proposalCollectionDocs },
  defaultSort: '-createdAt',
  endpoints: [
    proposalByTokenEndpoint,
    ...answerProposalEndpoints,
    sendProposalEndpoint,
    revokeProposalEndpoint,
  ],
  fields: proposalFields,
  graphQL: { disableMutations: true },
  hooks: {
    beforeChange: [
      checkProposalRequest,
      checkProposalDates,
      checkProposalItems,
      freezeSentProposal,
    ],
    beforeOperation: [refuseNullGroups],
    beforeValidate: [
      refuseSuspiciousKeys,
      refuseMistypedValues,
      fillProposalDefaults({ expiryDays }),
    ],
  },
  labels: {
    plural: { en: 'Proposals', zh: '推荐方案' },
    singular: { en: 'Proposal', zh: '推荐方案' },
  },
})
