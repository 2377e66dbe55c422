import type { Bilingual } from '../i18n/localize'
import { type BodyLimits, isMultipart } from './bodyLimits'
import { isNestedDeeperThan, looksLikeJson } from './jsonNesting'

export type BodyProblem = { message: Bilingual; status: 400 | 413 }

const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en')} KB`

export const tooLarge = (cap: number): BodyProblem => ({
  message: {
    en: `The request body is larger than ${kb(cap)}.`,
    zh: `请求内容超过 ${kb(cap)}。`,
  },
  status: 413,
})

const tooDeep = (where: string, maxDepth: number): BodyProblem => ({
  message: {
    en: `${where} nests lists or objects more than ${maxDepth} levels deep.`,
    zh: `${where}的列表或对象嵌套超过 ${maxDepth} 层。`,
  },
  status: 400,
})

const notJson = (where: string): BodyProblem => ({
  message: { en: `${where} is not valid JSON.`, zh: `${where}不是有效的 JSON。` },
  status: 400,
})

/** JSON text Payload will parse: too deep, or (`mustParse`) not JSON at all. */
const jsonProblem = (
  text: string,
  where: string,
  maxDepth: number,
  mustParse: boolean,
): BodyProblem | undefined => {
  if (isNestedDeeperThan(text, maxDepth)) return tooDeep(where, maxDepth)
  if (!mustParse) return undefined
  try {
    JSON.parse(text)
    return undefined
  } catch {
    return notJson(where)
  }
}

/**
 * What is wrong with a request's query string before Payload reads it: `where` and `data` given as
 * one string are JSON.parse'd by Payload's parseParams without a catch (`?where=abc` answered 500),
 * and then walked recursively.
 */
export const checkQueryJson = (url: URL, limits: BodyLimits): BodyProblem | undefined => {
  for (const name of ['where', 'data']) {
    const text = url.searchParams.get(name)
    if (text === null) continue
    const problem = jsonProblem(text, `?${name}=`, limits.maxJsonDepth, true)
    if (problem) return problem
  }
  return undefined
}

/**
 * What is wrong with a body already read within its cap: JSON nested too deep (before anything
 * parses it recursively), and a multipart upload's `_payload` field too deep or not JSON (Payload
 * parses it without a catch: a 500).
 */
export const checkBodyText = async ({
  bytes,
  contentType,
  limits,
  request,
}: {
  bytes: Uint8Array<ArrayBuffer>
  contentType: null | string
  limits: BodyLimits
  /** The request the body came with, to read a multipart body's fields. */
  request: Request
}): Promise<BodyProblem | undefined> => {
  if (!isMultipart(contentType)) {
    const text = new TextDecoder().decode(bytes)
    return looksLikeJson(text)
      ? jsonProblem(text, 'The body', limits.maxJsonDepth, false)
      : undefined
  }
  let form: FormData
  try {
    form = await new Request(request.url, {
      body: bytes,
      headers: { 'content-type': contentType ?? '' },
      method: 'POST',
    }).formData()
  } catch {
    return undefined // Payload's own multipart parser answers malformed bodies.
  }
  const fields = form.get('_payload')
  return typeof fields === 'string'
    ? jsonProblem(fields, 'The _payload field', limits.maxJsonDepth, true)
    : undefined
}
