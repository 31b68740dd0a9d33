import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { insertBodies } from '../src/modules/governance/bodies.repository.ts';
import { assertTablesAddUp } from '../src/modules/reports/fixtures/check.ts';
import type { ReportDoc, TableBlock } from '../src/modules/reports/model.ts';
import { tablesOf } from '../src/modules/reports/model.ts';
import { type ApiClient, signedIn } from './client.ts';
import { createTestContext, type TestClock, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';

const table = (doc: ReportDoc, id: string): TableBlock => {
  const t = tablesOf(doc).find((x) => x.id === id);
  assert.ok(t, `the report has the table ${id}`);
  return t;
};
const values = (t: TableBlock, col: number) => t.rows.map((r) => r[col]?.value);

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('reports: built from the data, equal to the APIs, frozen on approval', () => {
  let ctx: TestContext;
  const clock: TestClock = { now: new Date('2024-10-14T10:00:00+02:00') };
  let t: TestTenant;
  let leader: ApiClient;
  let admin: ApiClient;
  let agent: ApiClient;
  let groupMember: ApiClient;
  let council: ApiClient;
  let area: string;
  let otherArea: string;
  let councilBody: string;

  before(async () => {
    ctx = await createTestContext({}, clock);
    t = await createTenant(ctx.db);
    area = crypto.randomUUID();
    otherArea = crypto.randomUUID();
    councilBody = crypto.randomUUID();
    await insertBodies(ctx.db, [
      { id: councilBody, cooperation_id: t.cooperationId, kind: 'council', name: 'Samarbeidsråd', member_id: null },
      { id: area, cooperation_id: t.cooperationId, kind: 'group', name: 'Faggruppe Teknisk', member_id: null },
      { id: otherArea, cooperation_id: t.cooperationId, kind: 'group', name: 'Faggruppe Økonomi', member_id: null },
    ]);
    admin = await signedIn(ctx, t.users.admin.email);
    leader = await signedIn(ctx, t.users.leader.email);
    agent = await signedIn(ctx, t.users.agent.email);
    council = await signedIn(ctx, t.users.council_member.email);
    const seat = await admin.post(`/api/governance/bodies/${area}/members`, {
      userId: t.users.group_member.id,
      role: 'member',
      termFrom: '2024-01-01',
    });
    assert.equal(seat.status, 201, seat.text);
    groupMember = await signedIn(ctx, t.users.group_member.email);

    // October 2024: budget and forecast, a project, tickets of every kind, a critical incident
    const budget = await leader.put('/api/economy/2024/budget', {
      lines: [
        { expenseType: 'salaries', budgetOre: 3_252_712_345, forecastOre: 2_972_500_000 },
        { expenseType: 'staff_premises', budgetOre: 344_049_999, forecastOre: 342_200_000, forecastComment: 'Husleie' },
      ],
    });
    assert.equal(budget.status, 200, budget.text);
    const project = await leader.post('/api/economy/2024/projects', {
      name: 'Innbyggerportal',
      budgetOre: 60_000_000,
      actualOre: 2_512_345,
      forecastOre: 40_000_000,
    });
    assert.equal(project.status, 201, project.text);
    for (const [i, kind, priority] of [
      [1, 'incident', 'critical'],
      [2, 'incident', 'medium'],
      [3, 'service_request', 'low'],
      [4, 'security_alert', 'medium'],
    ] as const) {
      clock.now = new Date(`2024-10-${10 + i}T09:00:00+02:00`);
      const r = await agent.post('/api/tickets', {
        kind,
        channel: i === 3 ? 'email' : 'phone',
        subject: `Sak ${i}: nettverk nede`,
        requesterName: 'Innringer',
        memberId: i % 2 ? t.memberA : t.memberB,
        priority,
      });
      assert.equal(r.status, 201, r.text);
    }
    clock.now = new Date('2024-11-05T10:00:00+01:00');
    // sessions expire while the clock moves on: sign in again on the day the report is written
    admin = await signedIn(ctx, t.users.admin.email);
    leader = await signedIn(ctx, t.users.leader.email);
    agent = await signedIn(ctx, t.users.agent.email);
    council = await signedIn(ctx, t.users.council_member.email);
    groupMember = await signedIn(ctx, t.users.group_member.email);
  });
  after(() => ctx.close());

  let reportId: string;

  it('refuses a bad period, a future period, and a second draft of the same month', async () => {
    const bad = await leader.post('/api/reports', { kind: 'activity', period: '2024' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.issues[0].code, 'invalid_period');
    const future = await leader.post('/api/reports', { kind: 'activity', period: '2025-01' });
    assert.equal(future.status, 400);
    assert.match(future.json.error.message, /has not begun/);
    const created = await leader.post('/api/reports', { kind: 'activity', period: '2024-10' });
    assert.equal(created.status, 201, created.text);
    reportId = created.json.id;
    assert.equal(created.json.subtitle, 'pr. 1.11.2024');
    assert.equal((await leader.post('/api/reports', { kind: 'activity', period: '2024-10' })).status, 409);
    assert.equal((await agent.post('/api/reports', { kind: 'activity', period: '2024-09' })).status, 403);
  });

  it('every figure equals what the APIs return for the month, and every table adds up', async () => {
    const doc: ReportDoc = (await leader.get(`/api/reports/${reportId}/document`)).json;
    const [stats, operating, investments, rotation] = await Promise.all([
      leader.get('/api/servicedesk/stats?month=2024-10'),
      leader.get('/api/economy/2024/operating?unit=1000&throughPeriod=10'),
      leader.get('/api/economy/2024/investments?unit=1000'),
      leader.get('/api/devices/rotation?month=2024-10&kind=pc'),
    ]);
    for (const r of [stats, operating, investments, rotation]) assert.equal(r.status, 200, r.text);

    const op = table(doc, 'operating');
    for (const [col, key] of [
      [1, 'actual'],
      [2, 'budget'],
      [3, 'deviation'],
      [4, 'forecast'],
    ] as const) {
      assert.deepEqual(
        values(op, col),
        operating.json.rows.map((r: Record<string, number>) => r[key]),
      );
      assert.equal(op.total?.[col]?.value, operating.json.sum[key]);
    }
    const inv = table(doc, 'investments');
    assert.deepEqual(
      values(inv, 1),
      investments.json.rows.map((r: { actual: number }) => r.actual),
    );
    assert.equal(inv.total?.[4]?.value, investments.json.sum.forecast);

    const cat = table(doc, 'new-by-category-table');
    stats.json.months.forEach((_: string, i: number) => {
      assert.deepEqual(
        values(cat, i + 1),
        stats.json.newByCategory.map((c: { counts: number[] }) => c.counts[i]),
      );
    });
    const mem = table(doc, 'new-by-member-table');
    assert.deepEqual(
      values(mem, 4),
      stats.json.newByMember.map((c: { counts: number[] }) => c.counts[3]),
    );
    assert.equal(mem.total?.[4]?.value, 4, 'four tickets in October');
    const trend = table(doc, 'open-incidents-table');
    assert.deepEqual(
      values(trend, 1),
      stats.json.openTrend.map((p: { incidents: number }) => p.incidents),
    );
    const sla = table(doc, 'sla');
    const low = stats.json.slaByPriority.find((p: { priority: string }) => p.priority === 'low');
    assert.equal(sla.rows[0]?.[5]?.value, low.months[2].resolutionMet);
    const res = table(doc, 'resolution');
    const medium = stats.json.resolutionTimes.find((p: { priority: string }) => p.priority === 'medium');
    assert.equal(res.rows[1]?.[6]?.value ?? null, medium.months[2].meanMinutes);
    const rot = table(doc, 'rotation');
    assert.equal(rot.total?.[6]?.value, rotation.json.totals.toOrder);
    assertTablesAddUp(doc);
    // the month's critical incident is listed and links to its ticket
    const html = (await leader.get(`/api/reports/${reportId}/html`)).text;
    assert.match(html, /Sak 1: nettverk nede/);
    assert.match(html, /href="\/servicedesk\/tickets\/[0-9a-f-]{36}"/);
    assert.match(html, /href="\/economy\/2024\/operating"/, 'figures of a draft link to their records');
  });

  it('the area’s people write their own area; agents the service desk’s; others nothing', async () => {
    const view = (await groupMember.get(`/api/reports/${reportId}`)).json;
    const editable = view.sections.filter((s: { canEdit: boolean }) => s.canEdit).map((s: { key: string }) => s.key);
    assert.deepEqual(editable, [`area:${area}`]);
    assert.equal(view.sections.find((s: { key: string }) => s.key === `area:${area}`).number, '2.2');
    assert.equal(view.sections.find((s: { key: string }) => s.key === 'operations').number, '2.4');
    const mine = await groupMember.put(`/api/reports/${reportId}/sections/area:${area}`, {
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'WiFi-utbedring' }] },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Leverandøren har fått krav om løpende rapportering.' }],
          },
        ],
      },
      baseUpdatedAt: null,
    });
    assert.equal(mine.status, 200, mine.text);
    const other = await groupMember.put(`/api/reports/${reportId}/sections/area:${otherArea}`, { body: para('x') });
    assert.equal(other.status, 403);
    const agentOps = await agent.put(`/api/reports/${reportId}/sections/operations`, {
      body: para('Oppgradert brannmur.'),
    });
    assert.equal(agentOps.status, 200, agentOps.text);
    assert.equal(
      (await agent.put(`/api/reports/${reportId}/sections/economy_operating`, { body: para('x') })).status,
      403,
    );
    // a stale save is refused, naming who saved in between
    const stale = await leader.put(`/api/reports/${reportId}/sections/area:${area}`, {
      body: para('y'),
      baseUpdatedAt: null,
    });
    assert.equal(stale.status, 409);
    // bad rich text: a javascript: link
    const bad = await leader.put(`/api/reports/${reportId}/sections/operations`, {
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
          },
        ],
      },
    });
    assert.equal(bad.status, 400);
    // council members do not see drafts
    assert.equal((await council.get(`/api/reports/${reportId}`)).status, 404);
    const doc: ReportDoc = (await leader.get(`/api/reports/${reportId}/document`)).json;
    const heads = doc.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.number} ${b.text}`] : []));
    assert.ok(heads.includes('2.2 Teknisk') && heads.includes('2.2.1 WiFi-utbedring'), heads.join(' | '));
    assert.ok(heads.includes('2.3 Økonomi') && heads.includes('2.4 Driftstekniske aktiviteter'));
  });

  it('approval freezes the figures and the PDF, attaches it to the council case; a new version sees new data', async () => {
    const meeting = await admin.post('/api/governance/meetings', {
      bodyId: councilBody,
      date: '2024-11-14',
      startTime: '08:15',
      endTime: '12:00',
      place: 'Rådhuset',
    });
    assert.equal(meeting.status, 201, meeting.text);
    const kase = await admin.post(`/api/governance/meetings/${meeting.json.id}/cases`, {
      title: 'Økonomi- og aktivitetsrapport',
      kind: 'information',
    });
    assert.equal(kase.status, 201, kase.text);
    assert.equal((await admin.patch(`/api/reports/${reportId}`, { caseId: kase.json.id })).status, 200);
    assert.equal((await admin.post(`/api/reports/${reportId}/approve`)).status, 409, 'a draft is not approved');
    assert.equal((await admin.post(`/api/reports/${reportId}/submit`)).status, 200);
    assert.equal((await agent.put(`/api/reports/${reportId}/sections/operations`, { body: para('z') })).status, 409);
    assert.equal((await council.get(`/api/reports/${reportId}`)).status, 200, 'council members read reports in review');
    const approved = await admin.post(`/api/reports/${reportId}/approve`);
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.json.status, 'approved');
    assert.equal(approved.json.attachedToCase.caseId, kase.json.id);
    const before: ReportDoc = (await leader.get(`/api/reports/${reportId}/document`)).json;
    const pdf = await leader.bytes(`/api/reports/${reportId}/pdf`);
    assert.equal(pdf.status, 200);
    const bytes = Buffer.from(pdf.body);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const attachment = await admin.bytes(`/api/governance/attachments/${approved.json.attachedToCase.attachmentId}`);
    assert.ok(Buffer.from(attachment.body).equals(bytes), 'the case carries the approved PDF');

    // a correction in the data after approval
    await leader.put('/api/economy/2024/budget', { lines: [{ expenseType: 'salaries', budgetOre: 1_000_000_000 }] });
    const after: ReportDoc = (await leader.get(`/api/reports/${reportId}/document`)).json;
    assert.deepEqual(after, before, 'the approved report does not change');
    assert.ok(Buffer.from((await leader.bytes(`/api/reports/${reportId}/pdf`)).body).equals(bytes));
    const html = (await council.get(`/api/reports/${reportId}/html`)).text;
    assert.doesNotMatch(html, /href="\/economy/, 'an approved report does not link to live records');

    const archive = await leader.bytes(`/api/reports/${reportId}/archive`);
    const files = unzipSync(new Uint8Array(archive.body));
    assert.deepEqual(Object.keys(files).sort(), [
      'aktivitetsrapport-2024-10-v1.html',
      'aktivitetsrapport-2024-10-v1.pdf',
      'metadata.json',
    ]);
    assert.equal(JSON.parse(Buffer.from(files['metadata.json']!).toString()).approvedBy, approved.json.approvedBy);

    const v2 = await leader.post(`/api/reports/${reportId}/new-version`);
    assert.equal(v2.status, 201, v2.text);
    assert.equal(v2.json.version, 2);
    assert.equal(
      v2.json.sections.find((s: { key: string }) => s.key === 'operations').body.content[0].content[0].text,
      'Oppgradert brannmur.',
    );
    const fresh: ReportDoc = (await leader.get(`/api/reports/${v2.json.id}/document`)).json;
    assert.notEqual(table(fresh, 'operating').total?.[2]?.value, table(before, 'operating').total?.[2]?.value);
  });

  it('images: PNG or JPEG only, with the report; another cooperation sees nothing', async () => {
    const list = (await leader.get('/api/reports?kind=activity')).json.items;
    const draft = list.find((r: { status: string }) => r.status === 'draft');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const up = await leader.post(`/api/reports/${draft.id}/images`, {
      fileName: 'kart.png',
      contentBase64: png.toString('base64'),
    });
    assert.equal(up.status, 201, up.text);
    const gif = await leader.post(`/api/reports/${draft.id}/images`, {
      fileName: 'x.gif',
      contentBase64: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64'),
    });
    assert.equal(gif.status, 400);
    const saved = await leader.put(`/api/reports/${draft.id}/sections/rotation`, {
      body: { type: 'doc', content: [{ type: 'image', attrs: { src: up.json.src, alt: 'Kart over byttene' } }] },
    });
    assert.equal(saved.status, 200, saved.text);
    const html = (await leader.get(`/api/reports/${draft.id}/html`)).text;
    assert.match(html, /<img src="data:image\/png;base64,[^"]+" alt="Kart over byttene">/);
    const other = await createTenant(ctx.db);
    const stranger = await signedIn(ctx, other.users.admin.email);
    assert.equal((await stranger.get(up.json.src)).status, 404);
    assert.equal((await stranger.get(`/api/reports/${draft.id}`)).status, 404);
    const employee = await signedIn(ctx, t.users.employee.email);
    assert.equal((await employee.get('/api/reports')).status, 403);
  });

  it('the annual report needs every member’s approval, and shows staffing and sick leave', async () => {
    assert.equal(
      (
        await leader.put('/api/reports/staff-years/2023', {
          fte: 26,
          employees: 26,
          women: 4,
          men: 22,
          sickLeavePercent: 1.22,
        })
      ).status,
      200,
    );
    const bad = await leader.put('/api/reports/staff-years/2023', {
      fte: 26,
      employees: 2,
      women: 4,
      men: 22,
      sickLeavePercent: 1.22,
    });
    assert.equal(bad.status, 400);
    const annual = await leader.post('/api/reports', { kind: 'annual', period: '2023' });
    assert.equal(annual.status, 201, annual.text);
    assert.equal((await leader.post(`/api/reports/${annual.json.id}/submit`)).status, 200);
    const refused = await leader.post(`/api/reports/${annual.json.id}/approve`);
    assert.equal(refused.status, 400);
    assert.match(refused.json.error.message, /Ålesund kommune/);
    const approvals = await leader.put(`/api/reports/${annual.json.id}/member-approvals`, {
      approvals: [
        { memberId: t.memberA, date: '2024-03-30', signer: 'Kommunedirektør A' },
        { memberId: t.memberB, date: '2024-03-30', signer: 'Kommunedirektør B' },
      ],
    });
    assert.equal(approvals.status, 200, approvals.text);
    assert.equal((await leader.post(`/api/reports/${annual.json.id}/approve`)).status, 200);
    const doc: ReportDoc = (await leader.get(`/api/reports/${annual.json.id}/document`)).json;
    assert.deepEqual(values(table(doc, 'sick-leave'), 1), [1.22]);
    assert.deepEqual(
      table(doc, 'approval').rows.map((r) => r[1]?.text),
      ['30.03.2024', '30.03.2024'],
    );
    const yearly = (await leader.get('/api/servicedesk/stats/yearly?year=2023')).json;
    assert.deepEqual(
      table(doc, 'channels')
        .total?.slice(1)
        .map((c) => c.value),
      yearly.totals,
    );
    assertTablesAddUp(doc);
  });
});
