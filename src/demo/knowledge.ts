// Demo data for the knowledge portal: the help articles of knowledge-articles.ts (imported from
// their Markdown, published and indexed), editors' synonyms and misspellings, and usage since the
// launch in mid-March 2024 — October 2024 exactly as seed 002 §2.1.2 reports it (3,020 views by
// 676 unique visitors; 1,585 unique visitors since launch). Months older than the retention limit
// are kept as monthly counts only, as the retention job leaves them; later months as single views.
// Deterministic: the same data every time.

import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { indexOf, insertPublishedArticles } from '../modules/knowledge/articles.service.ts';
import { importMarkdown } from '../modules/knowledge/import.ts';
import { pseudonym } from '../modules/knowledge/settings.service.ts';
import { osloDate } from '../shared/dates.ts';
import { uuidv7 } from '../shared/ids.ts';
import { DEMO_ARTICLES } from './knowledge-articles.ts';

export const SYNONYMS: { kind: 'synonym' | 'misspelling'; words: string[] }[] = [
  { kind: 'synonym', words: ['e-post', 'epost', 'mail', 'e-mail', 'jobbmail'] },
  { kind: 'synonym', words: ['pc', 'datamaskin', 'laptop', 'bærbar', 'maskin'] },
  { kind: 'synonym', words: ['skriver', 'printer', 'utskrift'] },
  { kind: 'synonym', words: ['mfa', 'tofaktor', 'totrinnsbekreftelse', 'engangskode'] },
  { kind: 'synonym', words: ['mobil', 'mobiltelefon', 'telefon', 'iphone'] },
  { kind: 'synonym', words: ['vpn', 'fjerntilgang', 'hjemmefra'] },
  { kind: 'synonym', words: ['wifi', 'trådløst', 'nettverk'] },
  { kind: 'synonym', words: ['sikkerhetsnøkkel', 'yubikey', 'fido2'] },
  { kind: 'synonym', words: ['autosvar', 'fraværsmelding'] },
  { kind: 'synonym', words: ['phishing', 'svindel', 'nettfisking'] },
  { kind: 'misspelling', words: ['passord', 'pasord', 'passrod', 'paswsord'] },
  { kind: 'misspelling', words: ['skriver', 'skirver', 'skrvier'] },
  { kind: 'misspelling', words: ['teams', 'temas', 'teasm'] },
  { kind: 'misspelling', words: ['authenticator', 'autentikator', 'authenticater', 'autenticator'] },
];

/** Views and unique visitors a month since the launch; October 2024 from the report. */
function monthlyVolume(month: string): { views: number; visitors: number } {
  const fixed: Record<string, { views: number; visitors: number }> = {
    '2024-03': { views: 610, visitors: 240 },
    '2024-04': { views: 1240, visitors: 352 },
    '2024-05': { views: 1385, visitors: 371 },
    '2024-06': { views: 1150, visitors: 322 },
    '2024-07': { views: 540, visitors: 168 },
    '2024-08': { views: 1580, visitors: 341 },
    '2024-09': { views: 2015, visitors: 376 },
    '2024-10': { views: 3020, visitors: 676 },
  };
  if (fixed[month]) return fixed[month];
  const m = Number(month.slice(5, 7));
  const summer = m === 7 ? 0.45 : m === 12 ? 0.7 : 1;
  const n = Number(month.slice(0, 4)) * 12 + m;
  return {
    views: Math.round((2300 + ((n * 137) % 600)) * summer),
    visitors: Math.round((560 + ((n * 53) % 140)) * summer),
  };
}

/** Unique visitors of March–October 2024 added up (a visitor of several months counted in each). */
const LAUNCH_VISITORS = 2846;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const s = `${y}-${String(m).padStart(2, '0')}`;
    if (s > last) return out;
    out.push(s);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

export async function seedKnowledgeDemo(
  db: Db,
  cooperationId: string,
  memberIds: Map<string, string>,
  ownerId: string,
  now: Date,
) {
  const key = randomBytes(32);
  await db
    .insertInto('kb_settings')
    .values({ cooperation_id: cooperationId, pseudonym_key: key, launched_on: '2024-03-15', updated_at: now })
    .execute();

  const services = await db
    .selectFrom('sd_catalogue_item')
    .select(['id', 'name'])
    .where('cooperation_id', '=', cooperationId)
    .execute();
  const serviceId = new Map(services.map((s) => [s.name, s.id]));
  const articleIds: { id: string; weight: number; title: string }[] = [];
  const rows = DEMO_ARTICLES.map((a, i) => {
    const imported = importMarkdown(a.markdown, `${a.slug}.md`);
    const updated = new Date(now.getTime() - a.updatedDaysAgo * 86_400_000);
    const index = indexOf({ title: a.title, summary: a.summary, tags: a.tags, body: imported.body });
    const id = uuidv7();
    // a few articles are read far more than the rest (Teams, passwords, printers)
    articleIds.push({
      id,
      weight: /teams|passord|skriver|onedrive|mfa|authenticator/.test(a.slug) ? 6 : 1 + (i % 3),
      title: a.title,
    });
    const row = {
      id,
      cooperation_id: cooperationId,
      slug: a.slug,
      kind: a.kind,
      status: 'published' as const,
      title: a.title,
      summary: a.summary,
      body: JSON.stringify(imported.body),
      video_url: a.videoUrl ?? null,
      tags: a.tags,
      audience: a.audience,
      service_ids: (a.services ?? []).map((s) => serviceId.get(s)).filter((x): x is string => Boolean(x)),
      member_ids: (a.members ?? []).map((m) => memberIds.get(m)).filter((x): x is string => Boolean(x)),
      owner_id: ownerId,
      review_on: osloDate(new Date(now.getTime() + a.reviewInDays * 86_400_000)),
      terms: index.terms,
      passages: JSON.stringify(index.passages),
      published_at: updated,
      updated_at: updated,
      created_at: updated,
    };
    return { row, postings: index.postings };
  });
  await insertPublishedArticles(db, cooperationId, rows);
  await db
    .insertInto('kb_synonym')
    .values(
      SYNONYMS.map((s) => ({
        id: uuidv7(),
        cooperation_id: cooperationId,
        kind: s.kind,
        words: s.words,
        updated_at: now,
      })),
    )
    .execute();

  // ---- usage since the launch ----
  const rnd = random(20240315);
  const thisMonth = osloDate(now).slice(0, 7);
  const months = monthsFrom('2024-03', thisMonth);
  const [ty, tm] = thisMonth.split('-').map(Number) as [number, number];
  const cut = new Date(Date.UTC(ty, tm - 1 - 13, 1)).toISOString().slice(0, 7);
  const totalWeight = articleIds.reduce((s, a) => s + a.weight, 0);
  const pick = () => {
    let r = rnd() * totalWeight;
    for (const a of articleIds) {
      r -= a.weight;
      if (r <= 0) return a;
    }
    return articleIds[0] as (typeof articleIds)[number];
  };
  // visitors: a growing pool; 1,585 of them first seen by the end of October 2024
  const visitorRows: { cooperation_id: string; visitor: string; first_seen: string }[] = [];
  const firstSeenCount: Record<string, number> = {};
  let pool = 0;
  const views: { id: string; cooperation_id: string; article_id: string; visitor: string; viewed_at: Date }[] = [];
  for (const month of months) {
    const vol = monthlyVolume(month);
    const newcomers =
      month < '2024-10'
        ? Math.floor((1585 * vol.visitors) / LAUNCH_VISITORS)
        : month === '2024-10'
          ? 1585 - pool
          : month === thisMonth
            ? Math.round(vol.visitors * 0.05)
            : Math.round(vol.visitors * 0.12);
    firstSeenCount[month] = newcomers;
    for (let i = 0; i < newcomers; i++) {
      visitorRows.push({
        cooperation_id: cooperationId,
        visitor: pseudonym(key, `demo-visitor-${pool + i}`),
        first_seen: `${month}-${String(1 + Math.floor(rnd() * 27)).padStart(2, '0')}`,
      });
    }
    pool += newcomers;
    if (month < cut) {
      const top = new Map<string, { articleId: string; title: string; views: number }>();
      for (let i = 0; i < vol.views; i++) {
        const a = pick();
        const t = top.get(a.id) ?? { articleId: a.id, title: a.title, views: 0 };
        t.views++;
        top.set(a.id, t);
      }
      await db
        .insertInto('kb_month')
        .values({
          cooperation_id: cooperationId,
          month: `${month}-01`,
          views: vol.views,
          visitors: vol.visitors,
          top: JSON.stringify(
            [...top.values()].sort((x, y) => y.views - x.views || x.title.localeCompare(y.title)).slice(0, 10),
          ),
        })
        .execute();
      continue;
    }
    // single views for the months still within the retention limit (up to today this month)
    const [y, m] = month.split('-').map(Number) as [number, number];
    const start = Date.UTC(y, m - 1, 1, 6);
    const end = month === thisMonth ? now.getTime() : Date.UTC(y, m, 1, 6);
    const share = month === thisMonth ? (end - start) / (30 * 86_400_000) : 1;
    const active = Math.max(1, Math.min(pool, Math.round(vol.visitors * share)));
    for (let i = 0; i < Math.round(vol.views * share); i++) {
      // each of the month's active visitors at least once, then at random
      const who = i < active ? pool - 1 - i : pool - 1 - Math.floor(rnd() * active);
      views.push({
        id: uuidv7(),
        cooperation_id: cooperationId,
        article_id: pick().id,
        visitor: pseudonym(key, `demo-visitor-${who}`),
        viewed_at: new Date(start + rnd() * (end - start)),
      });
    }
  }
  for (let i = 0; i < visitorRows.length; i += 2000)
    await db
      .insertInto('kb_visitor')
      .values(visitorRows.slice(i, i + 2000))
      .execute();
  for (let i = 0; i < views.length; i += 2000)
    await db
      .insertInto('kb_view')
      .values(views.slice(i, i + 2000))
      .execute();

  // searches of the last weeks, some of which found nothing (what editors should write about)
  const queries: [string, number][] = [
    ['teams møte', 9],
    ['passord', 14],
    ['skriver', 11],
    ['vpn', 6],
    ['lønnsslipp', 0],
    ['parkering rådhuset', 0],
    ['visma ferie', 0],
    ['onedrive synkroniserer ikke', 3],
    ['lønnsslipp', 0],
    ['kantine', 0],
  ];
  await db
    .insertInto('kb_search')
    .values(
      queries.map(([query, results], i) => ({
        id: uuidv7(),
        cooperation_id: cooperationId,
        query,
        results,
        searched_at: new Date(now.getTime() - (i + 1) * 3 * 3_600_000),
      })),
    )
    .execute();
}
