import type { CheckboxFieldValidation, Field } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { isUnchangedOnUpdate } from '../../src/dates/isUnchangedOnUpdate'
import { instantPicker } from '../../src/dates/instantFormat'
import { localize } from '../../src/i18n/localize'
import { consentMessages } from '../../src/privacy/consent/consentMessages'
import { isHomeCountry } from '../../src/privacy/consent/isHomeCountry'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/** Given with the request, never changed afterwards (stampConsent keeps what was stored). */
const givenOnce = { read: isStaff, update: nobody }

/** `consent` must be `true` (GDPR Art. 6(1)(a), PIPL Art. 13–14). */
const validateConsent: CheckboxFieldValidation = (value, args) =>
  value === true || isUnchangedOnUpdate({ ...args, value })
    ? true
    : localize(args.req, consentMessages.consentRequired)

/**
 * `consentTransfer` must be `true` when a chosen speaker is based abroad (their "Travels from"
 * country is set and not one of `homeCountryNames`): PIPL Art. 39 asks separate consent before
 * personal data leaves the country.
 */
const validateTransfer =
  (homeCountryNames: string[]): CheckboxFieldValidation =>
  async (value, args) => {
    if (value === true || args.operation === 'update') return true
    const ids = ((args.siblingData as { speakers?: unknown }).speakers ?? []) as unknown[]
    const wanted = ids
      .map((id) => (id && typeof id === 'object' ? (id as { id?: unknown }).id : id))
      .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
    if (wanted.length === 0) return true
    const { docs } = await args.req.payload.find({
      collection: collectionNames.speakers,
      depth: 0,
      limit: wanted.length,
      pagination: false,
      req: args.req,
      select: { travelsFrom: true },
      // Published speakers only: a draft's country is nobody's business (the speakers field
      // refuses its id as it refuses an unknown one).
      where: { and: [{ id: { in: wanted } }, { _status: { equals: 'published' } }] },
    })
    const abroad = [
      ...new Set(
        docs
          .map((speaker) => speaker.travelsFrom?.country?.trim() ?? '')
          .filter((country) => !isHomeCountry(country, homeCountryNames)),
      ),
    ]
    return abroad.length === 0 ? true : localize(args.req, consentMessages.transferRequired(abroad))
  }

/**
 * The requester's consent, as the form gives it: to the processing (required) and, where a chosen
 * speaker is abroad, to the transfer; and, stamped by the server (stampConsent), when it was given
 * and to which version of the privacy policy. Staff read them; nobody changes them.
 */
export const consentFields = ({ homeCountryNames }: { homeCountryNames: string[] }): Field[] => [
  {
    name: 'consent',
    type: 'checkbox',
    access: givenOnce,
    admin: { position: 'sidebar' },
    custom: {
      openapi: {
        const: true,
        description:
          'The requester agrees that the bureau processes their data under its privacy policy: must be true. The server records when, and which version of the policy.',
      },
    },
    label: {
      en: 'Agrees to the processing of their data (privacy policy)',
      zh: '同意依照隐私政策处理其数据',
    },
    required: true,
    validate: validateConsent,
  },
  {
    name: 'consentTransfer',
    type: 'checkbox',
    access: givenOnce,
    admin: {
      description: {
        en: 'Required when a chosen speaker is based abroad. Without it, share the request with speakers in our country only.',
        zh: '所选演讲嘉宾位于境外时必填。未同意时，只能将该请求提供给境内嘉宾。',
      },
      position: 'sidebar',
    },
    custom: {
      openapi: {
        description:
          'The requester agrees that their request is shared with speakers based abroad: required (true) when a chosen speaker\'s "Travels from" country is outside the bureau\'s country (PIPL Art. 39).',
      },
    },
    defaultValue: false,
    label: {
      en: 'Agrees to their data going to speakers abroad',
      zh: '同意将其数据提供给境外演讲嘉宾',
    },
    validate: validateTransfer(homeCountryNames),
  },
  {
    name: 'consentRecord',
    type: 'group',
    access: { create: nobody, read: isStaff, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      {
        name: 'givenAt',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'Given', zh: '同意时间' },
      },
      {
        name: 'policyVersion',
        type: 'text',
        label: { en: 'Privacy policy version', zh: '隐私政策版本' },
      },
    ],
    label: { en: 'Consent', zh: '同意记录' },
  },
]
