// Recognising what someone wants from Rakel: a guided dialogue (new PC, my tickets, report a fault,
// forgotten password), a greeting, a person — or, when none fits well enough, a question for the
// articles. Intents are learnt from Norwegian example phrases the editors can change; a question is
// compared with each example by the cosine of their word sets. Pure functions.

import { STOP_WORDS, stem, words } from '../analyzer.ts';
import { compoundParts } from '../query.ts';
import type { Intent } from '../tables.ts';

export const INTENTS: readonly Intent[] = [
  'new_pc',
  'my_tickets',
  'report_fault',
  'forgot_password',
  'greeting',
  'human',
];

export const INTENT_LABEL: Record<Intent, string> = {
  new_pc: 'Når får jeg ny PC?',
  my_tickets: 'Status på saken min',
  report_fault: 'Meld feil',
  forgot_password: 'Glemt passord',
  greeting: 'Hilsen',
  human: 'Snakke med en person',
};

/** The examples a cooperation starts with; editors add their own users' phrasing. */
export const DEFAULT_EXAMPLES: Record<Intent, string[]> = {
  new_pc: [
    'når får jeg ny pc',
    'når skal pc-en min byttes',
    'er det min tur til ny pc',
    'når blir datamaskinen min byttet ut',
    'når får jeg ny bærbar',
    'hvor gammel er pc-en min',
    'når går pc-en min ut på dato',
    'når er min pc ferdig rullert',
    'når står jeg for tur i pc-rulleringen',
    'skal jeg få ny maskin snart',
  ],
  my_tickets: [
    'status på saken min',
    'hva skjer med saken min',
    'mine saker',
    'har dere sett på henvendelsen min',
    'hvordan går det med saken jeg meldte inn',
    'vis mine åpne saker',
    'er saken min løst',
    'har noen tatt saken min',
    'hvor langt har dere kommet med saken min',
    'jeg sendte inn en sak og har ikke hørt noe',
    'har dere sett på feilen jeg meldte',
    'når blir saken min ferdig',
    'oversikt over sakene mine',
  ],
  report_fault: [
    'meld feil',
    'melde feil',
    'jeg vil melde en feil',
    'jeg vil melde inn en feil',
    'opprett sak',
    'lag en sak til kundeservice',
    'registrere feil',
    'ny henvendelse',
    'jeg vil sende inn en sak',
    'rapportere en feil',
    'jeg har et problem jeg vil melde',
    'sende en feilmelding',
    'registrere en feilmelding',
    'rapportere et problem',
    'kan du lage en sak for meg',
    'noe virker ikke, opprett en sak',
  ],
  forgot_password: [
    'glemt passord',
    'jeg har glemt passordet',
    'husker ikke passordet mitt',
    'passordet mitt er sperret',
    'kontoen min er låst',
    'tilbakestille passord',
    'nullstille passordet',
    'kommer ikke inn har glemt passordet',
    'låst ute av kontoen',
  ],
  greeting: [
    'hei',
    'hallo',
    'heisann',
    'heia',
    'god morgen',
    'god dag',
    'god ettermiddag',
    'god kveld',
    'hei rakel',
    'takk for hjelpen',
    'tusen takk',
  ],
  human: [
    'snakke med et menneske',
    'snakke med en person',
    'ringe kundeservice',
    'kontakte kundeservice',
    'få tak i servicedesken',
    'jeg vil snakke med noen på it',
    'prate med et menneske',
    'sette meg over til en saksbehandler',
    'koble meg til en medarbeider i kundeservice',
  ],
};

/** Words that are stop words for search but tell intents apart ("når", "min", "takk", "hei"). */
const INTENT_WORDS = new Set(['når', 'min', 'mine', 'mitt', 'takk', 'hei', 'tur']);

/** The words an intent is recognised by: stems of topic words and of the few telling function words. */
export function intentTerms(text: string, canon: (t: string) => string = (t) => t): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOP_WORDS.has(w) && !INTENT_WORDS.has(w)) continue;
    out.add(canon(stem(w)));
  }
  return out;
}

export interface IntentExample {
  intent: Intent;
  phrase: string;
}

export interface IntentModel {
  examples: { intent: Intent; phrase: string; terms: Set<string> }[];
  /** how telling a word is: words of one intent's examples only weigh most */
  weight: Map<string, number>;
  canon: (t: string) => string;
}

/**
 * Learn the intents from their examples. `synonyms` (the editors' list: groups of equal words,
 * misspellings with the right word first) make "laptop" count as "pc" and "pasord" as "passord".
 */
export function intentModel(examples: IntentExample[], synonyms: { words: string[] }[] = []): IntentModel {
  const rep = new Map<string, string>();
  for (const s of synonyms) {
    const stems = s.words
      .map((w) => [...intentTerms(w)])
      .filter((t) => t.length === 1)
      .map((t) => t[0] as string);
    const head = stems[0];
    if (head) for (const t of stems) if (!rep.has(t)) rep.set(t, head);
  }
  const canon = (t: string) => rep.get(t) ?? t;
  const parsed = examples.map((e) => ({ ...e, terms: intentTerms(e.phrase, canon) })).filter((e) => e.terms.size > 0);
  const intentsOf = new Map<string, Set<Intent>>();
  for (const e of parsed) {
    for (const t of e.terms) {
      const set = intentsOf.get(t) ?? new Set<Intent>();
      set.add(e.intent);
      intentsOf.set(t, set);
    }
  }
  const n = new Set(parsed.map((e) => e.intent)).size || 1;
  const weight = new Map([...intentsOf].map(([t, set]) => [t, 1 + Math.log(n / set.size)]));
  return { examples: parsed, weight, canon };
}

/** The default examples as a flat list. */
export function defaultExamples(): IntentExample[] {
  return INTENTS.flatMap((intent) => DEFAULT_EXAMPLES[intent].map((phrase) => ({ intent, phrase })));
}

/** How close a question must be to an example to start a dialogue instead of searching. */
export const INTENT_THRESHOLD = 0.6;
/** A word no example has: it is about something else, so it weighs more than a common intent word. */
const UNSEEN_WEIGHT = 1;

export interface IntentMatch {
  intent: Intent;
  score: number;
  example: string;
}

/**
 * The best intent for a question, or null when none is close enough. A question matches an example
 * by how much of the example it contains (most) and how much of the question the example explains,
 * each word weighed by how telling it is.
 */
export function classify(model: IntentModel, question: string): IntentMatch | null {
  const best = closestIntent(model, question);
  if (!best) return null;
  // "how do I …" asks for instructions: the article answers it, unless the question is very close to a dialogue
  const score = asksHowTo(question) ? best.score * HOW_TO_FACTOR : best.score;
  return score >= INTENT_THRESHOLD ? { ...best, score } : null;
}

/** How much a question asking for instructions counts towards a dialogue. */
const HOW_TO_FACTOR = 0.85;

/** "meld feil: …", "jeg vil melde inn en feil – …": a command to report a fault, with or without what is wrong. */
export const REPORT_COMMAND =
  /^\s*(jeg vil\s+)?(melde?|registrere|rapportere)\s+(inn\s+)?(en\s+)?feil(\b|$)\s*[:,.-]?\s*/i;

/** A message that is a command, whatever else it says: "meld feil: skjermen er svart" starts the dialogue. */
export function commandIntent(text: string): IntentMatch | null {
  return REPORT_COMMAND.test(text) ? { intent: 'report_fault', score: 1, example: 'meld feil' } : null;
}

/** Whether a question asks how to do something ("hvordan …", "korleis …", "hva må/bør jeg …"). */
export function asksHowTo(question: string): boolean {
  const ws = words(question);
  return ws.some(
    (w, i) => w === 'hvordan' || w === 'korleis' || (w === 'hva' && ['må', 'bør'].includes(ws[i + 1] ?? '')),
  );
}

/** The closest example's intent and score, however weak. */
export function closestIntent(model: IntentModel, question: string): IntentMatch | null {
  const q = new Set<string>();
  // a compound of the examples' words counts as its parts ("feilmeldingen" → feil + melding)
  for (const t of intentTerms(question, model.canon)) {
    const parts = model.weight.has(t) ? null : compoundParts(t, (x) => model.weight.has(x));
    for (const x of parts ?? [t]) q.add(x);
  }
  if (q.size === 0) return null;
  const w = (t: string) => model.weight.get(t) ?? UNSEEN_WEIGHT;
  let qWeight = 0;
  for (const t of q) qWeight += w(t);
  let best: IntentMatch | null = null;
  for (const e of model.examples) {
    let shared = 0;
    let eWeight = 0;
    for (const t of e.terms) {
      eWeight += w(t);
      if (q.has(t)) shared += w(t);
    }
    if (shared === 0) continue;
    const score = (shared / eWeight) ** 0.6 * (shared / qWeight) ** 0.4;
    if (!best || score > best.score) best = { intent: e.intent, score, example: e.phrase };
  }
  return best;
}
