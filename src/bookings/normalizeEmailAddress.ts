const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com'])

/**
 * The mailbox an address reaches, for counting mails sent to it: composed (NFC, as privacy
 * requests look it up), trimmed, lower-cased, without a `+tag` (most providers deliver
 * `name+anything@` to `name@`), and for Gmail without dots in the local part (`n.a.m.e@gmail.com`
 * is `name@gmail.com`). Not an address to send to.
 */
export const normalizeEmailAddress = (address: string): string => {
  const value = address.normalize('NFC').trim().toLowerCase()
  const at = value.lastIndexOf('@')
  if (at < 1) return value
  let local = value.slice(0, at)
  let domain = value.slice(at + 1)
  local = local.split('+')[0] || local
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, '')
    domain = 'gmail.com'
  }
  return `${local}@${domain}`
}
