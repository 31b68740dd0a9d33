// The ticket tables' references are checked per statement (migration 0003) instead of by foreign
// keys: these tests show the checks hold like keys would, and also across cooperations.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { insertCategories } from '../src/modules/servicedesk/config.repository.ts';
import { createTestContext, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';

describe('ticket references are checked per statement', () => {
  let ctx: TestContext;
  let t: TestTenant;
  let other: TestTenant;
  let category: string;
  let otherCategory: string;

  before(async () => {
    ctx = await createTestContext({});
    t = await createTenant(ctx.db);
    other = await createTenant(ctx.db);
    category = crypto.randomUUID();
    otherCategory = crypto.randomUUID();
    await insertCategories(ctx.db, [
      { id: category, cooperation_id: t.cooperationId, parent_id: null, name: 'Skriver', sort: 0 },
      { id: otherCategory, cooperation_id: other.cooperationId, parent_id: null, name: 'Skriver', sort: 0 },
    ]);
  });
  after(() => ctx.close());

  let number = 1000;
  const insertTicket = (coop: string, memberId: string | null, categoryId: string | null, id = crypto.randomUUID()) =>
    sql`insert into ticket (id, cooperation_id, number, kind, channel, priority, category_id, member_id, status_key,
        core_state, subject, created_at, updated_at)
      values (${id}, ${coop}, ${number++}, 'incident', 'portal', 'low', ${categoryId}, ${memberId}, 'new', 'new',
        'Test', now(), now())`
      .execute(ctx.db)
      .then(() => id);
  const insertEvent = (coop: string, ticketId: string) =>
    sql`insert into ticket_event (cooperation_id, ticket_id, at, actor_name, kind)
      values (${coop}, ${ticketId}, now(), 'test', 'comment')`.execute(ctx.db);
  const refused = async (p: Promise<unknown>, message: RegExp) => {
    await assert.rejects(p, (err: Error & { code?: string }) => {
      assert.equal(err.code, '23503', err.message);
      assert.match(err.message, message);
      return true;
    });
  };

  it('accepts a ticket whose member and category are its cooperation’s, and its history', async () => {
    const id = await insertTicket(t.cooperationId, t.memberA, category);
    await insertEvent(t.cooperationId, id);
    const n = await sql<{ n: number }>`select count(*)::int as n from ticket_event where ticket_id = ${id}`.execute(
      ctx.db,
    );
    assert.equal(n.rows[0]!.n, 1);
  });

  it('refuses a ticket of no cooperation, or with another cooperation’s member or category', async () => {
    await refused(insertTicket(crypto.randomUUID(), null, null), /cooperation .* does not exist/);
    await refused(insertTicket(t.cooperationId, other.memberA, null), /member .* does not exist in its cooperation/);
    await refused(insertTicket(t.cooperationId, crypto.randomUUID(), null), /member/);
    await refused(insertTicket(t.cooperationId, t.memberA, otherCategory), /category .* in its cooperation/);
    const id = await insertTicket(t.cooperationId, t.memberA, null);
    await refused(
      sql`update ticket set member_id = ${other.memberB} where id = ${id}`.execute(ctx.db),
      /member .* does not exist in its cooperation/,
    );
  });

  it('checks every row of a many-row statement', async () => {
    const good = crypto.randomUUID();
    await refused(
      sql`insert into ticket (id, cooperation_id, number, kind, channel, priority, member_id, status_key, core_state,
          subject, created_at, updated_at)
        select gen_random_uuid(), ${t.cooperationId}::uuid, 5000 + g, 'incident', 'portal', 'low',
          case when g = 77 then ${other.memberA}::uuid else ${t.memberB}::uuid end, 'new', 'new', 'Test', now(), now()
        from generate_series(1, 100) g`.execute(ctx.db),
      /member/,
    );
    const id = await insertTicket(t.cooperationId, null, null, good);
    await refused(
      sql`insert into ticket_event (cooperation_id, ticket_id, at, actor_name, kind)
        select ${t.cooperationId}::uuid, case when g = 50 then gen_random_uuid() else ${id}::uuid end, now(), 'test', 'comment'
        from generate_series(1, 100) g`.execute(ctx.db),
      /ticket .* does not exist in its cooperation/,
    );
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from ticket where number between 5001 and 5100`.execute(ctx.db);
    assert.equal(n.rows[0]!.n, 0, 'nothing of the refused statement was written');
  });

  it('refuses history for a missing ticket or one of another cooperation', async () => {
    await refused(insertEvent(t.cooperationId, crypto.randomUUID()), /does not exist in its cooperation/);
    const theirs = await insertTicket(other.cooperationId, other.memberA, null);
    await refused(insertEvent(t.cooperationId, theirs), /does not exist in its cooperation/);
  });

  it('refuses to delete a ticket with history, or a member, category or cooperation tickets refer to', async () => {
    const id = await insertTicket(t.cooperationId, t.memberB, category);
    await insertEvent(t.cooperationId, id);
    await refused(sql`delete from ticket where id = ${id}`.execute(ctx.db), /has|referred to by ticket_event/);
    await refused(sql`delete from member where id = ${t.memberB}`.execute(ctx.db), /referred to by ticket\.member_id/);
    await refused(sql`delete from sd_category where id = ${category}`.execute(ctx.db), /ticket\.category_id/);
    await refused(
      sql`update cooperation set id = gen_random_uuid() where id = ${t.cooperationId}`.execute(ctx.db),
      /ticket\.cooperation_id/,
    );
    // a ticket without history, and a category no ticket uses, can go
    const lone = await insertTicket(t.cooperationId, null, null);
    await sql`delete from ticket where id = ${lone}`.execute(ctx.db);
    const unused = crypto.randomUUID();
    await insertCategories(ctx.db, [
      { id: unused, cooperation_id: t.cooperationId, parent_id: null, name: 'Ubrukt', sort: 9 },
    ]);
    await sql`delete from sd_category where id = ${unused}`.execute(ctx.db);
  });
});
