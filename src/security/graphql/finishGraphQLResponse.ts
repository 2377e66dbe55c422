import { stripSuggestions } from './stripSuggestions'

type Answer = { data?: unknown; errors?: { message?: unknown }[] }

/**
 * Payload's GraphQL answer as the client gets it. graphql-http answers a query that does not parse
 * or validate (our limits included) with HTTP 200 when the client accepts `application/json` (every
 * client that does not ask for `application/graphql-response+json`), so a refused query looked like
 * a success to caches, logs and monitors: such an answer, `errors` without `data`, becomes 400 (what
 * the GraphQL-over-HTTP spec gives the newer media type). With `shouldHideSuggestions`, "Did you
 * mean …?" leaves every message. Answers without errors pass through untouched.
 */
export const finishGraphQLResponse = async (
  response: Response,
  { shouldHideSuggestions }: { shouldHideSuggestions: boolean },
): Promise<Response> => {
  if (response.status !== 200 || !/json/i.test(response.headers.get('content-type') ?? ''))
    return response
  const text = await response.text()
  const headers = new Headers(response.headers)
  // graphql-http writes `errors` first whenever there are any.
  if (!text.startsWith('{"errors"')) return new Response(text, { headers, status: 200 })
  const answer = JSON.parse(text) as Answer
  const isRequestError = !('data' in answer)
  if (shouldHideSuggestions)
    for (const error of answer.errors ?? [])
      if (typeof error.message === 'string') error.message = stripSuggestions(error.message)
  headers.delete('content-length')
  return new Response(JSON.stringify(answer), { headers, status: isRequestError ? 400 : 200 })
}
