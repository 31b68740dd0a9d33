import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { activitySections, buildActivityReport } from './activity.ts';
import { annualSections } from './annual.ts';
import { activityFixture, activityInput } from './fixtures/activity.ts';
import { assertTablesAddUp } from './fixtures/check.ts';
import { dayAfterMonth, lastDayOf, nbDate, nbDecimal, nbInt, nbPercent } from './format.ts';
import { renderHtml } from './html.ts';
import { headingsOf, tablesOf } from './model.ts';
import { Outline } from './outline.ts';
import { RichDocSchema } from './rich-text.ts';

test('Norwegian formats: 1 234 567, decimal comma, dd.mm.yyyy, the "pr." day', () => {
  assert.equal(nbInt(1234567), '1\u00a0234\u00a0567');
  assert.equal(nbInt(-2183), '-2\u00a0183');
  assert.equal(nbDecimal(4.5), '4,5');
  assert.equal(nbDecimal(1.22, 2), '1,22');
  assert.equal(nbPercent(95, 100), '95,0\u00a0%');
  assert.equal(nbPercent(1, 0), '–');
  assert.equal(nbDate('2024-11-05'), '05.11.2024');
  assert.equal(dayAfterMonth('2024-10'), '1.11.2024');
  assert.equal(dayAfterMonth('2024-12'), '1.1.2025');
  assert.equal(lastDayOf('2024-02'), '29.02.2024');
  assert.equal(lastDayOf('2023-02'), '28.02.2023');
});

test('the outline numbers headings as the council reports do, staff headings under their section', () => {
  const o = new Outline();
  o.heading(1, 'Økonomi');
  o.heading(2, 'Driftskostnader');
  o.heading(2, 'Investeringer');
  o.heading(1, 'Aktiviteter');
  o.heading(2, 'Kundeservice');
  o.heading(3, 'Rullering');
  o.heading(2, 'Oppvekst');
  o.rich(
    {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Alene' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Status' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Detalj' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '   ' }] },
      ],
    },
    2,
  );
  o.heading(1, 'Definisjoner');
  const numbers = o.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.number} ${b.text}`] : []));
  assert.deepEqual(numbers, [
    '1 Økonomi',
    '1.1 Driftskostnader',
    '1.2 Investeringer',
    '2 Aktiviteter',
    '2.1 Kundeservice',
    '2.1.1 Rullering',
    '2.2 Oppvekst',
    '2.2.1 Alene',
    '2.2.2 Status',
    '2.2.2.1 Detalj',
    '3 Definisjoner',
  ]);
});

test('rich text: only what a report needs; scripts, javascript: links and images without alt are refused', () => {
  const ok = RichDocSchema.safeParse(activityInput().sections.values().next().value);
  assert.ok(ok.success);
  const bad = [
    { type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] },
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    },
    {
      type: 'doc',
      content: [{ type: 'image', attrs: { src: '/api/reports/images/00000000-0000-4000-8000-000000000001', alt: '' } }],
    },
    { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://evil.example/x.png', alt: 'x' } }] },
    { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }] },
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'html', text: '<script>' }] }] },
  ];
  for (const b of bad) assert.equal(RichDocSchema.safeParse(b).success, false, JSON.stringify(b));
});

test('the activity report has the sections of seed 002 in its numbering, and its tables add up', () => {
  const doc = activityFixture();
  const heads = headingsOf(doc).map((h) => `${h.number} ${h.text}`);
  for (const h of [
    '1 Økonomi',
    '1.1 Driftskostnader',
    '1.2 Investeringskostnader',
    '2 Aktiviteter',
    '2.1 Kundeservice',
    '2.1.1 Rullering av PC-er',
    '2.1.2 Kompetanseportalen',
    '2.1.3 Chatbot Rakel',
    '2.1.4 Service og support',
    '2.1.4.1 Nye feil og forespørsler fordelt på kategori',
    '2.1.4.6 Overholdelse av tjenestenivåavtalen - SLA',
    '2.1.4.7 Gjennomsnittlig løsningstid på innmeldte feil',
    '2.2 Oppvekst og utdanning',
    '2.2.1 Status diverse prosjekter',
    '2.3 Helse og velferd',
    '2.4 Driftstekniske aktiviteter',
    '3 Definisjoner og begreper',
  ])
    assert.ok(heads.includes(h), `has ${h}: ${heads.join(' | ')}`);
  assertTablesAddUp(doc);
  const op = tablesOf(doc).find((t) => t.id === 'operating')!;
  assert.deepEqual(
    op.total?.map((c) => c.text),
    ['Sum', '80\u00a0442', '89\u00a0477', '1\u00a0936', '87\u00a0541'],
  );
});

test('property: whatever the counts, every chart table adds up to its totals', () => {
  const counts = fc.array(fc.nat({ max: 100_000 }), { minLength: 4, maxLength: 4 });
  fc.assert(
    fc.property(
      fc.array(counts, { minLength: 1, maxLength: 12 }),
      fc.array(counts, { minLength: 1, maxLength: 8 }),
      (cats, members) => {
        const input = activityInput();
        input.stats = {
          ...input.stats,
          newByCategory: cats.map((c, i) => ({ categoryId: null, name: `K${i}`, counts: c })),
          newByMember: members.map((c, i) => ({ memberId: null, name: `M${i}`, counts: c })),
        };
        assertTablesAddUp(buildActivityReport(input));
      },
    ),
    { numRuns: 100 },
  );
});

test('the HTML is one accessible page: escaped text, captions, scoped headers, charts with a name and a table', () => {
  const input = activityInput();
  input.glossary = [{ term: '<script>alert(1)</script>', definition: 'a & b' }];
  const doc = buildActivityReport(input);
  const html = renderHtml(doc, { links: true, images: new Map() });
  assert.ok(!html.includes('<script>alert'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('<html lang="nb">'));
  assert.match(html, /<svg role="img" aria-labelledby="new-by-category-title"/);
  assert.match(html, /<table id="new-by-category-table"><caption>/);
  assert.match(html, /<th scope="col" class="n">oktober<\/th>/);
  // drafts link figures to their records; approved reports do not
  assert.ok(html.includes('href="/economy/2024/operating"'));
  const frozen = renderHtml(doc, { links: false, images: new Map() });
  assert.ok(!frozen.includes('href="/economy/2024/operating"'));
  assert.ok(frozen.includes('href="https://www.molde.kommune.no"'), 'links staff wrote stay');
});

test('the sections staff write carry the numbers their headings get in the built document', () => {
  const input = activityInput();
  const built = new Map(
    buildActivityReport(input).blocks.flatMap((b) => (b.type === 'heading' ? [[b.text, b.number] as const] : [])),
  );
  for (const s of activitySections(input.areas)) assert.equal(s.number, built.get(s.title), s.key);
  const annual = annualSections([{ key: 'area:x', title: 'Teknisk' }], 2);
  assert.deepEqual(
    annual.filter((s) => ['area:x', 'management', 'sick_leave', 'summary'].includes(s.key)).map((s) => s.number),
    ['2.2.3.1', '3.3', '3.5', '6'],
  );
});
