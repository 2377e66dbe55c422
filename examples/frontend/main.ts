/**
 * `npm run example:frontend` (CMS_API_URL, default http://localhost:3000/api): lists the published
 * interviews, shows the newest one, and finds speakers with facets, as a frontend would.
 */
import {
  createBureauClient,
  findSpeakers,
  interviewBySlug,
  listPublishedInterviews,
} from './bureauClient'

const main = async (): Promise<void> => {
  const client = createBureauClient(process.env.CMS_API_URL || 'http://localhost:3000/api')
  const { docs, totalDocs } = await listPublishedInterviews(client, 5)
  console.log(`${totalDocs} published interviews; the newest:`)
  for (const { publishedAt, slug, title } of docs)
    console.log(`- ${publishedAt?.slice(0, 10)}  ${title}  (/${slug})`)
  const newest = docs[0]?.slug
  if (!newest) return
  const found = await interviewBySlug(client, newest)
  if (found && 'interview' in found) {
    const speakers = (found.interview.speakers ?? []).map((s) =>
      typeof s === 'object' ? s.name : s,
    )
    console.log(`\n${found.interview.title}\nwith ${speakers.join(', ')}`)
  }
  const search = await findSpeakers(client, { language: ['en'], q: 'mobile' })
  console.log(`\n"mobile", in English: ${search.docs.map(({ name }) => name).join(', ')}`)
  for (const { count, name } of search.facets.topics) console.log(`  ${name} (${count})`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
