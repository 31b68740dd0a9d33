import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countTerms, parseTsvector, stem, terms, tsvectorLiteral, words } from './analyzer.ts';
import { docPassages, excerpt } from './content.ts';
import { importHtml, importMarkdown } from './import.ts';
import { compoundParts, nearestTerm, parseQuery } from './query.ts';
import { classify, defaultExamples, intentModel } from './rakel/intents.ts';
import { parseModelReply } from './rakel/model.ts';
import { freshness, rank } from './rank.ts';
import { slugify, uniqueSlug } from './slug.ts';

describe('Norwegian analysis', () => {
  it('stems inflections to one term and drops stop words', () => {
    assert.equal(stem('passordet'), stem('passord'));
    assert.equal(stem('skriveren'), 'skriver');
    assert.deepEqual(terms('Hvordan bytter jeg passordet mitt?'), ['bytt', 'passord']);
  });
  it('joins hyphenated words and drops endings after abbreviations', () => {
    assert.deepEqual(words('PC-en og e-post'), ['pc', 'og', 'epost', 'post']);
  });
  it('splits compounds into known parts, with linking s', () => {
    const known = (t: string) => ['skriver', 'kø', 'passord', 'bytt', 'arbeid', 'plass'].includes(t);
    assert.deepEqual(compoundParts('skriverkø', known), ['skriver', 'kø']);
    assert.deepEqual(compoundParts('passordbytte', known), ['passord', 'bytt']);
    assert.deepEqual(compoundParts('arbeidsplass', known), ['arbeid', 'plass']);
    assert.equal(compoundParts('teams', known), null);
  });
  it('repairs a misspelling to the nearest, most common term within the allowed distance', () => {
    assert.equal(
      nearestTerm('pasord', [
        ['passord', 3],
        ['passat', 1],
      ]),
      'passord',
    );
    assert.equal(nearestTerm('vpm', [['vpn', 5]]), null); // too short to guess
  });
  it('a query word matches by stem, synonym, compound or spelling', () => {
    const lex = new Map([
      [stem('skriver'), 2],
      ['kø', 1],
      ['passord', 3],
    ]);
    const q = parseQuery('printer skriverkø passordet', lex, [{ kind: 'synonym', words: ['skriver', 'printer'] }]);
    assert.deepEqual(
      q.groups.map((g) => g.alternatives.map((a) => a.via)),
      [['synonym'], ['compound'], ['word']],
    );
  });
  it('the tsvector literal reads back to the same counts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zæøå]{2,12}$/), { minLength: 1, maxLength: 30 }), (ws) => {
        const counts = countTerms({ title: ws.slice(0, 2).join(' '), summary: '', tags: [], body: ws.join(' ') });
        const back = parseTsvector(tsvectorLiteral(counts));
        for (const [t, c] of counts) {
          const b = back.get(t);
          assert.ok(b);
          assert.equal(b.A, Math.min(c.A, 8));
          assert.equal(b.C, Math.min(c.C, 8));
        }
      }),
    );
  });
});

describe('ranking', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const doc = (title: string, body: string) => countTerms({ title, summary: '', tags: [], body });
  it('title beats body, all words beat some, fresher wins a tie', () => {
    const docs = [
      { id: 'body', counts: doc('Diverse', 'opptak av teams møter'), updatedAt: now },
      { id: 'title', counts: doc('Opptak av Teams-møter', 'slik gjør du'), updatedAt: now },
      { id: 'some', counts: doc('Teams', 'teams teams'), updatedAt: now },
    ];
    const lex = new Map<string, number>();
    for (const d of docs) for (const t of d.counts.keys()) lex.set(t, (lex.get(t) ?? 0) + 1);
    const q = parseQuery('opptak av teams-møter', lex, []);
    const ranked = rank(q, docs, (t) => lex.get(t) ?? 1, 10, now);
    assert.deepEqual(
      ranked.map((r) => r.id),
      ['title', 'body', 'some'],
    );
    assert.ok(freshness(now, now) > freshness(new Date('2024-01-01'), now));
  });
});

describe('content and import', () => {
  it('passages follow the headings', () => {
    const md = importMarkdown('# Tittel\n\nInnledning.\n\n## Del 1\n\nTekst en.\n\n## Del 2\n\n- a\n- b\n', 'x.md');
    assert.equal(md.title, 'Tittel');
    assert.deepEqual(docPassages(md.body), [
      { heading: null, text: 'Innledning.' },
      { heading: 'Del 1', text: 'Tekst en.' },
      { heading: 'Del 2', text: '– a\n– b' },
    ]);
  });
  it('HTML import keeps safe links only and names what it left out', () => {
    const r = importHtml(
      '<h1>T</h1><p><a href="javascript:x()">a</a> <a href="https://x.no">b</a></p><iframe></iframe>',
      't.html',
    );
    const para = r.body.content[0];
    assert.equal(para?.type, 'paragraph');
    assert.equal(JSON.stringify(para).includes('javascript'), false);
    assert.match(JSON.stringify(para), /https:\/\/x\.no/);
    assert.equal(r.warnings.length, 2);
  });
  it('excerpts cut at a word boundary', () => {
    assert.equal(excerpt('en to tre fire fem', 9), 'en to tre …');
    fc.assert(fc.property(fc.string(), fc.integer({ min: 5, max: 50 }), (s, n) => excerpt(s, n).length <= n + 2));
  });
  it('slugs are ASCII and unique', () => {
    assert.equal(slugify('Når får jeg ny PC?'), 'nar-far-jeg-ny-pc');
    assert.equal(uniqueSlug('a', new Set(['a', 'a-2'])), 'a-3');
    fc.assert(fc.property(fc.string(), (s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slugify(s))));
  });
});

describe('Rakel', () => {
  it('recognises the dialogues and leaves how-to questions to the articles', () => {
    const model = intentModel(defaultExamples(), [{ words: ['pc', 'laptop'] }]);
    assert.equal(classify(model, 'Når får jeg ny PC?')?.intent, 'new_pc');
    assert.equal(classify(model, 'når får jeg ny laptop')?.intent, 'new_pc');
    assert.equal(classify(model, 'status på saken min')?.intent, 'my_tickets');
    assert.equal(classify(model, 'jeg har glemt passordet mitt')?.intent, 'forgot_password');
    assert.equal(classify(model, 'meld feil')?.intent, 'report_fault');
    assert.equal(classify(model, 'hvordan bytter jeg passord'), null);
    assert.equal(classify(model, 'hvordan deler jeg en fil i onedrive'), null);
  });
  it('uses a model reply only when it cites a given source', () => {
    assert.deepEqual(parseModelReply('Gjør slik [2] og [9].', 2), { text: 'Gjør slik [2] og .', cited: [1] });
    assert.equal(parseModelReply('Gjør slik.', 2), null);
    assert.equal(parseModelReply('VET_IKKE', 2), null);
  });
});
