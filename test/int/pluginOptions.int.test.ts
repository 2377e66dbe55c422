import { describe, expect, it } from '@jest/globals'

import { defaults } from '../../src/defaults'
import { mergePluginOptions, resolvePluginOptions } from '../../src/resolvePluginOptions'

describe('plugin options, grouped by feature', () => {
  it('should fill every group with its defaults when nothing is given', () => {
    expect(resolvePluginOptions()).toEqual(defaults)
    expect(resolvePluginOptions({})).toEqual(defaults)
  })

  it('should keep the other defaults of a group when one option of it is given', () => {
    const options = resolvePluginOptions({ bookings: { slaHours: 48 } })
    expect(options.bookings).toEqual({ ...defaults.bookings, slaHours: 48 })
    expect(options.auth).toEqual(defaults.auth)
  })

  it('should keep a default when an option is given as undefined (an unset environment variable)', () => {
    const options = resolvePluginOptions({ auth: { minPasswordLength: undefined } })
    expect(options.auth.minPasswordLength).toBe(defaults.auth.minPasswordLength)
  })

  it("should let the second set win option by option, keeping the first's others in the same group", () => {
    const merged = mergePluginOptions(
      { auth: { loginRateLimit: 20, secureCookies: false }, bookings: { rateLimit: 5 } },
      { auth: { secureCookies: true }, disabled: true },
    )
    expect(merged.auth).toEqual({ loginRateLimit: 20, secureCookies: true })
    expect(merged.bookings).toEqual({ rateLimit: 5 })
    expect(merged.disabled).toBe(true)
  })
})
