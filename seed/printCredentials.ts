import type { SeedUser } from './users'

/** The sign-in addresses of the seeded users (the password is the one given in the environment). */
export const printCredentials = (
  users: SeedUser[],
  log: (line: string) => void = console.log,
): void => {
  log('seed: sign in at /admin as')
  for (const { email, roles } of users) log(`  ${roles.join(',').padEnd(9)} ${email}`)
  log('  password: SEED_ADMIN_PASSWORD (default documented in README.md)')
}
