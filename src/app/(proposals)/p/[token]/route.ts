/* The client's page of a proposal (src/proposals/page/proposalPageRoute.ts): no JavaScript needed. */
import config from '@payload-config'

import { proposalPageRoute } from '../../../../proposals/page/proposalPageRoute'

const route = proposalPageRoute(config)

export const dynamic = 'force-dynamic'
export const GET = route.GET
export const POST = route.POST
