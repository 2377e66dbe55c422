import type { Field } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { instantPicker } from '../../src/dates/instantFormat'
import { anonymisationReasons } from '../../src/privacy/anonymiseBookingRequest'

/** Written when the request's personal data is replaced (src/privacy/anonymiseBookingRequest.ts). */
export const privacyFields: Field[] = [
  {
    name: 'anonymised',
    type: 'group',
    access: { create: nobody, read: isStaff, update: nobody },
    admin: {
      condition: (data) => Boolean(data?.anonymised?.at),
      description: {
        en: 'The requester’s personal data was replaced; dates, status and counts were kept.',
        zh: '申请人的个人数据已被替换；日期、状态和数量已保留。',
      },
      position: 'sidebar',
      readOnly: true,
    },
    fields: [
      {
        name: 'at',
        type: 'date',
        admin: { date: instantPicker },
        index: true,
        label: { en: 'When', zh: '时间' },
      },
      {
        name: 'reason',
        type: 'select',
        label: { en: 'Why', zh: '原因' },
        options: [
          {
            label: { en: 'Retention period over', zh: '保留期已满' },
            value: anonymisationReasons[0],
          },
          { label: { en: 'Erased on request', zh: '应请求删除' }, value: anonymisationReasons[1] },
        ],
      },
    ],
    label: { en: 'Anonymised', zh: '已匿名化' },
  },
]
