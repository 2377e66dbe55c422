import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

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
  const email = (req.data as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string' || !email.trim()) {
    throw refuse(req, 400, { en: 'Give the e-mail address.', zh: '请填写电子邮件地址。' }, 'email')
  }
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
    throw refuse(
      req,
      400,
      { en: 'This is not a valid email address.', zh: '电子邮件地址无效。' },
      'email',
    )
  }
  return email.trim()
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
