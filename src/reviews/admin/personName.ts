import { formatAdminURL } from 'payload/shared'

type Person = { email?: string | null; name?: string | null }

/** A person as people read them: their name, else their e-mail address. */
export const nameOf = (person: Person | null | undefined): string | undefined =>
  person?.name?.trim() || person?.email || undefined

/** Looks up a user's name in the admin (any signed-in team member may read the team directory). */
export const fetchPersonName = async (
  { apiRoute, users }: { apiRoute: string; users: string },
  id: number | string,
): Promise<string | undefined> => {
  const response = await fetch(
    formatAdminURL({ apiRoute, path: `/${users}/${encodeURIComponent(String(id))}?depth=0` }),
    { credentials: 'include' },
  )
  return response.ok ? nameOf((await response.json()) as Person) : undefined
}
