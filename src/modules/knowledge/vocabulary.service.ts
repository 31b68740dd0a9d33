// What editors teach search and Rakel: synonyms ("epost" = "e-post" = "mail"), misspellings
// ("pasord" → "passord"), and the example phrases Rakel recognises her dialogues by.

import type { Actor } from '../../app/auth/roles.ts';
import { invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { auditChange } from '../audit/audit.service.ts';
import { assertEditor } from './access.ts';
import { terms } from './analyzer.ts';
import { INTENT_LABEL, INTENTS, intentTerms } from './rakel/intents.ts';
import { intentExamples } from './rakel/rakel.service.ts';
import type { Intent } from './tables.ts';

export interface SynonymInput {
  kind: 'synonym' | 'misspelling';
  words: string[];
}

export async function listSynonyms(db: Db, actor: Actor) {
  assertEditor(actor);
  const rows = await db
    .selectFrom('kb_synonym')
    .select(['id', 'kind', 'words', 'updated_at'])
    .where('cooperation_id', '=', actor.cooperationId)
    .orderBy('kind')
    .orderBy('words')
    .execute();
  return {
    synonyms: rows.map((r) => ({ id: r.id, kind: r.kind, words: r.words, updatedAt: r.updated_at.toISOString() })),
  };
}

function cleanWords(input: SynonymInput) {
  const words = [...new Set(input.words.map((w) => w.trim().toLowerCase()).filter(Boolean))];
  if (words.length < 2) throw invalidField('words', 'give at least two different words');
  words.forEach((w, i) => {
    if (terms(w).length === 0) throw invalidField(`words.${i}`, `"${w}" has no word search can use (only stop words)`);
  });
  return words;
}

export async function saveSynonym(
  db: Db,
  actor: Actor,
  id: string | null,
  input: SynonymInput,
  now: Date,
  requestId?: string,
) {
  assertEditor(actor);
  const words = cleanWords(input);
  const rowId = id ?? uuidv7();
  await inTransaction(db, async (tx) => {
    if (id) {
      const r = await tx
        .updateTable('kb_synonym')
        .set({ kind: input.kind, words, updated_at: now })
        .where('cooperation_id', '=', actor.cooperationId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw notFound('The synonym');
    } else {
      await tx
        .insertInto('kb_synonym')
        .values({ id: rowId, cooperation_id: actor.cooperationId, kind: input.kind, words, updated_at: now })
        .execute();
    }
    await auditChange(
      tx,
      actor,
      id ? 'update' : 'create',
      'kb_synonym',
      rowId,
      `${input.kind === 'synonym' ? 'Synonyms' : 'Misspelling'}: ${words.join(', ')}`,
      requestId,
    );
  });
  return { id: rowId, kind: input.kind, words, updatedAt: now.toISOString() };
}

export async function deleteSynonym(db: Db, actor: Actor, id: string, requestId?: string) {
  assertEditor(actor);
  await inTransaction(db, async (tx) => {
    const r = await tx
      .deleteFrom('kb_synonym')
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('The synonym');
    await auditChange(tx, actor, 'delete', 'kb_synonym', id, 'Deleted a synonym entry', requestId);
  });
  return { ok: true };
}

/** The intents with their examples (the defaults until the cooperation stores its own). */
export async function listIntents(db: Db, actor: Actor) {
  assertEditor(actor);
  const examples = await intentExamples(db, actor.cooperationId);
  const stored = await db
    .selectFrom('kb_intent_example')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('cooperation_id', '=', actor.cooperationId)
    .executeTakeFirstOrThrow();
  return {
    usingDefaults: Number(stored.n) === 0,
    intents: INTENTS.map((intent) => ({
      intent,
      label: INTENT_LABEL[intent],
      examples: examples.filter((e) => e.intent === intent).map((e) => e.phrase),
    })),
  };
}

/** Replace the examples of one intent (the other intents keep theirs). */
export async function saveIntentExamples(db: Db, actor: Actor, intent: Intent, phrases: string[], requestId?: string) {
  assertEditor(actor);
  const clean = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))];
  if (clean.length === 0) throw invalidField('examples', 'an intent needs at least one example');
  clean.forEach((p, i) => {
    if (intentTerms(p).size === 0) throw invalidField(`examples.${i}`, `"${p}" has no words Rakel can recognise`);
  });
  await inTransaction(db, async (tx) => {
    const current = await intentExamples(tx, actor.cooperationId);
    const stored = await tx
      .selectFrom('kb_intent_example')
      .select('id')
      .where('cooperation_id', '=', actor.cooperationId)
      .limit(1)
      .execute();
    // the first change stores the defaults of the other intents too, so nothing else changes
    if (stored.length === 0) {
      const others = current.filter((e) => e.intent !== intent);
      if (others.length)
        await tx
          .insertInto('kb_intent_example')
          .values(
            others.map((e) => ({
              id: uuidv7(),
              cooperation_id: actor.cooperationId,
              intent: e.intent,
              phrase: e.phrase,
            })),
          )
          .execute();
    }
    await tx
      .deleteFrom('kb_intent_example')
      .where('cooperation_id', '=', actor.cooperationId)
      .where('intent', '=', intent)
      .execute();
    await tx
      .insertInto('kb_intent_example')
      .values(clean.map((phrase) => ({ id: uuidv7(), cooperation_id: actor.cooperationId, intent, phrase })))
      .execute();
    await auditChange(
      tx,
      actor,
      'update',
      'kb_intent',
      intent,
      `Set ${clean.length} examples for ${intent}`,
      requestId,
    );
  });
  return listIntents(db, actor);
}
