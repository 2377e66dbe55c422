/** No one through the API (hooks and the Local API without a user still write). */
export const nobody = (): boolean => false
