import type { CollectionConfig } from 'payload'

import { limitBookingsPerIp } from '../../hooks/bookings/limitBookingsPerIp'
import { queueBookingNotifications } from '../../hooks/bookings/queueBookingNotifications'
import { recordBookingStatusChange } from '../../hooks/bookings/recordBookingStatusChange'
import { recordNoteRemovals } from '../../hooks/bookings/recordNoteRemovals'
import { refuseLooseConsent } from '../../hooks/bookings/refuseLooseConsent'
import { stampConsent } from '../../hooks/bookings/stampConsent'
import { stampInternalNotes } from '../../hooks/bookings/stampInternalNotes'
import { stampNewBookingRequest } from '../../hooks/bookings/stampNewBookingRequest'
import { windDownClosedRequest } from '../../hooks/bookings/windDownClosedRequest'
import { refuseMistypedValues, refuseNullGroups } from '../../hooks/refuseMistypedValues'
import { refuseSuspiciousKeys } from '../../hooks/refuseSuspiciousKeys'
import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import type { BookingLimits } from '../../src/bookings/bookingLimits'
import { createBookingRequestEndpoint } from '../../src/bookings/createBookingRequest'
import { lockRowForDelete } from '../../hooks/lockRowForDelete'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { clientComponent } from '../../src/vocabulary/componentPaths'
import { adminGroups } from '../adminGroups'
import { consentFields } from './consentFields'
import { privacyFields } from './privacyFields'
import { requesterFields } from './requesterFields'
import { staffFields } from './staffFields'
import { deleteDependentRecords } from '../../hooks/deleteDependentRecords'

type Args = {
  limits: BookingLimits
  privacy: { homeCountryNames: string[]; policyVersion: string }
  slaHours: number
}

/** Requests from event organisers to book a speaker, and the staff pipeline that handles them. */
export const createBookingRequestsCollection = ({
  limits,
  privacy,
  slaHours,
}: Args): CollectionConfig => ({
  slug: collectionNames.bookingRequests,
  access: {
    create: anyone,
    delete: isAdmin,
    read: isStaff,
    update: isStaff,
  },
  admin: {
    components: { beforeListTable: [clientComponent('BookingQueueLinks')] },
    defaultColumns: [
      'eventName',
      'reference',
      'status',
      'eventDate',
      'organization',
      'speakers',
      'assignee',
      'createdAt',
    ],
    group: adminGroups.bookings,
    listSearchableFields: ['reference', 'eventName', 'contactName', 'organization', 'email'],
    useAsTitle: 'eventName',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  defaultSort: '-createdAt',
  endpoints: [createBookingRequestEndpoint(limits)],
  fields: [...requesterFields, ...consentFields(privacy), ...staffFields, ...privacyFields],
  graphQL: { disableMutations: true },
  hooks: {
    afterChange: [
      queueBookingNotifications({ acknowledgements: limits.acknowledgements, slaHours }),
      windDownClosedRequest,
    ],
    beforeChange: [
      stampNewBookingRequest,
      stampConsent(privacy.policyVersion),
      recordBookingStatusChange,
      stampInternalNotes,
      recordNoteRemovals,
    ],
    // Its proposals, holds and notifications' records go with it (they require a request); the
    // row is locked first, so a job cannot add a record about it meanwhile.
    beforeDelete: [
      lockRowForDelete(collectionNames.bookingRequests),
      deleteDependentRecords(collectionNames.proposals, 'bookingRequest'),
      deleteDependentRecords(collectionNames.holds, 'bookingRequest'),
      deleteDependentRecords(collectionNames.bookingNotifications, 'request'),
    ],
    // Any path that creates a request for a client counts against the per-IP limit; its consents
    // are judged as sent, before Payload reads the text "true" as the boolean.
    beforeOperation: [limitBookingsPerIp(limits.perIp), refuseLooseConsent, refuseNullGroups],
    beforeValidate: [refuseSuspiciousKeys, refuseMistypedValues],
  },
  labels: {
    plural: { en: 'Booking requests', zh: '预约请求' },
    singular: { en: 'Booking request', zh: '预约请求' },
  },
})
