/**
 * Bulk INSERTs into the tables Payload's PostgreSQL migrations create (src/migrations/postgres), as
 * Payload itself would store published documents: the main row with `_status = 'published'`, one
 * latest version in `_<collection>_v` with the same values, relationship rows in `<collection>_rels`
 * (and `_<collection>_v_rels`) with `path` and `order`, and the slug registry's claims.
 * Speaker i is "Speaker i" (slug `speaker-i`) on topics 1 + (7i + 13j) mod T, j = 1..(1 + i mod 3);
 * interview j is about speaker 1 + (j - 1) mod N (every fourth also a second speaker) and one topic.
 * `:N` stands for N speakers, `:M` for M interviews, `:T` for T topics, `:BODY` for a rich-text body.
 */
const statements: string[] = [
  `INSERT INTO topics (id, name, slug, description, parent_id, created_at, updated_at)
   SELECT t, 'Topic ' || t, 'topic-' || t, 'Speakers and interviews about topic ' || t,
          CASE WHEN t > 10 THEN 1 + t % 10 END, now(), now()
   FROM generate_series(1, :T) t`,

  `INSERT INTO speakers (id, name, slug, job_title, organization, short_bio, bio,
     travels_from_city, travels_from_country, fee_band, featured, published_at, created_at,
     updated_at, _status, review_state)
   SELECT i, 'Speaker ' || i, 'speaker-' || i,
          (ARRAY['Professor', 'Journalist', 'Founder', 'Analyst', 'Author'])[1 + i % 5],
          'Organisation ' || i % 997,
          'Speaker ' || i || ' talks about the internet, media and society in Asia and Europe.',
          :BODY::jsonb, 'City ' || i % 211, 'Country ' || i % 53,
          (enum_range(NULL::enum_speakers_fee_band))[1 + i % 8], i % 50 = 0, ts, ts, ts,
          'published', 'approved'
   FROM generate_series(1, :N) i,
        LATERAL (SELECT now() - make_interval(mins => :N - i + 60) AS ts) t`,

  `INSERT INTO speakers_languages ("order", parent_id, value)
   SELECT k, i, (ARRAY['en', 'zh']::enum_speakers_languages[])[k]
   FROM generate_series(1, :N) i, generate_series(1, 2) k WHERE k = 1 OR i % 3 = 0`,

  `INSERT INTO speakers_rels ("order", parent_id, path, topics_id)
   SELECT j, i, 'topics', 1 + (7 * i + 13 * j) % :T
   FROM generate_series(1, :N) i, generate_series(1, 3) j WHERE j <= 1 + i % 3`,

  `INSERT INTO interviews (id, title, slug, source_publication, source_original_date, excerpt,
     body, published_at, created_at, updated_at, _status, review_state)
   SELECT j, 'Interview ' || j || ': the internet in ' || (2000 + j % 25), 'interview-' || j,
          'The Daily ' || j % 17, ts - interval '30 days',
          'What speaker ' || 1 + (j - 1) % :N || ' said about the web in ' || (2000 + j % 25),
          :BODY::jsonb, ts, ts, ts, 'published', 'approved'
   FROM generate_series(1, :M) j,
        LATERAL (SELECT now() - make_interval(mins => :M - j) AS ts) t`,

  `INSERT INTO interviews_rels ("order", parent_id, path, speakers_id, topics_id)
   SELECT 1, j, 'speakers', 1 + (j - 1) % :N, NULL::int FROM generate_series(1, :M) j
   UNION ALL
   SELECT 2, j, 'speakers', 1 + (31 * j) % :N, NULL::int FROM generate_series(1, :M) j
   WHERE j % 4 = 0 AND (31 * j) % :N <> (j - 1) % :N
   UNION ALL
   SELECT 1, j, 'topics', NULL::int, 1 + j % :T FROM generate_series(1, :M) j`,

  // One draft speaker (never published): anonymous readers must not see it on the plugin's server.
  `INSERT INTO speakers (id, name, slug, _status, review_state)
   VALUES (:N + 1, 'Draft Speaker', 'bench-draft-speaker', 'draft', 'draft')`,

  // The latest version of each document, as Payload keeps it (version id = document id here).
  `INSERT INTO _speakers_v (id, parent_id, version_name, version_slug, version_job_title,
     version_organization, version_short_bio, version_bio, version_travels_from_city,
     version_travels_from_country, version_fee_band, version_featured, version_published_at,
     version_created_at, version_updated_at, version__status, version_review_state, latest,
     created_at, updated_at)
   SELECT id, id, name, slug, job_title, organization, short_bio, bio, travels_from_city,
          travels_from_country, fee_band::text::enum__speakers_v_version_fee_band, featured,
          published_at, created_at, updated_at, _status::text::enum__speakers_v_version_status,
          review_state::text::enum__speakers_v_version_review_state, true, updated_at, updated_at
   FROM speakers`,
  `INSERT INTO _speakers_v_version_languages ("order", parent_id, value)
   SELECT "order", parent_id, value::text::enum__speakers_v_version_languages
   FROM speakers_languages`,
  `INSERT INTO _speakers_v_rels ("order", parent_id, path, topics_id)
   SELECT "order", parent_id, path, topics_id FROM speakers_rels`,
  `INSERT INTO _interviews_v (id, parent_id, version_title, version_slug,
     version_source_publication, version_source_original_date, version_excerpt, version_body,
     version_published_at, version_created_at, version_updated_at, version__status,
     version_review_state, latest, created_at, updated_at)
   SELECT id, id, title, slug, source_publication, source_original_date, excerpt, body,
          published_at, created_at, updated_at, _status::text::enum__interviews_v_version_status,
          review_state::text::enum__interviews_v_version_review_state, true, updated_at, updated_at
   FROM interviews`,
  `INSERT INTO _interviews_v_rels ("order", parent_id, path, speakers_id, topics_id)
   SELECT "order", parent_id, path, speakers_id, topics_id FROM interviews_rels`,

  `INSERT INTO slug_claims (key, collection, slug)
   SELECT 'speakers:' || slug, 'speakers', slug FROM speakers
   UNION ALL SELECT 'interviews:' || slug, 'interviews', slug FROM interviews
   UNION ALL SELECT 'topics:' || slug, 'topics', slug FROM topics`,

  `SELECT setval('topics_id_seq', (SELECT max(id) FROM topics)),
          setval('speakers_id_seq', (SELECT max(id) FROM speakers)),
          setval('_speakers_v_id_seq', (SELECT max(id) FROM _speakers_v)),
          setval('interviews_id_seq', (SELECT max(id) FROM interviews)),
          setval('_interviews_v_id_seq', (SELECT max(id) FROM _interviews_v))`,
]

/** Lexical JSON of a short rich-text body (three paragraphs). */
const lexicalBody = (): string => {
  const paragraph = (text: string) => ({
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    type: 'paragraph',
    version: 1,
  })
  return JSON.stringify({
    root: {
      children: [
        paragraph('How people in China, Korea and Japan use the internet, and what it changes.'),
        paragraph('Social media, search, messaging and the press, seen from inside.'),
        paragraph('Research, reporting and two decades of conversations with users.'),
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  })
}

type Sizes = { interviews: number; speakers: number; topics: number }

/** The statements with the sizes (integers) and the body (a quoted literal) filled in. */
export const seedStatements = ({ interviews, speakers, topics }: Sizes): string[] => {
  for (const n of [interviews, speakers, topics])
    if (!Number.isInteger(n) || n < 1) throw new Error(`bench sizes must be positive integers`)
  const body = `'${lexicalBody().replace(/'/g, "''")}'`
  return statements.map((sql) =>
    sql
      .replace(/:N\b/g, String(speakers))
      .replace(/:M\b/g, String(interviews))
      .replace(/:T\b/g, String(topics))
      .replace(/:BODY\b/g, body),
  )
}

const orphans = (table: string, column: string, target: string): string =>
  `SELECT count(*) AS n FROM ${table} r LEFT JOIN ${target} t ON t.id = r.${column}
   WHERE r.${column} IS NOT NULL AND t.id IS NULL`

/** What must count 0 after seeding: references to rows that do not exist. */
export const integrityChecks: [string, string][] = [
  ['speakers_rels without their speaker', orphans('speakers_rels', 'parent_id', 'speakers')],
  ['speakers_rels without their topic', orphans('speakers_rels', 'topics_id', 'topics')],
  [
    'interviews_rels without their interview',
    orphans('interviews_rels', 'parent_id', 'interviews'),
  ],
  ['interviews_rels without their speaker', orphans('interviews_rels', 'speakers_id', 'speakers')],
  ['interviews_rels without their topic', orphans('interviews_rels', 'topics_id', 'topics')],
  ['versions without their speaker', orphans('_speakers_v', 'parent_id', 'speakers')],
  ['versions without their interview', orphans('_interviews_v', 'parent_id', 'interviews')],
  [
    'speaker version rels without their version',
    orphans('_speakers_v_rels', 'parent_id', '_speakers_v'),
  ],
  [
    'interview version rels without their version',
    orphans('_interviews_v_rels', 'parent_id', '_interviews_v'),
  ],
  ['topics without their parent', orphans('topics', 'parent_id', 'topics')],
]
