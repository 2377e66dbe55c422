import type { Option } from '../../src/vocabulary/options'
import type { Role } from '../../src/vocabulary/roles'

/** The roles as people read them in the admin (user form, list, filters). */
export const roleOptions: Option<Role>[] = [
  { label: { en: 'Admin', zh: '管理员' }, value: 'admin' },
  { label: { en: 'Editor', zh: '编辑' }, value: 'editor' },
  { label: { en: 'Reviewer', zh: '审核人' }, value: 'reviewer' },
  { label: { en: 'Staff', zh: '工作人员' }, value: 'staff' },
]
