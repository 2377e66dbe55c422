import type { Field } from 'payload'

import { isContentTeam } from '../../src/access/isContentTeam'
import { nobody } from '../../src/access/nobody'
import { reviewStateOptions } from '../../src/reviews/states'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { clientComponent } from '../../src/vocabulary/componentPaths'

/**
 * The review workflow beside Payload's `_status`: `reviewState` (moved through the allowed
 * transitions only, see enforceReviewWorkflow), the latest note, who submitted the version, and the
 * history of review events. Internal: only the content team reads them.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    access: { read: isContentTeam },
    admin: {
      description: {
        en: 'Moved with the review buttons above (the server checks every move).',
        zh: '通过上方的审核按钮变更（服务器会检查每一步）。',
      },
      position: 'sidebar',
      readOnly: true,
    },
    defaultValue: 'draft',
    // A copy starts its own review: it never inherits the original's approval.
    hooks: { beforeDuplicate: [() => 'draft'] },
    index: true,
    label: { en: 'Review state', zh: '审核状态' },
    options: reviewStateOptions,
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    access: { read: isContentTeam },
    admin: {
      description: {
        en: 'The note of the latest review step; required when requesting changes.',
        zh: '最近一次审核步骤的备注；退回修改时必填。',
      },
      position: 'sidebar',
    },
    hooks: { beforeDuplicate: [() => null] },
    label: { en: 'Review note', zh: '审核备注' },
    maxLength: 2000,
  },
  {
    name: 'reviewSubmittedBy',
    type: 'relationship',
    access: { create: nobody, read: isContentTeam, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeDuplicate: [() => null] },
    label: { en: 'Submitted for review by', zh: '提交审核者' },
    relationTo: collectionNames.users,
  },
  {
    // Four eyes: whoever last changed the words may not approve them (decideReviewTransition).
    name: 'contentEditedBy',
    type: 'relationship',
    access: { create: nobody, read: isContentTeam, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeDuplicate: [() => null] },
    label: { en: 'Last edited by', zh: '最后编辑者' },
    relationTo: collectionNames.users,
  },
  {
    name: 'reviewHistory',
    type: 'join',
    access: { read: isContentTeam },
    admin: {
      // Events are written by the workflow only: Payload's "Add new" drawer could create nothing.
      allowCreate: false,
      components: { Field: clientComponent('ReviewHistoryField') },
      // Kind says where the document went; From and To stay in the Columns menu.
      defaultColumns: ['createdAt', 'kind', 'by', 'note'],
    },
    collection: collectionNames.reviewEvents,
    defaultSort: '-createdAt',
    label: { en: 'Review history', zh: '审核历史' },
    on: 'document',
  },
]
