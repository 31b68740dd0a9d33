// npm run eval:assistant — how well Rakel answers the evaluation set (cases.ts) over the demo
// articles: top-1 and top-3 accuracy of the articles she answers with, accuracy of the dialogues
// she recognises, how often she says "I don't know" when no article answers, and her latency.
// Runs on a fresh in-memory database with the demo cooperation. `--verbose` lists every miss.
// Exits 1 when a target (top-1 ≥ 80 %, top-3 ≥ 95 %) is missed.

import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../app/auth/roles.ts';
import { openContext } from '../../../app/bootstrap.ts';
import { loadConfig } from '../../../config.ts';
import { seedDemo } from '../../../demo/seed.ts';
import { ask } from '../rakel/rakel.service.ts';
import { EVAL_CASES } from './cases.ts';

const verbose = process.argv.includes('--verbose');
const ctx = await openContext(loadConfig({ LOG_LEVEL: 'silent', SAMDRIFT_DEMO: 'false' }), { dataDir: 'memory' });
const now = new Date();
await seedDemo(ctx.db, { now, ticketsPerYear: 50 });
const coop = await ctx.db.selectFrom('cooperation').select('id').executeTakeFirstOrThrow();
const molde = await ctx.db
  .selectFrom('member')
  .select('id')
  .where('cooperation_id', '=', coop.id)
  .where('code', '=', 'molde')
  .executeTakeFirstOrThrow();
const slugs = new Map(
  (await ctx.db.selectFrom('kb_article').select(['id', 'slug']).where('cooperation_id', '=', coop.id).execute()).map(
    (r) => [r.id, r.slug],
  ),
);
/** An ordinary employee of Molde kommune (not staff: sees what employees see). */
const actor: Actor = {
  userId: randomUUID(),
  cooperationId: coop.id,
  name: 'Eval',
  memberId: molde.id,
  roles: [{ role: 'employee', memberId: molde.id }],
};

let articles = 0;
let top1 = 0;
let top3 = 0;
let intents = 0;
let intentsRight = 0;
let unknowns = 0;
let unknownsRight = 0;
const misses: string[] = [];
const ms: number[] = [];
for (const c of EVAL_CASES) {
  const started = performance.now();
  const r = await ask(ctx.db, actor, { text: c.question }, now);
  ms.push(performance.now() - started);
  const got = r.kind === 'answer' ? r.sources.map((s) => slugs.get(s.articleId)) : [];
  if ('article' in c) {
    articles++;
    const ok = new Set([c.article, ...(c.alsoOk ?? [])]);
    if (got[0] && ok.has(got[0])) top1++;
    else
      misses.push(
        `article  «${c.question}» → ${r.kind === 'answer' ? got.join(', ') : `${r.kind} ${r.intent ?? ''}`} (expected ${c.article})`,
      );
    if (got.slice(0, 3).some((s) => s && ok.has(s))) top3++;
  } else if ('intent' in c) {
    intents++;
    if (r.kind === 'dialogue' && r.intent === c.intent) intentsRight++;
    else misses.push(`intent   «${c.question}» → ${r.kind} ${r.intent ?? ''} (expected ${c.intent})`);
  } else {
    unknowns++;
    if (r.kind === 'unknown') unknownsRight++;
    else misses.push(`unknown  «${c.question}» → ${r.kind} ${r.intent ?? got.join(', ')}`);
  }
}
ms.sort((a, b) => a - b);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)} %`;
const p = (q: number) => (ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0).toFixed(1);
console.log(
  `Rakel on the demo articles (${slugs.size} articles), ${EVAL_CASES.length} questions, engine ${ctx.database.engine}`,
);
console.log(
  `  article questions   ${articles}: top-1 ${pct(top1, articles)} (${top1}), top-3 ${pct(top3, articles)} (${top3})`,
);
console.log(`  dialogue intents    ${intents}: ${pct(intentsRight, intents)} (${intentsRight})`);
console.log(`  "I don't know"      ${unknowns}: ${pct(unknownsRight, unknowns)} (${unknownsRight})`);
console.log(`  answer time without a model: median ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms`);
if (verbose) for (const m of misses) console.log(`  miss: ${m}`);
const pass = top1 / articles >= 0.8 && top3 / articles >= 0.95;
console.log(pass ? 'Targets met (top-1 ≥ 80 %, top-3 ≥ 95 %).' : 'Targets NOT met (top-1 ≥ 80 %, top-3 ≥ 95 %).');
await ctx.database.close();
process.exit(pass ? 0 : 1);
