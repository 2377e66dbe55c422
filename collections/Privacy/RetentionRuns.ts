import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { instantPicker } from '../../src/dates/instantFormat'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'

/**
 * One row per day the retention job ran (src/privacy/retention/retentionTask.ts). `day` is unique:
 * of several app instances whose queues start the day's run, the one whose row went in runs it,
 * the others find the row and stop. Admins read them; nobody edits them.
 */
export const RetentionRuns: CollectionConfig = {
  slug: collectionNames.retentionRuns,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: {
    defaultColumns: ['day', 'anonymised', 'startedAt', 'finishedAt'],
    group: adminGroups.system,
    useAsTitle: 'day',
  },
  disableDuplicate: true,
  defaultSort: '-day',
  fields: [
    {
      name: 'day',
      type: 'text',
      label: { en: 'Day (UTC)', zh: '日期（UTC）' },
      required: true,
      unique: true,
    },
    // The job that holds the day: its retries may go on with it.
    { name: 'job', type: 'text', admin: { hidden: true }, label: { en: 'Job', zh: '任务' } },
    {
      name: 'startedAt',
      type: 'date',
      admin: { date: instantPicker },
      label: { en: 'Started', zh: '开始时间' },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: { date: instantPicker },
      label: { en: 'Finished', zh: '完成时间' },
    },
    {
      name: 'anonymised',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Requests anonymised', zh: '已匿名化的请求' },
    },
  ],
  graphQL: false,
  labels: {
    plural: { en: 'Retention runs', zh: '保留期清理记录' },
    singular: { en: 'Retention run', zh: '保留期清理记录' },
  },
  lockDocuments: false,
}
