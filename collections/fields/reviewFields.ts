import type { Field } from 'payload'

import { isContentTeamField } from '../../src/access/isContentTeamField'
import { reviewStateOptions } from '../../src/workflow/states'
import { collectionSlugs } from '../slugs'
import { nobody } from '../../src/access/nobody'

/**
 * The review workflow beside Payload's `_status`: `reviewState` (moved through the allowed
 * transitions only, see enforceReviewWorkflow), the latest note, who submitted the version, and the
 * history of review events. Internal: only the content team reads them.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    access: { read: isContentTeamField },
    admin: {
      description: 'Moved with the review buttons above (the server checks every move).',
      position: 'sidebar',
      readOnly: true,
    },
    defaultValue: 'draft',
    // A copy starts its own review: it never inherits the original's approval.
    hooks: { beforeDuplicate: [() => 'draft'] },
    index: true,
    options: reviewStateOptions,
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    access: { read: isContentTeamField },
    admin: {
      description: 'The note of the latest review step; required when requesting changes.',
      position: 'sidebar',
    },
    hooks: { beforeDuplicate: [() => null] },
    maxLength: 2000,
  },
  {
    name: 'reviewSubmittedBy',
    type: 'relationship',
    access: { create: nobody, read: isContentTeamField, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeDuplicate: [() => null] },
    relationTo: collectionSlugs.users,
  },
  {
    // Four eyes: whoever last changed the words may not approve them (decideReviewTransition).
    name: 'contentEditedBy',
    type: 'relationship',
    access: { create: nobody, read: isContentTeamField, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeDuplicate: [() => null] },
    label: { en: 'Last edited by', zh: '最后编辑者' },
    relationTo: collectionSlugs.users,
  },
  {
    name: 'reviewHistory',
    type: 'join',
    access: { read: isContentTeamField },
    admin: { defaultColumns: ['kind', 'from', 'to', 'by', 'note', 'createdAt'] },
    collection: collectionSlugs.reviewEvents,
    defaultSort: '-createdAt',
    on: 'document',
  },
]
