// Purchase orders: registered with member, category, model and count; received (partly or whole)
// into stock with the serial numbers of the devices that arrived; cancelled when they will not come.

import type { Actor } from '../../app/auth/roles.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { auditChange } from '../audit/audit.service.ts';
import { assertKeepsFleet, deviceScope, tableScope } from './access.ts';
import type { OrderRow } from './devices.repository.ts';
import * as repo from './devices.repository.ts';
import { type FleetLookups, fleetLookups } from './fleet.service.ts';
import { expiryDate } from './rotation.ts';
import type { DeviceKind } from './tables.ts';

function orderView(o: OrderRow, l: FleetLookups) {
  const received = Number(o.received ?? 0);
  return {
    id: o.id,
    memberId: o.member_id,
    memberName: l.memberName.get(o.member_id) ?? '',
    categoryId: o.category_id,
    categoryName: l.categoryName.get(o.category_id) ?? '',
    kind: o.kind,
    model: o.model,
    quantity: o.quantity,
    received,
    outstanding: o.cancelled_at || o.delivered_on ? 0 : Math.max(0, o.quantity - received),
    orderedOn: o.ordered_on,
    expectedOn: o.expected_on,
    deliveredOn: o.delivered_on,
    supplier: o.supplier,
    reference: o.reference,
    notes: o.notes,
    cancelledAt: o.cancelled_at?.toISOString() ?? null,
    state: o.cancelled_at ? 'cancelled' : o.delivered_on ? 'delivered' : received > 0 ? 'partly_delivered' : 'open',
  };
}

export async function listOrders(db: Db, actor: Actor, q: { open?: boolean }) {
  const scope = tableScope(actor);
  const l = await fleetLookups(db, actor.cooperationId);
  const rows = await repo.listOrders(db, actor.cooperationId, { scope, ...(q.open !== undefined && { open: q.open }) });
  return { items: rows.map((o) => orderView(o, l)) };
}

export async function getOrder(db: Db, actor: Actor, id: string) {
  const scope = tableScope(actor);
  const l = await fleetLookups(db, actor.cooperationId);
  const [o] = await repo.listOrders(db, actor.cooperationId, { scope, id });
  if (!o) throw notFound('The order');
  return orderView(o, l);
}

export interface OrderInput {
  memberId: string;
  categoryId: string;
  kind: DeviceKind;
  model: string;
  quantity: number;
  orderedOn: string;
  expectedOn: string | null;
  supplier: string;
  reference: string;
  notes: string;
}

function checkOrder(l: FleetLookups, input: Pick<OrderInput, 'memberId' | 'categoryId' | 'orderedOn' | 'expectedOn'>) {
  const issues = [];
  if (!l.memberName.has(input.memberId))
    issues.push({ path: 'memberId', message: 'Not a member of the cooperation.', code: 'unknown' });
  if (!l.categoryName.has(input.categoryId))
    issues.push({ path: 'categoryId', message: 'Not a device category.', code: 'unknown' });
  if (input.expectedOn && input.expectedOn < input.orderedOn)
    issues.push({
      path: 'expectedOn',
      message: 'The expected delivery is before the order date.',
      code: 'before_order',
    });
  if (issues.length)
    throw new AppError('validation_failed', issues.map((i) => `${i.path}: ${i.message}`).join(' '), issues);
}

export async function createOrder(db: Db, actor: Actor, input: OrderInput, now: Date, requestId?: string) {
  assertKeepsFleet(actor);
  const id = crypto.randomUUID();
  await inTransaction(db, async (tx) => {
    checkOrder(await fleetLookups(tx, actor.cooperationId), input);
    await tx
      .insertInto('device_order')
      .values({
        id,
        cooperation_id: actor.cooperationId,
        member_id: input.memberId,
        category_id: input.categoryId,
        kind: input.kind,
        model: input.model,
        quantity: input.quantity,
        ordered_on: input.orderedOn,
        expected_on: input.expectedOn,
        delivered_on: null,
        supplier: input.supplier,
        reference: input.reference,
        notes: input.notes,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await auditChange(
      tx,
      actor,
      'create',
      'device_order',
      id,
      `Order of ${input.quantity} × ${input.model}`,
      requestId,
      input,
    );
  });
  return getOrder(db, actor, id);
}

export interface OrderPatch {
  expectedOn?: string | null;
  quantity?: number;
  supplier?: string;
  reference?: string;
  notes?: string;
  cancel?: boolean;
}

export async function updateOrder(db: Db, actor: Actor, id: string, patch: OrderPatch, now: Date, requestId?: string) {
  assertKeepsFleet(actor);
  await inTransaction(db, async (tx) => {
    const l = await fleetLookups(tx, actor.cooperationId);
    const [o] = await repo.listOrders(tx, actor.cooperationId, { scope: 'all', id });
    if (!o) throw notFound('The order');
    const v = orderView(o, l);
    if (v.state === 'cancelled' || v.state === 'delivered')
      throw new AppError('conflict', `The order is ${v.state}; it cannot be changed.`);
    if (patch.quantity !== undefined && patch.quantity < v.received)
      throw new AppError('validation_failed', `quantity: ${v.received} devices have been received already.`, [
        { path: 'quantity', message: `At least ${v.received} (received already).`, code: 'too_small' },
      ]);
    if (patch.expectedOn && patch.expectedOn < o.ordered_on)
      throw new AppError('validation_failed', 'expectedOn: before the order date.', [
        { path: 'expectedOn', message: 'The expected delivery is before the order date.', code: 'before_order' },
      ]);
    await tx
      .updateTable('device_order')
      .set({
        ...(patch.expectedOn !== undefined && { expected_on: patch.expectedOn }),
        ...(patch.quantity !== undefined && { quantity: patch.quantity }),
        ...(patch.supplier !== undefined && { supplier: patch.supplier }),
        ...(patch.reference !== undefined && { reference: patch.reference }),
        ...(patch.notes !== undefined && { notes: patch.notes }),
        ...(patch.cancel && { cancelled_at: now }),
        // an order cut down to what has arrived is delivered
        ...(patch.quantity !== undefined &&
          patch.quantity === v.received &&
          v.received > 0 && { delivered_on: osloDate(now) }),
        updated_at: now,
      })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .execute();
    await auditChange(
      tx,
      actor,
      'update',
      'device_order',
      id,
      patch.cancel ? `Order of ${o.quantity} × ${o.model} cancelled` : `Order of ${o.model} changed`,
      requestId,
      patch,
    );
  });
  return getOrder(db, actor, id);
}

export interface ReceiveInput {
  receivedOn: string;
  /** one per device that arrived */
  serials: string[];
}

/** Receive devices of an order into stock: one device per serial number; the order is delivered when all have come. */
export async function receiveOrder(
  db: Db,
  actor: Actor,
  id: string,
  input: ReceiveInput,
  now: Date,
  requestId?: string,
) {
  assertKeepsFleet(actor);
  deviceScope(actor);
  const serials = input.serials.map((s) => s.trim().toUpperCase()).filter(Boolean);
  if (serials.length === 0)
    throw new AppError('validation_failed', 'serials: give the serial number of each device that arrived.', [
      { path: 'serials', message: 'At least one serial number.', code: 'too_small' },
    ]);
  await inTransaction(db, async (tx) => {
    const l = await fleetLookups(tx, actor.cooperationId);
    const [o] = await repo.listOrders(tx, actor.cooperationId, { scope: 'all', id });
    if (!o) throw notFound('The order');
    const v = orderView(o, l);
    if (v.state === 'cancelled' || v.state === 'delivered') throw new AppError('conflict', `The order is ${v.state}.`);
    if (input.receivedOn < o.ordered_on)
      throw new AppError('validation_failed', 'receivedOn: before the order date.', [
        { path: 'receivedOn', message: 'The delivery is before the order date.', code: 'before_order' },
      ]);
    const issues: { path: string; message: string; code: string }[] = [];
    if (serials.length > v.outstanding)
      issues.push({
        path: 'serials',
        message: `${serials.length} serial numbers, but only ${v.outstanding} devices are outstanding on the order.`,
        code: 'too_many',
      });
    const seen = new Set<string>();
    serials.forEach((s, i) => {
      if (seen.has(s)) issues.push({ path: `serials.${i}`, message: `${s} is listed twice.`, code: 'duplicate' });
      seen.add(s);
    });
    const taken = await tx
      .selectFrom('device')
      .select('serial')
      .where('cooperation_id', '=', actor.cooperationId)
      .where('serial', 'in', serials)
      .execute();
    for (const t of taken)
      issues.push({
        path: `serials.${serials.indexOf(t.serial)}`,
        message: `${t.serial} is registered already.`,
        code: 'taken',
      });
    if (issues.length) throw new AppError('validation_failed', issues.map((i) => i.message).join(' '), issues);
    const expiresOn = expiryDate(input.receivedOn, l.lifetime(o.category_id, o.kind));
    await tx
      .insertInto('device')
      .values(
        serials.map((serial) => ({
          id: crypto.randomUUID(),
          cooperation_id: actor.cooperationId,
          member_id: o.member_id,
          category_id: o.category_id,
          kind: o.kind,
          serial,
          model: o.model,
          purchased_on: input.receivedOn,
          expires_on: expiresOn,
          status: 'in_stock' as const,
          assigned_user_id: null,
          order_id: o.id,
          received_on: input.receivedOn,
          replaced_by_id: null,
          source: 'order' as const,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    if (serials.length === v.outstanding)
      await tx
        .updateTable('device_order')
        .set({ delivered_on: input.receivedOn, updated_at: now })
        .where('id', '=', o.id)
        .execute();
    await auditChange(
      tx,
      actor,
      'update',
      'device_order',
      id,
      `${serials.length} × ${o.model} received into stock`,
      requestId,
      input,
    );
  });
  return getOrder(db, actor, id);
}
