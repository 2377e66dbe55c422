import { findPasswordProblem } from '../src/auth/findPasswordProblem'
import { defaults } from '../src/defaults'
import type { Role } from '../src/vocabulary/roles'

export const DEFAULT_SEED_ADMIN_EMAIL = 'admin@speakers.local'
export const DEFAULT_SEED_ADMIN_PASSWORD = 'change-me-please'

export type SeedUser = { email: string; name: string; password: string; roles: Role[] }

type Args = { env: Record<string, string | undefined> }

/**
 * One user per role. The admin's address and password come from `SEED_ADMIN_EMAIL` and
 * `SEED_ADMIN_PASSWORD`; the others share the password and the admin's domain (editor@, reviewer@,
 * staff@). The documented defaults are refused in production, and a password the app would refuse
 * (src/auth/findPasswordProblem.ts) is refused here, naming the variable.
 */
export const seedUsers = ({ env }: Args): SeedUser[] => {
  const email = env.SEED_ADMIN_EMAIL?.trim() || DEFAULT_SEED_ADMIN_EMAIL
  const password = env.SEED_ADMIN_PASSWORD || DEFAULT_SEED_ADMIN_PASSWORD
  if (env.NODE_ENV === 'production' && (!env.SEED_ADMIN_PASSWORD || !env.SEED_ADMIN_EMAIL)) {
    throw new Error(
      'Seeding in production needs SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD (no defaults).',
    )
  }
  const problem = findPasswordProblem({ email, minLength: defaults.auth.minPasswordLength, password })
  if (problem) throw new Error(`SEED_ADMIN_PASSWORD is refused: ${problem.en}`)
  const domain = email.split('@')[1] ?? 'speakers.local'
  const user = (role: Role, name: string): SeedUser => ({
    email: `${role}@${domain}`,
    name,
    password,
    roles: [role],
  })
  return [
    { email, name: 'Bureau Admin', password, roles: ['admin'] },
    user('editor', 'Erin Editor'),
    user('reviewer', 'Ravi Reviewer'),
    user('staff', 'Sam Staff'),
  ]
}
