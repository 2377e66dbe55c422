import type { Payload } from 'payload'

import { defaults } from '../defaults'

/** The config.custom key the plugin keeps its proposal options under (read by the link's routes). */
export const PROPOSAL_OPTIONS_KEY = 'speakersBureauProposals'

export type ProposalRuntimeOptions = { holdDays: number }

export const proposalOptionsOf = (payload: Payload): ProposalRuntimeOptions =>
  (payload.config.custom?.[PROPOSAL_OPTIONS_KEY] as ProposalRuntimeOptions | undefined) ?? {
    holdDays: defaults.proposals.holdDays,
  }
