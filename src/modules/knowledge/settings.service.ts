// A cooperation's knowledge settings: the key that pseudonymises visitors and askers, how long
// views and conversations are kept, and the optional model endpoint Rakel composes answers with.

import { createHmac, randomBytes } from 'node:crypto';
import type { Actor } from '../../app/auth/roles.ts';
import { hasRole } from '../../app/auth/roles.ts';
import { forbidden } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { auditChange } from '../audit/audit.service.ts';

export interface KnowledgeSettings {
  pseudonymKey: Uint8Array;
  viewRetentionMonths: number;
  conversationRetentionDays: number;
  model: ModelEndpoint | null;
  launchedOn: string | null;
}

export interface ModelEndpoint {
  /** base URL of an OpenAI-compatible API, e.g. https://x.openai.azure.com/openai/deployments/gpt-4o */
  url: string;
  name: string;
  key: string | null;
  /** set for Azure OpenAI: sent as ?api-version=, and the key as the api-key header */
  apiVersion: string | null;
}

/** The settings of a cooperation, created with a fresh random pseudonym key the first time. */
export async function knowledgeSettings(db: Db, cooperationId: string, now: Date): Promise<KnowledgeSettings> {
  let row = await db
    .selectFrom('kb_settings')
    .selectAll()
    .where('cooperation_id', '=', cooperationId)
    .executeTakeFirst();
  if (!row) {
    await db
      .insertInto('kb_settings')
      .values({ cooperation_id: cooperationId, pseudonym_key: randomBytes(32), updated_at: now })
      .onConflict((oc) => oc.column('cooperation_id').doNothing())
      .execute();
    row = await db
      .selectFrom('kb_settings')
      .selectAll()
      .where('cooperation_id', '=', cooperationId)
      .executeTakeFirstOrThrow();
  }
  return {
    pseudonymKey: row.pseudonym_key,
    viewRetentionMonths: row.view_retention_months,
    conversationRetentionDays: row.conversation_retention_days,
    model: row.model_url
      ? { url: row.model_url, name: row.model_name ?? '', key: row.model_key, apiVersion: row.model_api_version }
      : null,
    launchedOn: row.launched_on,
  };
}

/**
 * A visitor's pseudonym: HMAC-SHA256 of the user id under the cooperation's own key. The same user
 * gets the same pseudonym (so unique visitors can be counted); without the key, which never leaves
 * the database, it cannot be turned back into a user.
 */
export function pseudonym(key: Uint8Array, userId: string): string {
  return createHmac('sha256', key).update(userId).digest('base64url').slice(0, 32);
}

export interface SettingsInput {
  viewRetentionMonths?: number;
  conversationRetentionDays?: number;
  launchedOn?: string | null;
  model?: { url: string; name: string; key?: string; apiVersion?: string | null } | null;
}

/** The settings as administrators see them: the model key never leaves the server. */
export async function settingsView(db: Db, actor: Actor, now: Date) {
  if (!hasRole(actor, 'admin')) throw forbidden('Only administrators change the knowledge settings.');
  const s = await knowledgeSettings(db, actor.cooperationId, now);
  return {
    viewRetentionMonths: s.viewRetentionMonths,
    conversationRetentionDays: s.conversationRetentionDays,
    launchedOn: s.launchedOn,
    model: s.model
      ? { url: s.model.url, name: s.model.name, apiVersion: s.model.apiVersion, hasKey: s.model.key !== null }
      : null,
  };
}

export async function saveSettings(db: Db, actor: Actor, input: SettingsInput, now: Date, requestId?: string) {
  if (!hasRole(actor, 'admin')) throw forbidden('Only administrators change the knowledge settings.');
  await inTransaction(db, async (tx) => {
    const current = await knowledgeSettings(tx, actor.cooperationId, now);
    const model =
      input.model === undefined
        ? undefined
        : input.model === null
          ? { model_url: null, model_name: null, model_key: null, model_api_version: null }
          : {
              model_url: input.model.url.replace(/\/+$/, ''),
              model_name: input.model.name,
              // left out: the stored key stays (when the address is the same)
              model_key: input.model.key ?? (current.model?.url === input.model.url ? current.model.key : null),
              model_api_version: input.model.apiVersion ?? null,
            };
    await tx
      .updateTable('kb_settings')
      .set({
        ...(input.viewRetentionMonths !== undefined && { view_retention_months: input.viewRetentionMonths }),
        ...(input.conversationRetentionDays !== undefined && {
          conversation_retention_days: input.conversationRetentionDays,
        }),
        ...(input.launchedOn !== undefined && { launched_on: input.launchedOn }),
        ...model,
        updated_at: now,
      })
      .where('cooperation_id', '=', actor.cooperationId)
      .execute();
    await auditChange(
      tx,
      actor,
      'update',
      'kb_settings',
      actor.cooperationId,
      'Changed the knowledge settings',
      requestId,
      {
        viewRetentionMonths: input.viewRetentionMonths,
        conversationRetentionDays: input.conversationRetentionDays,
        modelUrl: input.model === undefined ? undefined : (input.model?.url ?? null),
      },
    );
  });
  return settingsView(db, actor, now);
}
