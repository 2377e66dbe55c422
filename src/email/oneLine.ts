/** Plain-text mail: user text (a title, a note, a name) can never add a header line or markup. */
export const oneLine = (value: unknown): string =>
  String(value ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .trim()
