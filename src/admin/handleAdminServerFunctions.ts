import type { ServerFunctionHandler } from 'payload'

import { handleServerFunctions } from '@payloadcms/next/layouts'

import { guardedServerFunctions } from '../reviews/admin/guardSchedulePublish'

/**
 * What the admin's server action (src/app/(payload)/layout.tsx) calls: Payload's dispatcher, with the
 * scheduled-publication functions replaced by guarded ones (Payload looks a name up in
 * `serverFunctions` before its own).
 */
export const handleAdminServerFunctions: ServerFunctionHandler = (args) =>
  handleServerFunctions({
    ...args,
    serverFunctions: { ...args.serverFunctions, ...guardedServerFunctions },
  })
