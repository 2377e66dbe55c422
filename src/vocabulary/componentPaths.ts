/**
 * Where the admin's import map finds our components: through the package's own entry points
 * (package.json `exports`: `./client`, `./rsc`), so a host app resolves them from node_modules
 * whatever its `importMap.baseDir`, as it does Payload's plugins'.
 */
const PACKAGE = 'speakers-bureau-cms'

/** A client component of ours (src/exports/client.ts) as a Payload component path. */
export const clientComponent = (name: string): string => `${PACKAGE}/client#${name}`

/** A server component of ours (src/exports/rsc.ts) as a Payload component path. */
export const serverComponent = (name: string): string => `${PACKAGE}/rsc#${name}`
