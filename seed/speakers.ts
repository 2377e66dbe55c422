export type SeedSpeaker = {
  city: string
  country: string
  feeBand: string
  featured?: boolean
  isDraft?: boolean
  jobTitle: string
  languages: string[]
  name: string
  organization: string
  /** Names the speaker also goes by (search finds the speaker by them). */
  otherNames?: string[]
  shortBio: string
  topics: string[]
}

/** Kaiser Kuo from the bureau's own post, then invented speakers to fill lists and pages. */
export const seedSpeakers: SeedSpeaker[] = [
  {
    city: 'Beijing',
    country: 'China',
    featured: true,
    feeBand: '10k_20k',
    jobTitle: 'Director of Communication',
    languages: ['en', 'zh'],
    name: 'Kaiser Kuo',
    otherNames: ['郭怡广'],
    organization: 'Baidu',
    shortBio:
      'Speaks for Baidu, China’s largest search engine, and explains Chinese internet users to the rest of the world.',
    topics: ['Internet experts', 'Chinese internet', 'Social media in China', 'Search engines'],
  },
  {
    city: 'Shanghai',
    country: 'China',
    feeBand: '5k_10k',
    jobTitle: 'Founder',
    languages: ['zh', 'en'],
    name: '李晓华',
    organization: 'Weave Labs',
    shortBio: 'Built two social apps and now advises brands on reaching Chinese audiences online.',
    topics: ['Social media in China', 'Mobile messaging'],
  },
  {
    city: 'Seoul',
    country: 'South Korea',
    featured: true,
    feeBand: '10k_20k',
    jobTitle: 'Professor of Media Studies',
    languages: ['ko', 'en'],
    name: '김영희',
    organization: 'Hanbit University',
    shortBio: 'Studies why Korean portals look and work nothing like American websites.',
    topics: ['Korea’s internet culture', 'Search engines'],
  },
  {
    city: 'Busan',
    country: 'South Korea',
    feeBand: 'under_5k',
    jobTitle: 'Product Lead',
    languages: ['ko', 'en', 'ja'],
    name: '박서연',
    organization: 'Nara Messenger',
    shortBio: 'Designs group chat features used by millions every day.',
    topics: ['Mobile messaging', 'Korea’s internet culture'],
  },
  {
    city: 'Shenzhen',
    country: 'China',
    feeBand: '20k_30k',
    jobTitle: 'Chief Economist',
    languages: ['zh', 'en'],
    name: '陈静',
    organization: 'Pearl River Capital',
    shortBio: 'Follows the money behind China’s platform companies.',
    topics: ['Chinese internet', 'Économie numérique'],
  },
  {
    city: 'Paris',
    country: 'France',
    feeBand: '10k_20k',
    jobTitle: 'Directrice de recherche',
    languages: ['fr', 'en', 'zh'],
    name: 'Élodie Marchand',
    organization: 'Institut Asie Numérique',
    shortBio: 'Compares digital economies in Europe and China.',
    topics: ['Économie numérique', 'US-China relations'],
  },
  {
    city: 'Washington, DC',
    country: 'United States',
    feeBand: '30k_50k',
    jobTitle: 'Senior Fellow',
    languages: ['en', 'zh'],
    name: 'Marcus Feldman',
    organization: 'Pacific Policy Forum',
    shortBio: 'Former trade negotiator on technology and tariffs between Washington and Beijing.',
    topics: ['US-China relations'],
  },
  {
    city: 'Moscow',
    country: 'Russia',
    feeBand: '5k_10k',
    jobTitle: 'Technology Columnist',
    languages: ['ru', 'en', 'zh'],
    name: 'Анна Петрова',
    organization: 'Tech Weekly',
    shortBio: 'Writes about search and messaging across Eurasia.',
    topics: ['Search engines', 'Mobile messaging'],
  },
  {
    city: 'Athens',
    country: 'Greece',
    feeBand: 'under_5k',
    jobTitle: 'Startup Mentor',
    languages: ['el', 'en'],
    name: 'Νίκος Παπαδόπουλος',
    organization: 'Aegean Ventures',
    shortBio: 'Helps European startups enter Asian markets.',
    topics: ['Économie numérique'],
  },
  {
    city: 'Singapore',
    country: 'Singapore',
    feeBand: '20k_30k',
    jobTitle: 'Head of Research',
    languages: ['en', 'zh'],
    name: 'Priya Raman',
    organization: 'Straits Digital',
    shortBio: 'Measures how fast stories spread on Asian social networks.',
    topics: ['Social media in China', 'Internet experts'],
  },
  {
    city: 'Hong Kong',
    country: 'China',
    feeBand: 'on_request',
    jobTitle: 'Chairwoman',
    languages: ['yue', 'zh', 'en'],
    name: '張美玲',
    otherNames: ['Cheung Mei-ling'],
    organization: 'Harbour Media Group',
    shortBio: 'Runs one of Asia’s largest online publishers.',
    topics: ['Chinese internet'],
  },
  {
    city: 'Berlin',
    country: 'Germany',
    feeBand: '5k_10k',
    jobTitle: 'Correspondent',
    languages: ['de', 'en', 'zh'],
    isDraft: true,
    name: 'Tom Becker',
    organization: 'Die Tageszeitung Online',
    shortBio: 'Reported from Beijing for ten years.',
    topics: ['Chinese internet', 'US-China relations'],
  },
  {
    city: 'Chengdu',
    country: 'China',
    feeBand: '10k_20k',
    jobTitle: 'Game Designer',
    languages: ['zh'],
    isDraft: true,
    name: '王建国',
    organization: 'Panda Play',
    shortBio: 'Makes mobile games played mostly inside messaging apps.',
    topics: ['Mobile messaging'],
  },
]
