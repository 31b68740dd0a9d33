import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countTerms, stem, terms, words } from './analyzer.ts';
import { docPassages, excerpt } from './content.ts';
import { importHtml, importMarkdown } from './import.ts';
import {
  abbreviationOf,
  compoundParts,
  compoundsBeginningWith,
  isTransposition,
  nearestTerm,
  parseQuery,
} from './query.ts';
import { asksHowTo, classify, defaultExamples, intentModel } from './rakel/intents.ts';
import { parseModelReply } from './rakel/model.ts';
import { freshness, postingsOf, rank, relevance, strengthsOf } from './rank.ts';
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
    // two neighbouring letters swapped is one slip, not two
    assert.equal(nearestTerm('skirver', [['skriver', 2]]), 'skriver');
    assert.equal(isTransposition('skirver', 'skriver'), true);
    assert.equal(isTransposition('skriver', 'skriver'), false);
    assert.equal(isTransposition('abcd', 'badc'), false);
  });
  it('reads a definite ending on an abbreviation, and finds the compounds a word begins', () => {
    const known = (t: string) => ['pc', 'vpn', 'melding', 'problem', 'driftsmelding', 'driftsproblem'].includes(t);
    assert.equal(abbreviationOf('pcen', known), 'pc');
    assert.equal(abbreviationOf('vpnet', known), 'vpn');
    assert.equal(abbreviationOf('kaffen', known), null);
    assert.deepEqual(
      compoundsBeginningWith(
        'drift',
        [
          ['driftsmelding', 4],
          ['driftsproblem', 1],
          ['driftig', 9],
        ],
        known,
      ),
      ['driftsmelding', 'driftsproblem'],
    );
    const lex = new Map([
      ['drift', 2],
      ['driftsmelding', 4],
      ['melding', 9],
    ]);
    const q = parseQuery('drift', lex, [], undefined, (t) => (t === 'drift' ? ['driftsmelding'] : []));
    assert.deepEqual(
      q.groups[0]?.alternatives.map((a) => [a.terms.join('+'), a.via]),
      [
        ['drift', 'word'],
        ['driftsmelding', 'compound'],
      ],
    );
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
  it('an article ranks the same from its postings as from its text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zæøå]{2,12}$/), { minLength: 1, maxLength: 30 }),
        fc.array(fc.stringMatching(/^[a-zæøå]{2,12}$/), { minLength: 1, maxLength: 4 }),
        (ws, qs) => {
          const counts = countTerms({ title: ws.slice(0, 2).join(' '), summary: '', tags: [], body: ws.join(' ') });
          const stored = new Map(postingsOf(counts).map((p) => [p.term, Math.fround(p.strength)]));
          for (const p of postingsOf(counts)) assert.ok(p.strength > 0);
          const lex = new Map([...counts.keys()].map((t) => [t, 1]));
          const q = parseQuery([...qs, ws[0]].join(' '), lex, []);
          const fromText = relevance(q, strengthsOf(counts), () => 1, 10);
          const fromPostings = relevance(
            q,
            (t) => stored.get(t) ?? 0,
            () => 1,
            10,
          );
          assert.equal(fromPostings.matched, fromText.matched);
          assert.ok(Math.abs(fromPostings.score - fromText.score) <= 1e-5 * Math.max(1, fromText.score));
        },
      ),
    );
  });
});

describe('ranking', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const doc = (title: string, body: string) => countTerms({ title, summary: '', tags: [], body });
  it('title beats body, all words beat some, fresher wins a tie', () => {
    const docs = [
      { id: 'body', counts: doc('Diverse', 'opptak av teams møter') },
      { id: 'title', counts: doc('Opptak av Teams-møter', 'slik gjør du') },
      { id: 'some', counts: doc('Teams', 'teams teams') },
    ];
    const lex = new Map<string, number>();
    for (const d of docs) for (const t of d.counts.keys()) lex.set(t, (lex.get(t) ?? 0) + 1);
    const q = parseQuery('opptak av teams-møter', lex, []);
    const ranked = rank(
      q,
      docs.map((d) => ({ id: d.id, strengths: strengthsOf(d.counts), updatedAt: now })),
      (t) => lex.get(t) ?? 1,
      10,
      now,
    );
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
    assert.deepEqual(
      r.warnings.map((w) => [w.code, w.detail]),
      [
        ['unsafe_link', 'javascript:x()'],
        ['content_left_out', 'iframe'],
      ],
    );
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
    // a compound of the examples' words counts as its parts; "how do I" leans to the articles
    assert.equal(classify(model, 'kan du registrere en feilmelding for meg')?.intent, 'report_fault');
    assert.equal(classify(model, 'hvordan rapporterer jeg en svindelmail'), null);
    assert.equal(asksHowTo('Hva må jeg gjøre?'), true);
    assert.equal(asksHowTo('hva er status'), false);
  });
  it('uses a model reply only when it cites a given source', () => {
    assert.deepEqual(parseModelReply('Gjør slik [2] og [9].', 2), { text: 'Gjør slik [2] og .', cited: [1] });
    assert.equal(parseModelReply('Gjør slik.', 2), null);
    assert.equal(parseModelReply('VET_IKKE', 2), null);
  });
});
