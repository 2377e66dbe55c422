import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { htmlAsText, logOnlyEmailAdapter } from '../../src/email/logOnlyEmailAdapter'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { signInAs } from '../helpers/users'

describe('a mail as text', () => {
  it('should keep link addresses, turn blocks and breaks into lines and decode entities', () => {
    expect(
      htmlAsText(
        '<p>Hello &amp; welcome</p><p>Open <a href="https://cms.example/admin/reset/abc">this link</a><br>or <a href="https://x.example">https://x.example</a></p>',
      ),
    ).toBe(
      'Hello & welcome\nOpen this link (https://cms.example/admin/reset/abc)\nor https://x.example',
    )
  })
})

describe('log-only mail (no SMTP_HOST)', () => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await bootPayload({
      email: logOnlyEmailAdapter({ fromAddress: 'desk@bureau.test', fromName: 'Desk' }),
    })
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should write the recipient, the subject and the body with its absolute reset link', async () => {
    const { user } = await signInAs(ctx.payload, 'editor')
    const info = jest.spyOn(ctx.payload.logger, 'info')
    await ctx.payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    const logged = info.mock.calls
      .map(([entry]) => entry as { body?: string; subject?: string; to?: string })
      .find((entry) => entry?.to === user.email)
    expect(logged?.subject).toBeTruthy()
    expect(logged?.body).toMatch(/http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]{20,}/)
    expect(logged?.body).not.toMatch(/<a |<\/p>/)
    info.mockRestore()
  })
})
