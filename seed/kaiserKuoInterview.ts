import { paragraph, qa, richText } from './lexical'
import type { SeedInterview } from './interviews'

/** The interview Kaiser Kuo gave the Korea JoongAng Daily, retold in our own words as a Q&A. */
export const kaiserKuoInterview: SeedInterview = {
  body: richText(
    paragraph(
      'Baidu’s director of communication spoke to Seoul’s English-language daily about what the West gets wrong about Chinese internet users, and what Korea and China have in common online.',
    ),
    qa(
      'Do Western technology companies understand Chinese internet users?',
      'Often not. They tend to assume Chinese users want what American users want, and they misjudge the market because of it.',
    ),
    qa(
      'What makes the Chinese internet different?',
      'Its users are very numerous but much less fragmented than in the United States. A striking post or a new online persona reaches a large share of them, through many channels, within about two days. It is a dense weave of social media.',
    ),
    qa(
      'Are there parallels with Korea?',
      'Both countries grew their own idiosyncratic ways of using the internet. Koreans rarely use search engines built abroad, and Korean portals are designed quite differently from American sites.',
    ),
    qa(
      'A mobile messenger has just taken off in China. Why?',
      'People like the extra control over privacy compared with a microblog, and it feels less commercial. Some users moved away from Weibo because of its commercialisation. Group chats can cause friction, though, when people are added without the others knowing.',
    ),
  ),
  excerpt:
    'Kaiser Kuo on why foreign companies misread Chinese users, how news crosses China’s internet in two days, and why messaging apps are winning users from Weibo.',
  publication: 'Korea JoongAng Daily',
  publishedAt: '2013-02-18T09:00:00.000Z',
  originalDate: '2013-02-16',
  speakers: ['Kaiser Kuo'],
  title: 'Kaiser Kuo: “Chinese net users are a dense weave of social media”',
  topics: [
    'Chinese internet',
    'Social media in China',
    'Mobile messaging',
    'Korea’s internet culture',
  ],
  url: 'https://koreajoongangdaily.joins.com/',
}
