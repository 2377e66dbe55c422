/**
 * The header the Express server sets from the socket (or trusted proxy): never the client's own.
 * Read by the limits (bookings, sign-in) and stored, hashed, with a booking request.
 */
export const CLIENT_IP_HEADER = 'x-bureau-client-ip'
