/** A message of ours in both languages the admin offers (buildAppConfig: `en`, `zh`). */
export type Bilingual = { en: string; zh: string }
