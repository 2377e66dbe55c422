import type { Bilingual } from '../vocabulary/bilingual'

/** What a deactivated account and the admins who deactivate accounts are told. */
export const deactivationMessages = {
  /** Sign-in and password reset of a deactivated account (after its password or token was right). */
  deactivated: {
    en: 'This account has been deactivated. Ask an admin to reactivate it.',
    zh: '此账户已停用。请联系管理员重新启用。',
  },
  /** An admin deactivating their own account. */
  ownAccount: {
    en: 'You cannot deactivate your own account: another admin must do it.',
    zh: '您不能停用自己的账户：需由另一位管理员操作。',
  },
  /** The last active admin. */
  lastAdmin: {
    en: 'This is the last active admin account: make another admin first.',
    zh: '这是最后一个启用的管理员账户：请先设置另一位管理员。',
  },
} satisfies Record<string, Bilingual>
