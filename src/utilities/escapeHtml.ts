const ENTITIES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/** Text for HTML (element content and quoted attributes): nobody's words become markup. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/["&'<>]/g, (c) => ENTITIES[c] ?? c)
