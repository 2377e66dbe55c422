/**
 * Calls a frontend must not be able to compile: each `@ts-expect-error` sits on the line the type
 * checker has to refuse (`npm run openapi:client` type-checks this folder; a line that compiled
 * would leave its directive unused, which fails the check too).
 */
import type { BureauApi } from './bureauApi'

export const wrongCalls = (api: BureauApi) => [
  // A misspelled parameter.
  // @ts-expect-error `limt` is not a parameter
  api.GET('/api/speakers', { params: { query: { limt: 5 } } }),
  // A misspelled operator in `where`.
  // @ts-expect-error `equal` is not an operator
  api.GET('/api/speakers', { params: { query: { where: { name: { equal: 'Kaiser Kuo' } } } } }),
  // A field the public cannot filter on (the content team's).
  // @ts-expect-error `reviewState` is not filterable
  api.GET('/api/speakers', { params: { query: { where: { reviewState: { equals: 'draft' } } } } }),
  // A sort on a field that does not exist.
  // @ts-expect-error `-popularity` is not a sort option
  api.GET('/api/interviews', { params: { query: { sort: '-popularity' } } }),
  // A string id on an adapter whose ids are numbers.
  // @ts-expect-error ids are numbers here
  api.GET('/api/speakers/{id}', { params: { path: { id: 'kaiser-kuo' } } }),
  // A booking request without its required event name.
  api.POST('/api/booking-requests', {
    // @ts-expect-error `eventName` is required
    body: {
      consent: true,
      contactName: 'Ada',
      email: 'ada@example.com',
      eventDate: '2030-05-20',
      format: 'virtual',
    },
  }),
  // An in-person event without a place.
  api.POST('/api/booking-requests', {
    // @ts-expect-error `eventLocation` is required unless the event is virtual
    body: {
      consent: true,
      contactName: 'Ada',
      email: 'ada@example.com',
      eventDate: '2030-05-20',
      eventName: 'Summit',
    },
  }),
  // A format that does not exist.
  api.POST('/api/booking-requests', {
    body: {
      consent: true,
      contactName: 'Ada',
      email: 'ada@example.com',
      eventDate: '2030-05-20',
      eventLocation: 'Shanghai',
      eventName: 'Summit',
      // @ts-expect-error `conference` is not a format
      format: 'conference',
    },
  }),
  // One speaker where a list of ids goes.
  api.POST('/api/booking-requests', {
    body: {
      consent: true,
      contactName: 'Ada',
      email: 'ada@example.com',
      eventDate: '2030-05-20',
      eventName: 'Summit',
      format: 'virtual',
      // @ts-expect-error `speakers` takes a list of ids
      speakers: 12,
    },
  }),
  // A team-only field on the public form.
  api.POST('/api/booking-requests', {
    body: {
      consent: true,
      contactName: 'Ada',
      email: 'ada@example.com',
      eventDate: '2030-05-20',
      eventName: 'Summit',
      format: 'virtual',
      // @ts-expect-error `status` is staff's
      status: 'confirmed',
    },
  }),
  // A request without a body.
  // @ts-expect-error the body is required
  api.POST('/api/booking-requests', {}),
  // A field the public answer does not have.
  api.GET('/api/speakers/{id}', { params: { path: { id: 1 } } }).then(
    ({ data }) =>
      // @ts-expect-error `reviewNote` is not in the public answer
      data?.reviewNote,
  ),
]
