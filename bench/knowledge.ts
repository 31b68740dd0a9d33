// Knowledge: search and Rakel's answer (without a model endpoint) over 10,000 published articles —
// the 82 demo articles, each written 122 times over with other wording mixed in, so every query
// meets many candidates. Median and 95th percentile over 30 realistic questions. Runs on PGlite, and
// on PostgreSQL with BENCH_DATABASE_URL. Alone: `npx tsx bench/run.ts knowledge`.
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { DEMO_ARTICLES } from '../src/demo/knowledge-articles.ts';
import { indexOf, insertPublishedArticles } from '../src/modules/knowledge/articles.service.ts';
import { importMarkdown } from '../src/modules/knowledge/import.ts';
import { ask } from '../src/modules/knowledge/rakel/rakel.service.ts';
import { searchArticles } from '../src/modules/knowledge/search.service.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { createTenant, type TestTenant } from '../test/factories.ts';
import { eachEngine } from './engines.ts';

const N = 10_000;
const QUESTIONS = [
  'passordet mitt er utløpt',
  'skriverkø',
  'hvordan deler jeg en fil fra onedrive',
  'teams møte opptak',
  'vpn kobler ikke til hjemmefra',
  'autosvar i outlook',
  'printeren skriver ikke ut',
  'sette opp authenticator på ny telefon',
  'rover appen krav til telefon',
  'mistet sikkerhetsnøkkel',
  'bestille ny mobil',
  'full postboks',
  'eduroam',
  'skanne til epost',
  'dokkingstasjon to skjermer',
  'hodesett lyd teams',
  'windows oppdatering omstart',
  'gjestenett passord',
  'copilot personopplysninger',
  'slettet fil gjenopprette',
  'felles postboks outlook',
  'dele kalender med kollega',
  'ny ansatt brukerkonto',
  'tilgang fagsystem leder godkjenne',
  'citrix workspace',
  'phishing melde',
  'følg meg utskrift kort',
  'hva koster pc utenom rullering',
  'teams på mobilen',
  'lønnsslipp',
];

const FILLER =
  'kommunen enheten avdelingen kollega hjelp rutine oppsett innstilling bruker tilgang løsning veiledning'.split(' ');

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] as number) * 10) / 10;
};

/** Publish `n` articles for the tenant (the demo articles written over and over) with their document frequencies. */
export async function seedArticles(db: Db, t: TestTenant, n = N) {
  const base = DEMO_ARTICLES.map((a) => ({ a, body: importMarkdown(a.markdown, `${a.slug}.md`).body }));
  const now = new Date();
  for (let i = 0; i < n; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + 500); j++) {
      const { a, body } = base[j % base.length] as (typeof base)[number];
      const title = j < base.length ? a.title : `${a.title} (${FILLER[j % FILLER.length]} ${j})`;
      const extra = {
        type: 'paragraph' as const,
        content: [
          {
            type: 'text' as const,
            text: `${FILLER[(j * 7) % FILLER.length]} ${FILLER[(j * 3) % FILLER.length]} ${j}`,
          },
        ],
      };
      const doc = { type: 'doc' as const, content: [...body.content, extra] };
      const index = indexOf({ title, summary: a.summary, tags: a.tags, body: doc });
      const at = new Date(now.getTime() - ((j * 13) % 900) * 86_400_000);
      batch.push({
        postings: index.postings,
        row: {
          id: uuidv7(),
          cooperation_id: t.cooperationId,
          slug: `${a.slug}-${j}`,
          kind: a.kind,
          status: 'published' as const,
          title,
          summary: a.summary,
          body: JSON.stringify(doc),
          tags: a.tags,
          audience: a.audience,
          service_ids: [],
          member_ids: [],
          terms: index.terms,
          passages: JSON.stringify(index.passages),
          published_at: at,
          updated_at: at,
          created_at: at,
        },
      });
    }
    await insertPublishedArticles(db, t.cooperationId, batch);
  }
  // the steady state autovacuum keeps a live database in (the postings' visibility map set, so the
  // search reads them from the index alone), not the moment after a bulk load
  await sql`vacuum analyze kb_article`.execute(db);
  await sql`vacuum analyze kb_posting`.execute(db);
}

export async function benchKnowledge() {
  const rows: { engine: string; case: string; 'median ms': number; 'p95 ms': number }[] = [];
  await eachEngine('knowledge', async (engine, ctx) => {
    const t = await createTenant(ctx.db);
    await seedArticles(ctx.db, t);
    const now = new Date();
    const employee = t.actor('employee');
    const measure = async (fn: (q: string) => Promise<unknown>) => {
      for (const q of QUESTIONS.slice(0, 5)) await fn(q); // warm-up
      const xs: number[] = [];
      for (const q of QUESTIONS) {
        const started = performance.now();
        await fn(q);
        xs.push(performance.now() - started);
      }
      return xs;
    };
    const search = await measure((q) => searchArticles(ctx.db, employee, { q }, now));
    rows.push({
      engine,
      case: `search over ${N.toLocaleString('en')} articles`,
      'median ms': pct(search, 0.5),
      'p95 ms': pct(search, 0.95),
    });
    const answer = await measure((q) => ask(ctx.db, employee, { text: q }, now));
    rows.push({
      engine,
      case: 'Rakel answer, no model endpoint',
      'median ms': pct(answer, 0.5),
      'p95 ms': pct(answer, 0.95),
    });
  });
  return rows;
}
