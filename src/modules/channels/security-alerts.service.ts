// Security alerts: sources (the SOC service, HelseCert-style senders) post alerts to one webhook
// with their own token and, where they can, an HMAC signature. An alert becomes a ticket of kind
// security alert, once per sender's alert id; every post is recorded (created, duplicate, rejected).
import { z } from 'zod';
import type { Actor } from '../../app/auth/roles.ts';
import { hasRole } from '../../app/auth/roles.ts';
import type { AppContext } from '../../app/context.ts';
import { AppError, forbidden, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { ownsRow } from '../../db/owned.ts';
import { auditChange } from '../audit/audit.service.ts';
import { createTicket } from '../servicedesk/tickets.service.ts';
import { newSecret, sha256Hex, signatureValid } from './signature.ts';
import { channelActor } from './system-actor.ts';

export const AlertPayloadSchema = z.object({
  alertId: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(20_000).optional(),
  severity: z.enum(['critical', 'high', 'medium', 'low']).default('high'),
  /** the member concerned: its code, organisation number or one of its e-mail domains */
  member: z.string().trim().max(200).optional(),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
});

function requireAdmin(actor: Actor) {
  if (!hasRole(actor, 'admin')) throw forbidden('Only administrators manage alert sources.');
}

const sourceColumns = [
  'id',
  'name',
  'token_hint',
  'hmac_secret',
  'category_id',
  'member_id',
  'active',
  'created_at',
  'last_received_at',
] as const;

type SourceRow = {
  id: string;
  name: string;
  token_hint: string;
  hmac_secret: string | null;
  category_id: string | null;
  member_id: string | null;
  active: boolean;
  created_at: Date;
  last_received_at: Date | null;
};

const presentSource = (s: SourceRow) => ({
  id: s.id,
  name: s.name,
  tokenHint: s.token_hint,
  signed: s.hmac_secret !== null,
  categoryId: s.category_id,
  memberId: s.member_id,
  active: s.active,
  createdAt: s.created_at.toISOString(),
  lastReceivedAt: s.last_received_at?.toISOString() ?? null,
});

export async function listAlertSources(db: Db, actor: Actor) {
  requireAdmin(actor);
  const rows = await db
    .selectFrom('alert_source')
    .select(sourceColumns)
    .where('cooperation_id', '=', actor.cooperationId)
    .orderBy('name')
    .execute();
  return { sources: rows.map(presentSource) };
}

async function checkRefs(db: Db, actor: Actor, input: { categoryId?: string | null; memberId?: string | null }) {
  if (input.categoryId && !(await ownsRow(db, 'sd_category', actor.cooperationId, input.categoryId)))
    throw invalidField('categoryId', 'unknown category');
  if (input.memberId && !(await ownsRow(db, 'member', actor.cooperationId, input.memberId)))
    throw invalidField('memberId', 'unknown member');
}

/**
 * Register a source. Its token (and HMAC key, when it signs) is returned this once: only the
 * token's hash is stored.
 */
export async function createAlertSource(
  db: Db,
  actor: Actor,
  input: { name: string; signed: boolean; categoryId?: string | null; memberId?: string | null },
  now: Date,
  requestId?: string,
) {
  requireAdmin(actor);
  await checkRefs(db, actor, input);
  const token = newSecret('sdt');
  const secret = input.signed ? newSecret('sdk') : null;
  return inTransaction(db, async (tx) => {
    const taken = await tx
      .selectFrom('alert_source')
      .select('id')
      .where('cooperation_id', '=', actor.cooperationId)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (taken) throw invalidField('name', 'a source with this name exists', 'duplicate');
    const id = crypto.randomUUID();
    await tx
      .insertInto('alert_source')
      .values({
        id,
        cooperation_id: actor.cooperationId,
        name: input.name,
        token_sha256: sha256Hex(token),
        token_hint: token.slice(-4),
        hmac_secret: secret,
        category_id: input.categoryId ?? null,
        member_id: input.memberId ?? null,
        created_at: now,
      })
      .execute();
    await auditChange(tx, actor, 'create', 'alert_source', id, `Registered alert source "${input.name}"`, requestId, {
      name: input.name,
      signed: input.signed,
    });
    const row = await tx
      .selectFrom('alert_source')
      .select(sourceColumns)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { source: presentSource(row), token, hmacSecret: secret };
  });
}

export async function updateAlertSource(
  db: Db,
  actor: Actor,
  id: string,
  input: { active?: boolean; categoryId?: string | null; memberId?: string | null },
  requestId?: string,
) {
  requireAdmin(actor);
  await checkRefs(db, actor, input);
  return inTransaction(db, async (tx) => {
    const before = await tx
      .selectFrom('alert_source')
      .select(sourceColumns)
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound('The alert source');
    await tx
      .updateTable('alert_source')
      .set({
        ...(input.active !== undefined && { active: input.active }),
        ...(input.categoryId !== undefined && { category_id: input.categoryId }),
        ...(input.memberId !== undefined && { member_id: input.memberId }),
      })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .execute();
    await auditChange(
      tx,
      actor,
      'update',
      'alert_source',
      id,
      `Changed alert source "${before.name}"`,
      requestId,
      input,
    );
    const row = await tx
      .selectFrom('alert_source')
      .select(sourceColumns)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return presentSource(row);
  });
}

/** The latest posts of a source: what each became, or why it was refused. */
export async function listReceipts(db: Db, actor: Actor, sourceId: string, limit = 200) {
  requireAdmin(actor);
  const rows = await db
    .selectFrom('alert_receipt')
    .leftJoin('ticket', 'ticket.id', 'alert_receipt.ticket_id')
    .select([
      'alert_receipt.id',
      'alert_receipt.alert_id',
      'alert_receipt.outcome',
      'alert_receipt.reason',
      'alert_receipt.ticket_id',
      'alert_receipt.received_at',
      'ticket.number',
    ])
    .where('alert_receipt.cooperation_id', '=', actor.cooperationId)
    .where('alert_receipt.source_id', '=', sourceId)
    .orderBy('alert_receipt.received_at', 'desc')
    .limit(limit)
    .execute();
  return {
    receipts: rows.map((r) => ({
      id: r.id,
      alertId: r.alert_id,
      outcome: r.outcome,
      reason: r.reason,
      ticketId: r.ticket_id,
      ticketNumber: r.number,
      receivedAt: r.received_at.toISOString(),
    })),
  };
}

type Source = {
  id: string;
  cooperation_id: string;
  name: string;
  hmac_secret: string | null;
  category_id: string | null;
  member_id: string | null;
};

function recordReceipt(
  db: Db,
  source: Source,
  r: {
    alertId: string | null;
    outcome: 'created' | 'duplicate' | 'rejected';
    reason?: string;
    ticketId?: string | null;
  },
  now: Date,
) {
  return db
    .insertInto('alert_receipt')
    .values({
      id: crypto.randomUUID(),
      cooperation_id: source.cooperation_id,
      source_id: source.id,
      alert_id: r.alertId?.slice(0, 200) ?? null,
      outcome: r.outcome,
      reason: r.reason ?? '',
      ticket_id: r.ticketId ?? null,
      received_at: now,
    })
    .execute();
}

/** The member an alert names: by code, organisation number or e-mail domain. */
async function memberNamed(db: Db, cooperationId: string, name: string | undefined) {
  if (!name) return null;
  const key = name.toLowerCase();
  const members = await db
    .selectFrom('member')
    .select(['id', 'code', 'organisation_number', 'email_domains'])
    .where('cooperation_id', '=', cooperationId)
    .execute();
  return (
    members.find(
      (m) =>
        m.code.toLowerCase() === key ||
        m.organisation_number?.replace(/\s/g, '') === key.replace(/\s/g, '') ||
        m.email_domains.some((d) => d.toLowerCase() === key),
    )?.id ?? null
  );
}

async function infrastructureCategory(db: Db, cooperationId: string) {
  const row = await db
    .selectFrom('sd_category')
    .select('id')
    .where('cooperation_id', '=', cooperationId)
    .where('parent_id', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['name']), 'in', ['infrastruktur', 'infrastructure']))
    .executeTakeFirst();
  return row?.id ?? null;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

export type AlertResult =
  | { status: 201; body: { outcome: 'created'; ticketId: string; ticketNumber: number } }
  | { status: 200; body: { outcome: 'duplicate'; ticketId: string | null; ticketNumber: number | null } };

/**
 * Take one posted alert. The token names the source; a source with an HMAC key needs the body's
 * signature. The same alert id again (a replay or a retry) answers with the ticket it made the
 * first time and makes none.
 */
export async function receiveAlert(
  ctx: AppContext,
  req: { token: string | undefined; body: string; signature: string | undefined },
): Promise<AlertResult> {
  const now = ctx.now();
  if (!req.token) throw new AppError('unauthenticated', 'Send the source token as "Authorization: Bearer <token>".');
  const source = await ctx.db
    .selectFrom('alert_source')
    .select(['id', 'cooperation_id', 'name', 'hmac_secret', 'category_id', 'member_id', 'active'])
    .where('token_sha256', '=', sha256Hex(req.token))
    .executeTakeFirst();
  if (!source?.active) {
    ctx.logger.warn({ known: !!source }, 'security alert refused: unknown or disabled token');
    throw new AppError('unauthenticated', 'Unknown or disabled source token.');
  }
  const reject = async (reason: string, alertId: string | null, error: AppError) => {
    await recordReceipt(ctx.db, source, { alertId, outcome: 'rejected', reason }, now);
    ctx.logger.warn({ sourceId: source.id, alertId, reason }, 'security alert rejected');
    throw error;
  };
  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch {
    json = undefined;
  }
  const claimedId =
    typeof (json as { alertId?: unknown })?.alertId === 'string' ? (json as { alertId: string }).alertId : null;
  if (source.hmac_secret && !signatureValid(source.hmac_secret, req.body, req.signature)) {
    return reject(
      req.signature ? 'bad signature' : 'signature missing',
      claimedId,
      new AppError(
        'unauthenticated',
        req.signature
          ? 'The signature does not match the body.'
          : 'This source signs its alerts: send X-Samdrift-Signature: sha256=<hex HMAC of the body>.',
      ),
    );
  }
  if (json === undefined) return reject('not JSON', null, new AppError('bad_request', 'The body is not JSON.'));
  const parsed = AlertPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return reject(
      `invalid: ${path} ${issue?.message ?? ''}`.trim(),
      claimedId,
      new AppError('validation_failed', `${path}: ${issue?.message}.`, [
        { path, message: issue?.message ?? 'invalid', code: issue?.code ?? 'invalid' },
      ]),
    );
  }
  const alert = parsed.data;
  const external = { source: `alert:${source.id}`, id: alert.alertId };
  const existing = () =>
    ctx.db
      .selectFrom('ticket')
      .select(['id', 'number'])
      .where('cooperation_id', '=', source.cooperation_id)
      .where('external_source', '=', external.source)
      .where('external_id', '=', external.id)
      .executeTakeFirst();
  const duplicate = async (): Promise<AlertResult> => {
    const t = await existing();
    await recordReceipt(ctx.db, source, { alertId: alert.alertId, outcome: 'duplicate', ticketId: t?.id }, now);
    ctx.logger.info({ sourceId: source.id, alertId: alert.alertId }, 'security alert already received');
    return { status: 200, body: { outcome: 'duplicate', ticketId: t?.id ?? null, ticketNumber: t?.number ?? null } };
  };
  if (await existing()) return duplicate();
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const actor = channelActor(source.cooperation_id, `Sikkerhetsvarsel: ${source.name}`);
      const memberId = (await memberNamed(tx, source.cooperation_id, alert.member)) ?? source.member_id;
      const description = [
        alert.description ?? '',
        '',
        `Varsel-id: ${alert.alertId}`,
        ...(alert.occurredAt ? [`Oppdaget: ${alert.occurredAt}`] : []),
        ...(alert.member && !memberId ? [`Oppgitt medlem (ukjent): ${alert.member}`] : []),
      ]
        .join('\n')
        .trim();
      const ticket = await createTicket(
        tx,
        actor,
        {
          kind: 'security_alert',
          channel: 'api',
          subject: alert.title,
          description,
          priority: alert.severity,
          categoryId: source.category_id ?? (await infrastructureCategory(tx, source.cooperation_id)),
          memberId,
          requesterName: source.name,
        },
        now,
        undefined,
        external,
      );
      await recordReceipt(tx, source, { alertId: alert.alertId, outcome: 'created', ticketId: ticket.id }, now);
      await tx.updateTable('alert_source').set({ last_received_at: now }).where('id', '=', source.id).execute();
      return {
        status: 201 as const,
        body: { outcome: 'created' as const, ticketId: ticket.id, ticketNumber: ticket.number },
      };
    });
  } catch (err) {
    // the same alert posted twice at once: the second insert meets the first one's unique key
    if (isUniqueViolation(err) && (await existing())) return duplicate();
    throw err;
  }
}
