import type { CollectionConfig, Field } from 'payload'

import { mergeHooks } from '../utilities/mergeHooks'

const namesOf = (fields: Field[]): Set<string> =>
  new Set(fields.flatMap((field) => ('name' in field && field.name ? [field.name] : [])))

/**
 * The host's auth collection with what the bureau needs of its people: our fields it lacks (`name`,
 * `roles`, the current-password check), our sign-in and password hooks (before its own, so a guard
 * refuses before the host's code runs), and our access and auth settings wherever the host set none.
 * A `roles` field of the host's would decide who is staff or an editor: refused, not merged.
 */
export const addBureauAuth = (host: CollectionConfig, ours: CollectionConfig): CollectionConfig => {
  if (!host.auth) {
    throw new Error(
      `speakersBureauPlugin: auth.collection "${host.slug}" is not an auth collection (it needs \`auth\`).`,
    )
  }
  const hostFields = namesOf(host.fields)
  if (hostFields.has('roles')) {
    throw new Error(
      `speakersBureauPlugin: auth.collection "${host.slug}" already has a "roles" field; the plugin adds its own (admin, editor, reviewer, staff). Remove or rename yours.`,
    )
  }
  return {
    ...host,
    access: { ...ours.access, ...host.access },
    admin: { ...ours.admin, ...host.admin, useAsTitle: host.admin?.useAsTitle ?? 'name' },
    auth: {
      ...(typeof ours.auth === 'object' ? ours.auth : {}),
      ...(typeof host.auth === 'object' ? host.auth : {}),
    },
    fields: [
      ...host.fields,
      ...ours.fields.filter((field) => !('name' in field && hostFields.has(field.name))),
    ],
    hooks: mergeHooks(ours.hooks, host.hooks),
  }
}
