import type { PublicProposal } from '../publicProposal'

import { formatDay } from '../../dates/day'
import { formatInstantInUtc } from '../../dates/instantFormat'
import { escapeHtml } from '../../utilities/escapeHtml'
import { pageText } from './pageText'

export type PageLanguage = 'en' | 'zh'

type Args = {
  /** A refusal to show above the proposal (a missing reason, an answer given twice). */
  error?: string
  language: PageLanguage
  proposal: PublicProposal
}

const say = (
  language: PageLanguage,
  key: keyof typeof pageText,
  values: Record<string, string> = {},
) =>
  Object.entries(values).reduce(
    // A function, so `$&` and the like in someone's text stay text.
    (text, [name, value]) => text.replace(`{${name}}`, () => escapeHtml(value)),
    escapeHtml(pageText[key][language]),
  )

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#222}
article{border:1px solid #ddd;border-radius:8px;padding:1rem;margin:1rem 0;display:flex;gap:1rem}
article img{width:120px;height:120px;object-fit:cover;border-radius:6px}
.fee{font-weight:600}.note,.muted{color:#555}.error{color:#a40000;font-weight:600}
button{font:inherit;padding:.4rem .9rem;cursor:pointer}textarea{width:100%;min-height:5rem;font:inherit}`

const money = (amount: number, currency: string, language: PageLanguage) => {
  try {
    return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      currency,
      style: 'currency',
    }).format(amount)
  } catch {
    return `${amount} ${currency}`
  }
}

const isWebLink = (url: string) => /^https?:\/\//i.test(url)

/** Wraps a body in the page's document (no script: it works without JavaScript). */
export const pageDocument = (
  language: PageLanguage,
  title: string,
  body: string,
): string => `<!doctype html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`

/** The page a proposal's link opens: each speaker's card with the fee, and the forms to answer. */
export const renderProposalPage = ({ error, language, proposal }: Args): string => {
  const l = (key: keyof typeof pageText, values?: Record<string, string>) =>
    say(language, key, values)
  const eventDay =
    proposal.event.endDate && proposal.event.endDate !== proposal.event.date
      ? `${formatDay(proposal.event.date, language)} – ${formatDay(proposal.event.endDate, language)}`
      : formatDay(proposal.event.date, language)
  const isOpen = proposal.status === 'sent'
  const chosen = proposal.answer?.speaker
  const cards = proposal.items
    .map(({ feeAmount, feeCurrency, note, speaker }) => {
      const from = [speaker.travelsFrom.city, speaker.travelsFrom.country]
        .filter(Boolean)
        .join(', ')
      const videos = speaker.videos.filter(({ url }) => isWebLink(url))
      return `<article data-speaker="${escapeHtml(speaker.slug)}">
${speaker.photo?.url ? `<img src="${escapeHtml(speaker.photo.url)}" alt="${escapeHtml(speaker.photo.alt ?? speaker.name)}">` : ''}
<div>
<h2>${escapeHtml(speaker.name)}</h2>
${speaker.jobTitle || speaker.organization ? `<p>${escapeHtml([speaker.jobTitle, speaker.organization].filter(Boolean).join(', '))}</p>` : ''}
${speaker.shortBio ? `<p>${escapeHtml(speaker.shortBio)}</p>` : ''}
${from ? `<p class="muted">${l('from')}: ${escapeHtml(from)}</p>` : ''}
<p class="fee">${l('fee')}: ${escapeHtml(money(feeAmount, feeCurrency, language))}</p>
${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
${videos.map(({ title, url }) => `<p><a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${l('videos')}${title ? `: ${escapeHtml(title)}` : ''}</a></p>`).join('\n')}
${isOpen ? `<form method="post"><input type="hidden" name="action" value="accept"><input type="hidden" name="speaker" value="${escapeHtml(speaker.slug)}"><button type="submit">${l('accept')}</button></form>` : ''}
</div>
</article>`
    })
    .join('\n')
  const chosenName =
    proposal.items.find(({ speaker }) => speaker.slug === chosen)?.speaker.name ?? ''
  const status =
    proposal.status === 'accepted'
      ? `<p role="status">${l('accepted', { speaker: chosenName })}</p>`
      : proposal.status === 'declined'
        ? `<p role="status">${l('declined')}</p>`
        : `<p>${l('expires', { date: formatInstantInUtc(proposal.expiresAt, language) })}</p>`
  const decline = isOpen
    ? `<section><h2>${l('declineHeading')}</h2><form method="post"><input type="hidden" name="action" value="decline"><label>${l('reason')}<br><textarea name="reason" required maxlength="2000"></textarea></label><br><button type="submit">${l('declineButton')}</button></form></section>`
    : ''
  const title = l('title', { event: proposal.event.name })
  return pageDocument(
    language,
    title,
    `<h1>${title}</h1>
<p>${l('when', { date: eventDay })}</p>
${proposal.sentBy?.name ? `<p class="muted">${l('sentBy', { name: proposal.sentBy.name })}</p>` : ''}
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
${status}
${cards}
${decline}`,
  )
}

/** The page for a link that opens nothing (unknown, revoked, expired). */
export const renderGonePage = (language: PageLanguage, key: 'expired' | 'notFound' | 'revoked') =>
  pageDocument(language, say(language, key), `<h1>${say(language, key)}</h1>`)
