import type { RequestHandler } from 'express'

import { CLIENT_IP_HEADER } from '../vocabulary/clientIpHeader'

/** Passes Express's idea of the client IP to Payload, replacing whatever the client sent as that header. */
export const tagClientIp: RequestHandler = (req, _res, next) => {
  req.headers[CLIENT_IP_HEADER] = req.ip ?? ''
  next()
}
