/** The plugin's server components: `speakers-bureau-cms/rsc#Name` (package.json `exports`). */
export { WorkQueues } from '../admin/WorkQueues'
export { PrivacyView } from '../privacy/admin/PrivacyView'
