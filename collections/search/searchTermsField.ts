import type { TextField } from 'payload'

import { isContentTeam } from '../../src/access/isContentTeam'

/**
 * The document's name or title (and a speaker's job title and organisation) in Latin letters, as
 * search matches them (`zhou jielun zhoujielun jie lun …`), for the admin's list search box
 * (`listSearchableFields`). Written by fillSearchTerms on every version, drafts included; the
 * content team only (the public searches through `/search`).
 */
export const searchTermsField: TextField = {
  name: 'searchTerms',
  type: 'text',
  access: { create: () => false, read: isContentTeam, update: () => false },
  admin: { disableListColumn: true, disableListFilter: true, hidden: true },
  // Shown in the list's search placeholder: "Search by Name or Latin spelling".
  label: { en: 'Latin spelling', zh: '拼音等拉丁拼写' },
}
