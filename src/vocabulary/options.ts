import type { Bilingual } from './bilingual'

/** A select option of ours: its stored value and its label in both admin languages. */
export type Option<Value extends string = string> = { label: Bilingual; value: Value }

/** Fee and budget bands (US dollars) for a 45-minute keynote, as bureaus quote them. */
export const feeBands: Option[] = [
  { label: { en: 'Under $5k', zh: '5千美元以下' }, value: 'under_5k' },
  { label: { en: '$5k – $10k', zh: '5千–1万美元' }, value: '5k_10k' },
  { label: { en: '$10k – $20k', zh: '1万–2万美元' }, value: '10k_20k' },
  { label: { en: '$20k – $30k', zh: '2万–3万美元' }, value: '20k_30k' },
  { label: { en: '$30k – $50k', zh: '3万–5万美元' }, value: '30k_50k' },
  { label: { en: '$50k – $100k', zh: '5万–10万美元' }, value: '50k_100k' },
  { label: { en: '$100k and more', zh: '10万美元及以上' }, value: '100k_plus' },
  { label: { en: 'On request', zh: '面议' }, value: 'on_request' },
]

/** Languages a speaker gives talks in (BCP 47 codes). */
export const speakingLanguages: Option[] = [
  { label: { en: 'English', zh: '英语' }, value: 'en' },
  { label: { en: 'Mandarin Chinese', zh: '普通话' }, value: 'zh' },
  { label: { en: 'Cantonese', zh: '粤语' }, value: 'yue' },
  { label: { en: 'Korean', zh: '韩语' }, value: 'ko' },
  { label: { en: 'Japanese', zh: '日语' }, value: 'ja' },
  { label: { en: 'French', zh: '法语' }, value: 'fr' },
  { label: { en: 'German', zh: '德语' }, value: 'de' },
  { label: { en: 'Spanish', zh: '西班牙语' }, value: 'es' },
  { label: { en: 'Russian', zh: '俄语' }, value: 'ru' },
  { label: { en: 'Greek', zh: '希腊语' }, value: 'el' },
]

/** What an organiser may say about their budget: the fee bands, or not knowing yet, or a donated talk. */
export const budgetBands: Option[] = [
  ...feeBands.filter(({ value }) => value !== 'on_request'),
  { label: { en: 'Not sure yet', zh: '尚未确定' }, value: 'unsure' },
  { label: { en: 'Seeking a donated talk', zh: '希望公益演讲（免费）' }, value: 'donated' },
]

export const eventFormats: Option[] = [
  { label: { en: 'In person', zh: '线下' }, value: 'in_person' },
  { label: { en: 'Virtual', zh: '线上' }, value: 'virtual' },
  { label: { en: 'Hybrid', zh: '线上线下结合' }, value: 'hybrid' },
]

export const sessionTypes: Option[] = [
  { label: { en: 'Keynote', zh: '主题演讲' }, value: 'keynote' },
  { label: { en: 'Panel', zh: '小组讨论' }, value: 'panel' },
  { label: { en: 'Moderator', zh: '主持人' }, value: 'moderator' },
  { label: { en: 'Workshop', zh: '工作坊' }, value: 'workshop' },
  { label: { en: 'Fireside chat', zh: '炉边对话' }, value: 'fireside_chat' },
]
