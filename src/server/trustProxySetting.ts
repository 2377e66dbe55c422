/**
 * Express's `trust proxy` from TRUST_PROXY: unset means the socket address is the client (a spoofed
 * X-Forwarded-For changes nothing); a number is the count of proxies in front; anything else (a list
 * of addresses, `loopback`, `true`) is passed to Express as it is.
 */
export const trustProxySetting = (value: string | undefined): boolean | number | string => {
  if (!value || value === 'false') return false
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : value
}
