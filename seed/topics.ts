export type SeedTopic = { description: string; name: string; parent?: string }

/** The bureau's topic lists; "Internet experts" is the parent of the internet topics. */
export const seedTopics: SeedTopic[] = [
  {
    description: 'Speakers who explain how the internet works in Asia and beyond.',
    name: 'Internet experts',
  },
  {
    description: 'How China’s internet grew its own companies, habits and rules.',
    name: 'Chinese internet',
    parent: 'Internet experts',
  },
  {
    description: 'Microblogs, group chats and how news spreads in China.',
    name: 'Social media in China',
    parent: 'Internet experts',
  },
  {
    description: 'Messaging apps, group chats and privacy on the phone.',
    name: 'Mobile messaging',
    parent: 'Internet experts',
  },
  {
    description: 'Portals, search and online life in South Korea.',
    name: 'Korea’s internet culture',
    parent: 'Internet experts',
  },
  {
    description: 'Search companies and what people look for.',
    name: 'Search engines',
    parent: 'Internet experts',
  },
  {
    description: 'Diplomacy, trade and business between the two largest economies.',
    name: 'US-China relations',
  },
  { description: 'L’économie numérique en Chine et en Europe.', name: 'Économie numérique' },
]
