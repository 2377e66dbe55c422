import { contextSlot } from '../utilities/contextSlot'

/** The reference a new booking request was given, for the endpoint to answer with it. */
export const bookingReferenceSlot = contextSlot<string>('bookingReference')
