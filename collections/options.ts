/** Fee and budget bands (US dollars) for a 45-minute keynote, as bureaus quote them. */
export const feeBands = [
  { label: 'Under $5k', value: 'under_5k' },
  { label: '$5k – $10k', value: '5k_10k' },
  { label: '$10k – $20k', value: '10k_20k' },
  { label: '$20k – $30k', value: '20k_30k' },
  { label: '$30k – $50k', value: '30k_50k' },
  { label: '$50k – $100k', value: '50k_100k' },
  { label: '$100k and more', value: '100k_plus' },
  { label: 'On request', value: 'on_request' },
]

/** Languages a speaker gives talks in (BCP 47 codes). */
export const speakingLanguages = [
  { label: 'English', value: 'en' },
  { label: 'Mandarin Chinese', value: 'zh' },
  { label: 'Cantonese', value: 'yue' },
  { label: 'Korean', value: 'ko' },
  { label: 'Japanese', value: 'ja' },
  { label: 'French', value: 'fr' },
  { label: 'German', value: 'de' },
  { label: 'Spanish', value: 'es' },
  { label: 'Russian', value: 'ru' },
  { label: 'Greek', value: 'el' },
]

/** What an organiser may say about their budget: the fee bands, or not knowing yet, or a donated talk. */
export const budgetBands = [
  ...feeBands.filter(({ value }) => value !== 'on_request'),
  { label: 'Not sure yet', value: 'unsure' },
  { label: 'Seeking a donated talk', value: 'donated' },
]

export const eventFormats = [
  { label: 'In person', value: 'in_person' },
  { label: 'Virtual', value: 'virtual' },
  { label: 'Hybrid', value: 'hybrid' },
]

export const sessionTypes = [
  { label: 'Keynote', value: 'keynote' },
  { label: 'Panel', value: 'panel' },
  { label: 'Moderator', value: 'moderator' },
  { label: 'Workshop', value: 'workshop' },
  { label: 'Fireside chat', value: 'fireside_chat' },
]
