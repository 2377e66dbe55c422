import type { Field, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { instantPicker } from '../../src/dates/instantFormat'
import { localize } from '../../src/i18n/localize'
import { isCurrency } from '../../src/proposals/currencies'
import { MAX_PROPOSAL_ITEMS, proposalStatusOptions } from '../../src/proposals/proposalStatuses'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { clientComponent } from '../../src/vocabulary/componentPaths'
import { dayField } from '../fields/dayField'
import { isTodayOrLater } from '../fields/isTodayOrLater'
import { validateFutureInstant } from '../fields/validateFutureInstant'

/** Written by hooks and the proposal's endpoints only; staff read them. */
const serverOnly = { create: nobody, read: isStaff, update: nobody }
/** Never answered to anyone, staff included: what finds a proposal from its link. */
const secret = { create: nobody, read: nobody, update: nobody }

const validateCurrency: TextFieldSingleValidation = (value, { req }) =>
  isCurrency(value)
    ? true
    : localize(req, {
        en: 'Give an ISO 4217 currency code in capitals, e.g. USD, CNY or EUR.',
        zh: '请填写大写的 ISO 4217 货币代码，如 USD、CNY 或 EUR。',
      })

const validateFee: NumberFieldSingleValidation = (value, { req }) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100_000_000
    ? true
    : localize(req, {
        en: 'Give the fee as an amount of 0 or more.',
        zh: '请填写不小于 0 的费用金额。',
      })

export const proposalFields: Field[] = [
  {
    name: 'bookingRequest',
    type: 'relationship',
    admin: { position: 'sidebar' },
    index: true,
    label: { en: 'Booking request', zh: '预约请求' },
    relationTo: collectionNames.bookingRequests,
    required: true,
  },
  {
    type: 'row',
    fields: [
      dayField({
        name: 'eventDate',
        description: {
          en: 'The booking request’s event date unless you give another.',
          zh: '默认为预约请求中的活动日期。',
        },
        label: { en: 'Event date', zh: '活动日期' },
        required: true,
        rule: isTodayOrLater,
      }),
      dayField({
        name: 'eventEndDate',
        description: {
          en: 'For an event over several days: its last day.',
          zh: '多日活动的最后一天。',
        },
        label: { en: 'Last day', zh: '结束日期' },
        rule: isTodayOrLater,
      }),
    ],
  },
  {
    name: 'items',
    type: 'array',
    fields: [
      {
        name: 'speaker',
        type: 'relationship',
        label: { en: 'Speaker', zh: '演讲嘉宾' },
        relationTo: collectionNames.speakers,
        required: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'feeAmount',
            type: 'number',
            label: { en: 'Fee', zh: '费用' },
            min: 0,
            required: true,
            validate: validateFee,
          },
          {
            name: 'feeCurrency',
            type: 'text',
            admin: { placeholder: 'USD' },
            label: { en: 'Currency (ISO 4217)', zh: '货币（ISO 4217）' },
            maxLength: 3,
            minLength: 3,
            required: true,
            validate: validateCurrency,
          },
        ],
      },
      {
        name: 'note',
        type: 'textarea',
        admin: {
          description: {
            en: 'Shown to the client with this speaker.',
            zh: '将与该演讲嘉宾一起展示给客户。',
          },
        },
        label: { en: 'Note for the client', zh: '给客户的说明' },
        maxLength: 2000,
      },
    ],
    label: { en: 'Speakers offered', zh: '推荐的演讲嘉宾' },
    labels: {
      plural: { en: 'Speakers', zh: '演讲嘉宾' },
      singular: { en: 'Speaker', zh: '演讲嘉宾' },
    },
    maxRows: MAX_PROPOSAL_ITEMS,
    minRows: 1,
    required: true,
  },
  {
    name: 'expiresAt',
    type: 'date',
    admin: {
      date: instantPicker,
      description: {
        en: 'After this the client’s link answers “expired”. Default: 14 days after the proposal is made.',
        zh: '过期后客户的链接将显示“已过期”。默认为创建后 14 天。',
      },
      position: 'sidebar',
    },
    label: { en: 'Link expires', zh: '链接到期时间' },
    required: true,
    validate: validateFutureInstant,
  },
  {
    name: 'internalNote',
    type: 'textarea',
    admin: {
      description: {
        en: 'For staff only; never shown to the client.',
        zh: '仅供工作人员查看，不会向客户显示。',
      },
    },
    label: { en: 'Internal note', zh: '内部备注' },
    maxLength: 5000,
  },
  {
    name: 'actions',
    type: 'ui',
    admin: { components: { Field: clientComponent('ProposalActions') }, position: 'sidebar' },
    label: { en: 'Send or revoke', zh: '发送或撤回' },
  },
  {
    name: 'status',
    type: 'select',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: 'draft',
    index: true,
    label: { en: 'Status', zh: '状态' },
    options: proposalStatusOptions,
  },
  {
    type: 'group',
    name: 'sending',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      {
        name: 'at',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'Sent', zh: '发送时间' },
      },
      {
        name: 'by',
        type: 'relationship',
        label: { en: 'Sent by', zh: '发送人' },
        relationTo: collectionNames.users,
      },
      {
        name: 'revokedAt',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'Revoked', zh: '撤回时间' },
      },
      {
        name: 'revokedBy',
        type: 'relationship',
        label: { en: 'Revoked by', zh: '撤回人' },
        relationTo: collectionNames.users,
      },
    ],
    label: { en: 'Sending', zh: '发送' },
  },
  {
    type: 'group',
    name: 'answer',
    access: serverOnly,
    admin: { readOnly: true },
    fields: [
      {
        name: 'kind',
        type: 'select',
        label: { en: 'Answer', zh: '答复' },
        options: [
          { label: { en: 'Accepted', zh: '已接受' }, value: 'accepted' },
          { label: { en: 'Declined', zh: '已拒绝' }, value: 'declined' },
        ],
      },
      {
        name: 'speaker',
        type: 'relationship',
        label: { en: 'Chosen speaker', zh: '选定的演讲嘉宾' },
        relationTo: collectionNames.speakers,
      },
      { name: 'reason', type: 'textarea', label: { en: 'Reason given', zh: '给出的理由' } },
      {
        name: 'at',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'Answered', zh: '答复时间' },
      },
      {
        name: 'by',
        type: 'text',
        admin: {
          description: {
            en: 'The holder of the link: the booking request’s contact.',
            zh: '链接持有人：预约请求的联系人。',
          },
        },
        label: { en: 'Answered by', zh: '答复人' },
      },
    ],
    label: { en: 'The client’s answer', zh: '客户的答复' },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Made by', zh: '创建人' },
    relationTo: collectionNames.users,
  },
  {
    name: 'tokenNonce',
    type: 'text',
    access: secret,
    admin: { hidden: true },
    label: { en: 'Link nonce', zh: '链接随机数' },
  },
  {
    name: 'tokenHash',
    type: 'text',
    access: secret,
    admin: { hidden: true },
    index: true,
    label: { en: 'Link token hash', zh: '链接令牌哈希' },
  },
]
