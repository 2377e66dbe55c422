/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyLimits } from '../../../../http/withBodyLimits'
import { withGraphQLLimits } from '../../../../security/graphql/withGraphQLLimits'

export const POST = withBodyLimits(withGraphQLLimits(GRAPHQL_POST(config), config), config)

export const OPTIONS = REST_OPTIONS(config)
