import { latinWords } from '../../src/transliteration/latinWords'

/** A Chinese or Korean name's given name as search indexes it: its spellings, each as one word. */
export const givenNameSpellingsOf = (name: string): string[] => {
  const [, given] = latinWords(name, { person: true })
  return [given!.text, ...(given!.familiar ?? []).map((syllables) => syllables.join(''))]
}
