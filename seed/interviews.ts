import { kaiserKuoInterview } from './kaiserKuoInterview'
import { paragraph, qa, richText } from './lexical'

export type SeedInterview = {
  body: ReturnType<typeof richText>
  excerpt: string
  isDraft?: boolean
  originalDate: string
  publication: string
  publishedAt?: string
  speakers: string[]
  title: string
  topics: string[]
  url?: string
}

type Outline = [
  title: string,
  speaker: string,
  publication: string,
  date: string,
  topics: string[],
  question: string,
  answer: string,
]

/** Invented interviews: enough to page through lists, filter by topic and sort by date. */
const outlines: Outline[] = [
  [
    'Why group chats rule Chinese phones',
    '李晓华',
    'Asia Tech Review',
    '2023-01-12',
    ['Mobile messaging'],
    'Why do brands move into group chats?',
    'Because that is where trust is: people buy what friends recommend there.',
  ],
  [
    'Korean portals are built for browsing',
    '김영희',
    'Seoul Herald',
    '2023-02-03',
    ['Korea’s internet culture'],
    'Why are Korean portals so busy?',
    'Users come to browse, not only to search, so the front page is a magazine.',
  ],
  [
    'Designing a messenger for families',
    '박서연',
    'Busan Daily',
    '2023-03-21',
    ['Mobile messaging'],
    'What do families ask for?',
    'Simple albums, calm notifications and control over who joins a chat.',
  ],
  [
    'Platform money after the boom',
    '陈静',
    'Caixin Weekly',
    '2023-04-14',
    ['Chinese internet'],
    'Is the platform boom over?',
    'The easy growth is. What remains is a long contest for margins.',
  ],
  [
    'L’Europe face au numérique chinois',
    'Élodie Marchand',
    'Le Monde Économie',
    '2023-05-09',
    ['Économie numérique'],
    'Que doit apprendre l’Europe ?',
    'Que la vitesse d’adoption compte autant que la technologie.',
  ],
  [
    'Chips, tariffs and talks',
    'Marcus Feldman',
    'Foreign Affairs Weekly',
    '2023-06-02',
    ['US-China relations'],
    'Can trade talks cover technology?',
    'Only if both sides accept narrow deals rather than grand bargains.',
  ],
  [
    'Search beyond Google',
    'Анна Петрова',
    'Tech Weekly',
    '2023-06-28',
    ['Search engines'],
    'Why do local search engines survive?',
    'They understand the language and the habits better than any global giant.',
  ],
  [
    'Greek startups look east',
    'Νίκος Παπαδόπουλος',
    'Kathimerini English',
    '2023-07-17',
    ['Économie numérique'],
    'What is the first mistake?',
    'Translating the app and calling it localisation.',
  ],
  [
    'How fast does a story travel?',
    'Priya Raman',
    'Straits Times',
    '2023-08-08',
    ['Social media in China'],
    'How fast?',
    'In our data, two days to reach most of an online audience of hundreds of millions.',
  ],
  [
    'Publishing for a mobile Hong Kong',
    '張美玲',
    'South China Post',
    '2023-09-19',
    ['Chinese internet'],
    'Where do readers come from now?',
    'Nine in ten arrive on a phone, most through a chat app.',
  ],
  [
    'Baidu and the open web',
    'Kaiser Kuo',
    'Tech in Asia',
    '2023-10-05',
    ['Search engines', 'Chinese internet'],
    'Is the open web shrinking in China?',
    'More content lives inside apps, so search has to reach into them.',
  ],
  [
    'Why Weibo lost some of its shine',
    'Priya Raman',
    'Digital Asia',
    '2023-11-11',
    ['Social media in China'],
    'What drove users away?',
    'Too much advertising, and a wish for smaller, private circles.',
  ],
  [
    'Messaging and privacy',
    '박서연',
    'Korea Tech Times',
    '2023-12-01',
    ['Mobile messaging', 'Korea’s internet culture'],
    'Do users care about privacy?',
    'They care about who sees what, which is privacy in practice.',
  ],
  [
    'A decade of the Chinese internet',
    'Kaiser Kuo',
    'The Diplomat',
    '2024-01-22',
    ['Chinese internet', 'Internet experts'],
    'What changed most?',
    'The phone became the internet, and the internet became services.',
  ],
  [
    'Trade war, tech peace?',
    'Marcus Feldman',
    'Policy Review',
    '2024-02-27',
    ['US-China relations'],
    'Is decoupling real?',
    'In chips, yes. In consumer apps, far less than headlines suggest.',
  ],
  [
    'Le numérique, levier de croissance',
    'Élodie Marchand',
    'Les Échos',
    '2024-03-30',
    ['Économie numérique'],
    'Quel secteur surprend ?',
    'Les paiements mobiles, adoptés plus vite que prévu.',
  ],
  [
    'Search habits in Seoul',
    '김영희',
    'JoongAng Sunday',
    '2024-04-18',
    ['Search engines', 'Korea’s internet culture'],
    'Do Koreans search differently?',
    'They ask questions of communities as much as of search boxes.',
  ],
  [
    'Games inside chat apps',
    '王建国',
    'Chengdu Business',
    '2024-05-06',
    ['Mobile messaging'],
    'Why build games inside chats?',
    'Players invite friends without leaving the conversation.',
  ],
  [
    'Reporting China from Berlin',
    'Tom Becker',
    'Medienmagazin',
    '2024-06-12',
    ['Chinese internet'],
    'What do readers misunderstand?',
    'How ordinary and commercial most of Chinese online life is.',
  ],
]

/** Interviews without a publication date stay drafts. */
const DRAFT_TITLES = new Set([
  'Games inside chat apps',
  'Reporting China from Berlin',
  'Trade war, tech peace?',
  'Messaging and privacy',
])

export const seedInterviews: SeedInterview[] = [
  kaiserKuoInterview,
  ...outlines.map(
    ([title, speaker, publication, date, topics, question, answer]): SeedInterview => ({
      body: richText(
        paragraph(`${speaker} talked to ${publication} about ${topics.join(', ').toLowerCase()}.`),
        qa(question, answer),
      ),
      excerpt: answer,
      isDraft: DRAFT_TITLES.has(title),
      originalDate: date,
      publication,
      publishedAt: DRAFT_TITLES.has(title) ? undefined : `${date}T10:00:00.000Z`,
      speakers: [speaker],
      title,
      topics,
    }),
  ),
]
