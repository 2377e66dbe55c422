/** The `context` key naming the staff member a hold made by the system belongs to (not settable over HTTP). */
export const HOLD_OWNER_CONTEXT = 'holdOwner'
