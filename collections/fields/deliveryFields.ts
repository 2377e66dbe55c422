import type { Field } from 'payload'

import { instantPicker } from '../../src/dates/instantFormat'
import { clientComponent } from '../../src/vocabulary/componentPaths'

/**
 * The fields of a delivery record (src/jobs/deliverOnce.ts): what makes a notification go out once
 * however often its job runs, and shows people what went out. `key` names the delivery (unique).
 */
export const deliveryFields: Field[] = [
  {
    name: 'key',
    type: 'text',
    admin: { hidden: true },
    index: true,
    required: true,
    unique: true,
  },
  {
    name: 'deliveredAt',
    type: 'date',
    admin: { date: instantPicker },
    label: { en: 'Delivered', zh: '送达时间' },
  },
  {
    name: 'attempts',
    type: 'number',
    defaultValue: 0,
    label: { en: 'Attempts', zh: '尝试次数' },
  },
  {
    name: 'lastError',
    type: 'text',
    admin: { components: { Cell: clientComponent('OptionalTextCell') } },
    label: { en: 'Last error', zh: '最近的错误' },
  },
]
