// Rakel answers a question: a guided dialogue when the question is one of the routine ones (new PC,
// my tickets, report a fault, forgotten password), otherwise the best passages of the published
// articles — quoted as they stand, or composed by a model endpoint when one is configured — with
// links to the sources, or a plain "I don't know" with a ticket offered, the question prefilled.
//
// NOTE: what Rakel reads about people is read through the asking actor only (their devices, their
// tickets, their conversation). Nothing in a question or an article can name another user's
// records, and the model is never given any: it sees the question and article passages.

import type { Actor } from '../../../app/auth/roles.ts';
import { invalidField, notFound } from '../../../app/errors.ts';
import type { Db } from '../../../db/database.ts';
import { uuidv7 } from '../../../shared/ids.ts';
import { excerpt } from '../content.ts';
import { loadSynonyms, rankedArticles, understand } from '../search.service.ts';
import { knowledgeSettings, pseudonym } from '../settings.service.ts';
import type { Intent } from '../tables.ts';
import { type DialogueState, runDialogue, startDialogue } from './dialogues.ts';
import { classify, commandIntent, defaultExamples, type IntentExample, intentModel } from './intents.ts';
import { askModel, ModelError, type SourcePassage } from './model.ts';

export interface AskInput {
  conversationId?: string;
  text: string;
}

export interface Source {
  articleId: string;
  title: string;
  heading: string | null;
  text: string;
  url: string;
}

export interface Reply {
  conversationId: string;
  turnId: string;
  kind: 'answer' | 'dialogue' | 'unknown';
  intent: Intent | null;
  text: string;
  composed: boolean;
  /** the passages the answer rests on, each with its article's address */
  sources: Source[];
  tickets: { id: string; number: number; subject: string; status: string; updatedAt: string; url: string }[];
  devices: { name: string | null; model: string | null; kind: string; expiresOn: string | null; expired: boolean }[];
  quickReplies: { label: string; value: string }[];
  /** "I don't know": a ticket offered with the question prefilled */
  ticketOffer: { subject: string; description: string } | null;
  createdTicket: { id: string; number: number; url: string } | null;
  /** why a configured model was not used for this answer */
  modelNote: string | null;
}

/** An answer counts as found when its best article has at least 30 % of the question's weight (IDF) and this score. */
export const MIN_SCORE = 3;
const MIN_COVERAGE = 0.25;

/** The examples the cooperation recognises intents by (the defaults until editors change them). */
export async function intentExamples(db: Db, cooperationId: string): Promise<IntentExample[]> {
  const rows = await db
    .selectFrom('kb_intent_example')
    .select(['intent', 'phrase'])
    .where('cooperation_id', '=', cooperationId)
    .orderBy('intent')
    .orderBy('phrase')
    .execute();
  return rows.length ? rows : defaultExamples();
}

async function conversationOf(
  db: Db,
  actor: Actor,
  visitor: string,
  id: string | undefined,
  channel: 'portal' | 'teams',
  now: Date,
) {
  if (id) {
    const row = await db
      .selectFrom('kb_conversation')
      .select(['id', 'state'])
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      // a conversation is only ever continued by the person who started it
      .where('visitor', '=', visitor)
      .executeTakeFirst();
    if (!row) throw notFound('The conversation');
    return { id: row.id, state: row.state as DialogueState | null };
  }
  const newId = uuidv7();
  await db
    .insertInto('kb_conversation')
    .values({
      id: newId,
      cooperation_id: actor.cooperationId,
      visitor,
      channel,
      state: null,
      started_at: now,
      last_at: now,
    })
    .execute();
  return { id: newId, state: null };
}

type Retrieved = Awaited<ReturnType<typeof retrieve>>;

/** The best passages for a question from the articles the actor may read: one per article, best article first. */
export async function retrieve(db: Db, actor: Actor, question: string, now: Date, articles = 3) {
  const u = await understand(db, actor.cooperationId, question);
  const ranked = await rankedArticles(db, actor, u, {}, now);
  const top = ranked.slice(0, articles);
  return {
    ranked,
    found: top.length > 0 && (top[0]?.score ?? 0) >= MIN_SCORE && (top[0]?.coverage ?? 0) >= MIN_COVERAGE,
    // the best articles' best sections, as the ranking read them
    sources: top.flatMap((t) => {
      const best = t.evidence?.best;
      if (!t.evidence || !best) return [];
      return [
        {
          articleId: t.id,
          title: t.evidence.title,
          heading: best.passage.heading,
          text: best.passage.text,
          url: `/knowledge/articles/${t.evidence.slug}`,
        },
      ];
    }),
  };
}

function reply(conversationId: string, turnId: string, partial: Partial<Reply> & Pick<Reply, 'kind' | 'text'>): Reply {
  return {
    conversationId,
    turnId,
    intent: null,
    composed: false,
    sources: [],
    tickets: [],
    devices: [],
    quickReplies: [],
    ticketOffer: null,
    createdTicket: null,
    modelNote: null,
    ...partial,
  };
}

export const DONT_KNOW =
  'Det vet jeg dessverre ikke – jeg fant ingen hjelpeartikkel som svarer på dette. Vil du at jeg lager en sak til Kundeservice med spørsmålet ditt?';

/**
 * Answer one message of a conversation (a new one when no id is given). The conversation and its
 * questions are logged under the asker's pseudonym (not in the audit log, which would name them)
 * and deleted after the retention limit; a ticket Rakel creates is audited as usual.
 */
export async function ask(
  db: Db,
  actor: Actor,
  input: AskInput,
  now: Date,
  channel: 'portal' | 'teams' = 'portal',
  requestId?: string,
): Promise<Reply> {
  const started = performance.now();
  const text = input.text.trim();
  if (!text) throw invalidField('text', 'write a question');
  if (!actor.userId) throw invalidField('text', 'Rakel answers signed-in users');
  const settings = await knowledgeSettings(db, actor.cooperationId, now);
  const visitor = pseudonym(settings.pseudonymKey, actor.userId);
  const conversation = await conversationOf(db, actor, visitor, input.conversationId, channel, now);
  const turnId = uuidv7();

  let out: Reply;
  let state: DialogueState | null = null;
  if (conversation.state) {
    const r = await runDialogue(db, actor, conversation.state, text, now, requestId);
    state = r.state;
    out = reply(conversation.id, turnId, { kind: 'dialogue', intent: conversation.state.flow, ...r.reply });
  } else {
    const model = intentModel(
      await intentExamples(db, actor.cooperationId),
      await loadSynonyms(db, actor.cooperationId),
    );
    const match = commandIntent(text) ?? classify(model, text);
    if (match) {
      const r = await startDialogue(db, actor, match, text, now, (q) => retrieve(db, actor, q, now));
      state = r.state;
      out = reply(conversation.id, turnId, { kind: 'dialogue', intent: match.intent, ...r.reply });
    } else {
      out = await answerFromArticles(db, actor, conversation.id, turnId, text, now, settings.model);
    }
  }

  await db
    .updateTable('kb_conversation')
    .set({ state: state ? JSON.stringify(state) : null, last_at: now })
    .where('id', '=', conversation.id)
    .execute();
  await db
    .insertInto('kb_turn')
    .values({
      id: turnId,
      cooperation_id: actor.cooperationId,
      conversation_id: conversation.id,
      question: text.slice(0, 1000),
      intent: out.intent,
      outcome: out.kind === 'unknown' ? 'unknown' : out.kind === 'dialogue' ? 'dialogue' : 'answered',
      article_ids: [...new Set(out.sources.map((s) => s.articleId))],
      used_model: out.composed,
      helpful: null,
      ms: Math.round(performance.now() - started),
      at: now,
    })
    .execute();
  return out;
}

async function answerFromArticles(
  db: Db,
  actor: Actor,
  conversationId: string,
  turnId: string,
  question: string,
  now: Date,
  model: Awaited<ReturnType<typeof knowledgeSettings>>['model'],
  retrieved?: Retrieved,
): Promise<Reply> {
  const found = retrieved ?? (await retrieve(db, actor, question, now));
  const offer = { subject: excerpt(question, 120), description: question };
  if (!found.found || found.sources.length === 0) {
    return reply(conversationId, turnId, {
      kind: 'unknown',
      text: DONT_KNOW,
      ticketOffer: offer,
      quickReplies: [{ label: 'Meld feil til Kundeservice', value: 'meld feil' }],
    });
  }
  const sources: Source[] = found.sources;
  if (model) {
    try {
      const passages: SourcePassage[] = sources.map((s) => ({ title: s.title, heading: s.heading, text: s.text }));
      const answer = await askModel(model, question, passages);
      if (!answer) {
        return reply(conversationId, turnId, { kind: 'unknown', text: DONT_KNOW, ticketOffer: offer, composed: true });
      }
      return reply(conversationId, turnId, {
        kind: 'answer',
        text: answer.text,
        composed: true,
        sources: answer.cited.map((i) => sources[i] as Source),
      });
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      // the model is down or refused: the extractive answer is still a good answer
      return extractive(conversationId, turnId, sources, e.message);
    }
  }
  return extractive(conversationId, turnId, sources, null);
}

function extractive(conversationId: string, turnId: string, sources: Source[], modelNote: string | null): Reply {
  const best = sources[0] as Source;
  return reply(conversationId, turnId, {
    kind: 'answer',
    text: `Dette fant jeg i «${best.title}»${best.heading ? ` (${best.heading})` : ''}:\n\n${excerpt(best.text, 900)}`,
    sources,
    modelNote,
    quickReplies: [{ label: 'Det hjalp ikke – meld feil', value: 'meld feil' }],
  });
}

/** The asker marks an answer helpful or not (only their own answers). */
export async function rateTurn(db: Db, actor: Actor, turnId: string, helpful: boolean, now: Date) {
  if (!actor.userId) throw notFound('The answer');
  const settings = await knowledgeSettings(db, actor.cooperationId, now);
  const visitor = pseudonym(settings.pseudonymKey, actor.userId);
  const row = await db
    .selectFrom('kb_turn')
    .innerJoin('kb_conversation', 'kb_conversation.id', 'kb_turn.conversation_id')
    .select('kb_turn.id')
    .where('kb_turn.cooperation_id', '=', actor.cooperationId)
    .where('kb_turn.id', '=', turnId)
    .where('kb_conversation.visitor', '=', visitor)
    .executeTakeFirst();
  if (!row) throw notFound('The answer');
  // NOTE: not in the audit log: that would tie the pseudonymised conversation to the user's id
  await db.updateTable('kb_turn').set({ helpful }).where('id', '=', turnId).execute();
  return { ok: true };
}
