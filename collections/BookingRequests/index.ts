import type { CollectionConfig } from 'payload'

import { queueBookingNotifications } from '../../hooks/queueBookingNotifications'
import { recordBookingStatusChange } from '../../hooks/recordBookingStatusChange'
import { recordNoteRemovals } from '../../hooks/recordNoteRemovals'
import { refuseMistypedValues } from '../../hooks/refuseMistypedValues'
import { refuseSuspiciousKeys } from '../../hooks/refuseSuspiciousKeys'
import { stampInternalNotes } from '../../hooks/stampInternalNotes'
import { stampNewBookingRequest } from '../../hooks/stampNewBookingRequest'
import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { createBookingRequest } from '../../src/endpoints/createBookingRequest'
import { collectionSlugs } from '../slugs'
import { requesterFields } from './requesterFields'
import { staffFields } from './staffFields'

type Args = { slaHours: number }

/** Requests from event organisers to book a speaker, and the staff pipeline that handles them. */
export const createBookingRequestsCollection = ({ slaHours }: Args): CollectionConfig => ({
  slug: collectionSlugs.bookingRequests,
  access: {
    create: anyone,
    delete: isAdmin,
    read: isStaff,
    update: isStaff,
  },
  admin: {
    components: { beforeListTable: ['/admin/BookingQueueLinks#BookingQueueLinks'] },
    defaultColumns: [
      'eventName',
      'status',
      'eventDate',
      'organization',
      'speakers',
      'assignee',
      'createdAt',
    ],
    group: 'Bookings',
    listSearchableFields: ['eventName', 'contactName', 'organization', 'email'],
    useAsTitle: 'eventName',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  defaultSort: '-createdAt',
  endpoints: [createBookingRequest],
  fields: [...requesterFields, ...staffFields],
  graphQL: { disableMutations: true },
  hooks: {
    afterChange: [queueBookingNotifications({ slaHours })],
    beforeChange: [
      stampNewBookingRequest,
      recordBookingStatusChange,
      stampInternalNotes,
      recordNoteRemovals,
    ],
    beforeValidate: [refuseSuspiciousKeys, refuseMistypedValues],
  },
  labels: { plural: 'Booking requests', singular: 'Booking request' },
})
