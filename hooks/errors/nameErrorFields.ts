import type { AfterErrorHook } from 'payload'

import { withFieldPaths } from '../../src/http/withFieldPaths'

/** Every REST error answer names its fields one way (see withFieldPaths). */
export const nameErrorFields: AfterErrorHook = ({ result }) =>
  result ? { response: withFieldPaths(result) } : undefined
