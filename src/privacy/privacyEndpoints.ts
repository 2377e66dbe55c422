import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { checkEmailAddress } from '../../collections/fields/checkEmailAddress'
import { requireRole } from '../access/requireStaff'
import { refuse } from '../utilities/fieldError'
import { erasePersonalData } from './erasePersonalData'
import { findPersonalData } from './findPersonalData'
import { eraseDocs, exportDocs } from './privacyDocs'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** The address in the body, after the caller was found to be an admin (401/403 otherwise). */
const addressOf = async (req: PayloadRequest): Promise<string> => {
  requireRole(req, ['admin'], {
    en: 'Only admins export or erase personal data.',
    zh: '只有管理员可以导出或删除个人数据。',
  })
  await addDataAndFileToRequest(req)
  const given = (req.data as { email?: unknown } | undefined)?.email
  const email = typeof given === 'string' ? given.trim() : ''
  // The booking form's own check: an address it took is one these endpoints take.
  const checked = checkEmailAddress(email)
  if (checked !== true) throw refuse(req, 400, checked, 'email')
  return email
}

/** `POST /api/privacy/export` `{ email }`: everything held about the address, as JSON. */
export const exportPersonalDataEndpoint: Endpoint = {
  custom: { openapi: exportDocs },
  handler: async (req) => {
    const email = await addressOf(req)
    const data = await findPersonalData(req, email)
    const body = { data, email, exportedAt: new Date().toISOString() }
    return Response.json(body, { headers: NO_STORE })
  },
  method: 'post',
  path: '/privacy/export',
}

/** `POST /api/privacy/erase` `{ email }`: anonymises it all; answers the tombstone. */
export const erasePersonalDataEndpoint: Endpoint = {
  custom: { openapi: eraseDocs },
  handler: async (req) => {
    const email = await addressOf(req)
    const erasure = await erasePersonalData(req, email)
    return Response.json({ erasure }, { headers: NO_STORE })
  },
  method: 'post',
  path: '/privacy/erase',
}
