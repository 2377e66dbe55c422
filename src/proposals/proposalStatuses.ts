import type { Option } from '../vocabulary/options'

/**
 * A proposal's life: drafted by staff, sent (the client's link works), then answered once
 * (accepted or declined) or revoked by staff. A sent proposal past its `expiresAt` stays `sent`
 * in storage; its link answers 410 (src/proposals/proposalByToken.ts).
 */
export const proposalStatuses = ['draft', 'sent', 'accepted', 'declined', 'revoked'] as const
export type ProposalStatus = (typeof proposalStatuses)[number]

export const proposalStatusOptions: Option<ProposalStatus>[] = [
  { label: { en: 'Draft', zh: '草稿' }, value: 'draft' },
  { label: { en: 'Sent', zh: '已发送' }, value: 'sent' },
  { label: { en: 'Accepted', zh: '已接受' }, value: 'accepted' },
  { label: { en: 'Declined', zh: '已拒绝' }, value: 'declined' },
  { label: { en: 'Revoked', zh: '已撤回' }, value: 'revoked' },
]

/** Most speakers one proposal offers (a bureau's "selection of three, four speakers"). */
export const MAX_PROPOSAL_ITEMS = 5
