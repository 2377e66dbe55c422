import type { Payload } from 'payload'

import crypto from 'node:crypto'

import { portraitFor } from '../../seed/portrait'
import { toSlug } from '../../src/slugs/toSlug'

type Id = number | string

/** A PNG portrait, different for every name (seed/portrait.ts). */
export const portraitFile = async (name: string) => {
  const data = await portraitFor(name)
  const filename = `${toSlug(name)}-${crypto.randomBytes(3).toString('hex')}.png`
  return { data, filename }
}

/** Uploads a portrait as the system (Local API, no user): the media document, with its files. */
export const createPortrait = async (
  payload: Payload,
  name: string,
  alt = `Portrait of ${name}`,
) => {
  const { data, filename } = await portraitFile(name)
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
  })
}

/** A multipart body as the admin sends an upload: the file, and the other fields as `_payload`. */
export const uploadForm = async (name: string, fields: Record<string, unknown> = {}) => {
  const { data, filename } = await portraitFile(name)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/** Every file name of a media document: the original and each image size. */
export const fileNamesOf = (doc: {
  filename?: null | string
  sizes?: Record<string, { filename?: null | string } | undefined> | null
}): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
    (name): name is string => Boolean(name),
  )

/** A Lexical upload node showing a media document inside rich text. */
export const uploadNode = (id: Id) => ({
  type: 'upload',
  fields: null,
  format: '',
  relationTo: 'media',
  value: id,
  version: 3,
})
