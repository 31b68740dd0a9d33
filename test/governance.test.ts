import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { insertBodies } from '../src/modules/governance/bodies.repository.ts';
import { deliverDueMails, smtpTransport } from '../src/modules/mail/sender.ts';
import { type ApiClient, signedIn } from './client.ts';
import { createTestContext, type TestClock, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';
import { startSmtp } from './servers.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const b64 = (b: Buffer) => b.toString('base64');
const hasPdftotext = fs.existsSync('/usr/bin/pdftotext');

describe('governance: meetings, numbered cases, notice, decisions, minutes, proposals', () => {
  let ctx: TestContext;
  const clock: TestClock = { now: new Date('2024-11-01T09:00:00+01:00') };
  let t: TestTenant;
  let other: TestTenant;
  let council: string;
  let group: string;
  let innovation: string;
  let secretary: ApiClient;
  let admin: ApiClient;
  let employee: ApiClient;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  before(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }, clock);
    t = await createTenant(ctx.db);
    other = await createTenant(ctx.db);
    council = crypto.randomUUID();
    group = crypto.randomUUID();
    innovation = crypto.randomUUID();
    await insertBodies(ctx.db, [
      { id: council, cooperation_id: t.cooperationId, kind: 'council', name: 'Samarbeidsråd', member_id: null },
      { id: group, cooperation_id: t.cooperationId, kind: 'group', name: 'Faggruppe Teknisk', member_id: null },
      {
        id: innovation,
        cooperation_id: t.cooperationId,
        kind: 'innovation_council',
        name: 'Innovasjonsråd A',
        member_id: t.memberA,
      },
      {
        id: crypto.randomUUID(),
        cooperation_id: t.cooperationId,
        kind: 'portfolio_board',
        name: 'Porteføljeråd',
        member_id: null,
      },
    ]);
    admin = await signedIn(ctx, t.users.admin.email);
    // the council: the council member chairs it, the group member is its secretary
    for (const [user, role] of [
      [t.users.council_member.id, 'chair'],
      [t.users.group_member.id, 'secretary'],
    ] as const) {
      const r = await admin.post(`/api/governance/bodies/${council}/members`, {
        userId: user,
        role,
        termFrom: '2024-01-01',
      });
      assert.equal(r.status, 201, r.text);
    }
    secretary = await signedIn(ctx, t.users.group_member.email);
    employee = await signedIn(ctx, t.users.employee.email);
  });
  after(async () => {
    await ctx.close();
    await smtp.close();
  });

  /** Move the clock; sessions idle out over such jumps, so everyone signs in again. */
  const at = async (instant: string | Date) => {
    clock.now = new Date(instant);
    await Promise.all([
      secretary.login(t.users.group_member.email),
      employee.login(t.users.employee.email),
      admin.login(t.users.admin.email),
    ]);
  };

  const meeting = async (date: string) => {
    const r = await secretary.post('/api/governance/meetings', {
      bodyId: council,
      date,
      startTime: '08:15',
      endTime: '12:00',
      place: 'Rådhuset',
    });
    assert.equal(r.status, 201, r.text);
    return r.json;
  };
  const numbers = (m: { cases: { number: string }[] }) => m.cases.map((c) => c.number);

  it('numbers meetings by date and the agenda by order until the notice, then locks them', async () => {
    const nov = await meeting('2024-11-14');
    assert.equal(nov.meetingNumber, '2024/M1');
    assert.equal(nov.provisional, true);
    assert.deepEqual(
      nov.cases.map((c: { title: string }) => c.title),
      ['Godkjenning av innkalling og saksliste', 'Godkjenning av møtereferat'],
    );
    // an earlier meeting is planned: November becomes M2 and its cases follow
    const oct = await meeting('2024-10-09');
    assert.equal(oct.meetingNumber, '2024/M1');
    let m = (await secretary.get(`/api/governance/meetings/${nov.id}`)).json;
    assert.equal(m.meetingNumber, '2024/M2');
    assert.deepEqual(numbers(m), ['2024/M2-001', '2024/M2-002']);
    assert.match(m.cases[1].proposedDecision, /9\.10\.2024/);
    assert.equal(m.cases[1].approvesMeetingId, oct.id, 'relinked when October was planned');

    const report = (
      await secretary.post(`/api/governance/meetings/${nov.id}/cases`, {
        title: 'Økonomi- og aktivitetsrapport',
        kind: 'information',
        background: 'Driftskostnadene pr. 1.11.',
      })
    ).json;
    const budget = (
      await secretary.post(`/api/governance/meetings/${nov.id}/cases`, {
        title: 'Budsjett 2025',
        kind: 'decision',
        background: 'Budsjettet for 2025 er 88,439 mill. kr.',
        proposedDecision: 'Budsjettet for 2025 vedtas.',
      })
    ).json;
    assert.equal(report.number, '2024/M2-003');
    assert.equal(budget.number, '2024/M2-004');
    // reorder before the notice: numbers follow
    m = (await secretary.post(`/api/governance/cases/${budget.id}/move`, { position: 2 })).json;
    assert.deepEqual(m.cases.map((c: { title: string; number: string }) => `${c.number} ${c.title}`).slice(2), [
      '2024/M2-003 Budsjett 2025',
      '2024/M2-004 Økonomi- og aktivitetsrapport',
    ]);

    // attachments are checked by content and size
    const bad = await secretary.post(`/api/governance/cases/${budget.id}/attachments`, {
      fileName: 'budsjett.pdf',
      contentBase64: b64(Buffer.from('just text')),
    });
    assert.equal(bad.status, 400);
    assert.match(bad.json.error.message, /not a PDF, Office file or image/);
    const ok = await secretary.post(`/api/governance/cases/${budget.id}/attachments`, {
      fileName: 'Budsjett 2025.pdf',
      contentBase64: b64(PDF),
    });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.json.mediaType, 'application/pdf');

    // drafts are the body's own
    assert.equal((await employee.get(`/api/governance/meetings/${nov.id}`)).status, 404);
    assert.equal(
      (await employee.post(`/api/governance/meetings/${nov.id}/cases`, { title: 'x', kind: 'information' })).status,
      403,
    );
    const outsider = await signedIn(ctx, other.users.admin.email);
    assert.equal((await outsider.get(`/api/governance/meetings/${nov.id}`)).status, 404);

    // the notice locks the numbers, is published and goes to the body by mail
    await at(new Date('2024-11-07T09:00:00+01:00'));
    m = (await secretary.post(`/api/governance/meetings/${nov.id}/notice`)).json;
    assert.equal(m.status, 'notice_sent');
    assert.equal(m.provisional, false);
    assert.equal(m.documents[0].kind, 'notice');
    assert.equal(m.mails.length, 2);
    assert.ok(m.mails.every((x: { status: string }) => x.status === 'pending'));

    // after the notice: a new meeting before it cannot take its number, reordering keeps numbers
    const extra = await meeting('2024-11-01');
    assert.equal(extra.meetingNumber, '2024/M3');
    m = (await secretary.post(`/api/governance/cases/${m.cases[3].id}/move`, { position: 2 })).json;
    assert.deepEqual(numbers(m), ['2024/M2-001', '2024/M2-002', '2024/M2-004', '2024/M2-003']);
    const late = (
      await secretary.post(`/api/governance/meetings/${nov.id}/cases`, {
        title: 'Orienteringssaker',
        kind: 'information',
      })
    ).json;
    assert.equal(late.number, '2024/M2-005');
    // moving a noticed meeting into another year is refused
    const moved = await secretary.patch(`/api/governance/meetings/${nov.id}`, { date: '2025-01-10' });
    assert.equal(moved.status, 409);

    // everyone signed in reads the published notice, but not the decisions yet
    const seen = await employee.get(`/api/governance/meetings/${nov.id}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.json.canEdit, false);
    const pdf = await employee.get(`/api/governance/documents/${m.documents[0].id}`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');

    // the mail queue delivers to a real SMTP server, with the PDF attached
    const sent = await deliverDueMails(ctx, smtpTransport(`smtp://127.0.0.1:${smtp.port}`));
    assert.deepEqual(sent, { sent: 2, failed: 0 });
    assert.equal(smtp.received.length, 2);
    assert.match(smtp.received[0]?.raw ?? '', /Subject: =\?UTF-8\?Q\?Innkalling|Subject: Innkalling/);
    assert.match(smtp.received[0]?.raw ?? '', /Content-Type: application\/pdf/);
  });

  it('postpones, records attendance and decisions, sends minutes and publishes them on approval', async () => {
    const { meetings } = (await secretary.get(`/api/governance/meetings?body=${council}&year=2024`)).json;
    const nov = meetings.find((m: { date: string }) => m.date === '2024-11-14');
    const dec = await meeting('2024-12-11');
    let m = (await secretary.get(`/api/governance/meetings/${nov.id}`)).json;
    // a case added after the notice was never published: it simply moves
    const late = m.cases.find((c: { title: string }) => c.title === 'Orienteringssaker');
    const movedLate = (await secretary.post(`/api/governance/cases/${late.id}/postpone`, { toMeetingId: dec.id })).json;
    assert.equal(movedLate.id, late.id);
    assert.equal(movedLate.number, '2024/M4-003');
    assert.equal(movedLate.previous, null);
    // a published case stays (postponed) and continues with a new number, linked both ways
    const report = m.cases.find((c: { title: string }) => c.title === 'Økonomi- og aktivitetsrapport');
    const postponed = (await secretary.post(`/api/governance/cases/${report.id}/postpone`, { toMeetingId: dec.id }))
      .json;
    assert.equal(postponed.number, '2024/M4-004');
    assert.equal(postponed.previous.number, '2024/M2-004');
    assert.equal(postponed.attachments.length, 0);
    m = (await secretary.get(`/api/governance/meetings/${nov.id}`)).json;
    const stayed = m.cases.find((c: { id: string }) => c.id === report.id);
    assert.equal(stayed.status, 'postponed');
    assert.equal(stayed.postponedTo.number, '2024/M4-004');

    await at(new Date('2024-11-14T11:00:00+01:00'));
    m = (
      await secretary.put(`/api/governance/meetings/${nov.id}/attendance`, {
        present: [t.users.council_member.id, t.users.group_member.id],
        absent: [t.users.leader.id],
        minuteTakerId: t.users.group_member.id,
        chairId: t.users.council_member.id,
      })
    ).json;
    assert.equal(m.status, 'held');
    const missing = await secretary.post(`/api/governance/meetings/${nov.id}/minutes`, { send: true });
    assert.equal(missing.status, 400);
    assert.match(missing.json.error.message, /2024\/M2-001/);
    for (const c of m.cases) {
      if (c.status !== 'open') continue;
      const r = await secretary.post(`/api/governance/cases/${c.id}/decision`, {
        decision: c.proposedDecision || 'Saken tas til orientering.',
        discussion: c.title === 'Budsjett 2025' ? 'Rådet drøftet kuttene i budsjettet.' : '',
        vote: c.title === 'Budsjett 2025' ? { for: 4, against: 1, abstain: 0 } : null,
      });
      assert.equal(r.status, 200, r.text);
    }
    m = (await secretary.post(`/api/governance/meetings/${nov.id}/minutes`, { send: true })).json;
    assert.equal(m.status, 'minutes_sent');
    const minutes = m.documents.find((d: { kind: string }) => d.kind === 'minutes');
    assert.equal(minutes.publishedAt, null);
    assert.equal(
      (await employee.get(`/api/governance/documents/${minutes.id}`)).status,
      404,
      'draft minutes are the body’s',
    );
    const seen = (await employee.get(`/api/governance/meetings/${nov.id}`)).json;
    assert.ok(seen.cases.every((c: { decision: string | null }) => c.decision === null));

    if (hasPdftotext) {
      const pdf = await secretary.get(`/api/governance/documents/${minutes.id}`);
      const file = path.join(os.tmpdir(), `minutes-${crypto.randomUUID()}.pdf`);
      const res = await ctx.app.request(`/api/governance/documents/${minutes.id}`, {
        headers: { cookie: (secretary as unknown as { cookie: string }).cookie },
      });
      fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      fs.rmSync(file);
      assert.equal(pdf.status, 200);
      for (const c of m.cases) assert.ok(text.includes(c.number), `${c.number} in the minutes`);
      assert.ok(text.includes('Budsjettet for 2025 vedtas.'));
      assert.ok(text.includes('Utsatt til sak 2024/M4-004'));
    }

    // December's meeting approves November's minutes: they are published
    await at(new Date('2024-12-11T09:00:00+01:00'));
    let d = (await secretary.get(`/api/governance/meetings/${dec.id}`)).json;
    assert.equal(d.cases[1].approvesMeetingId, nov.id);
    await secretary.post(`/api/governance/meetings/${dec.id}/notice`);
    const approve = await secretary.post(`/api/governance/cases/${d.cases[1].id}/decision`, {
      decision: d.cases[1].proposedDecision,
    });
    assert.equal(approve.status, 200, approve.text);
    const after = (await employee.get(`/api/governance/meetings/${nov.id}`)).json;
    assert.equal(after.status, 'minutes_approved');
    assert.equal(
      after.cases.find((c: { title: string }) => c.title === 'Budsjett 2025').decision,
      'Budsjettet for 2025 vedtas.',
    );
    assert.equal((await employee.get(`/api/governance/documents/${minutes.id}`)).status, 200);
    // a closed record no longer changes
    assert.equal(
      (await secretary.post(`/api/governance/meetings/${nov.id}/cases`, { title: 'x', kind: 'information' })).status,
      409,
    );

    // the archive export: notice, minutes, attachment and Noark 5 metadata
    const res = await ctx.app.request(`/api/governance/meetings/${nov.id}/archive`, {
      headers: { cookie: (employee as unknown as { cookie: string }).cookie },
    });
    assert.equal(res.status, 200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files);
    assert.ok(names.includes('noark5-metadata.xml'));
    assert.ok(names.some((n) => n.endsWith('innkalling.pdf')));
    assert.ok(names.some((n) => n.includes('moetereferat')));
    assert.ok(names.some((n) => n.endsWith('Budsjett 2025.pdf')));
    const xml = new TextDecoder().decode(files['noark5-metadata.xml']);
    assert.match(xml, /moetemappe/);
    assert.match(xml, /2024\/M2-003/);

    // the plan as iCalendar
    const ics = await employee.get(`/api/governance/bodies/${council}/plan.ics?year=2024`);
    assert.equal(ics.status, 200);
    assert.match(ics.text, /BEGIN:VEVENT/);
    assert.match(ics.text, /DTSTART:20241114T071500Z/);
    d = (await secretary.get(`/api/governance/meetings/${dec.id}`)).json;
    assert.equal(d.status, 'held');
  });

  it('a cancelled meeting gives up its number before the notice', async () => {
    const a = await meeting('2025-02-12');
    const b = await meeting('2025-04-09');
    assert.equal(b.meetingNumber, '2025/M2');
    const cancelled = (await secretary.post(`/api/governance/meetings/${a.id}/cancel`)).json;
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.meetingNumber, null);
    const bm = (await secretary.get(`/api/governance/meetings/${b.id}`)).json;
    assert.equal(bm.meetingNumber, '2025/M1');
    // its approval of minutes points at December, whose minutes were never sent: nothing is approved
    await secretary.post(`/api/governance/meetings/${b.id}/notice`);
    const approval = await secretary.post(`/api/governance/cases/${bm.cases[1].id}/decision`, {
      decision: 'Ingen merknader.',
    });
    assert.equal(approval.status, 200, approval.text);
    const dec = (await secretary.get(`/api/governance/meetings/${bm.cases[1].approvesMeetingId}`)).json;
    assert.equal(dec.date, '2024-12-11');
    assert.equal(dec.minutesApprovedAt, null);
  });

  it('retries a delivery while the SMTP server refuses it, then marks it failed', async () => {
    await at(new Date('2025-04-01T09:00:00+02:00'));
    const apr = await meeting('2025-05-14');
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    await deliverDueMails(ctx, transport); // the minutes and notices of the tests before
    await secretary.post(`/api/governance/meetings/${apr.id}/notice`);
    smtp.state.down = true;
    let round = await deliverDueMails(ctx, transport);
    assert.deepEqual(round, { sent: 0, failed: 2 });
    let m = (await secretary.get(`/api/governance/meetings/${apr.id}`)).json;
    assert.ok(m.mails.every((x: { status: string; attempts: number }) => x.status === 'pending' && x.attempts === 1));
    assert.match(m.mails[0].lastError, /451|unavailable/);
    // nothing is due until the back-off has passed
    assert.deepEqual(await deliverDueMails(ctx, transport), { sent: 0, failed: 0 });
    for (let i = 0; i < 6; i++) {
      await at(new Date(clock.now.getTime() + 5 * 60 * 60_000));
      round = await deliverDueMails(ctx, transport);
    }
    m = (await secretary.get(`/api/governance/meetings/${apr.id}`)).json;
    assert.ok(
      m.mails.every((x: { status: string }) => x.status === 'failed'),
      JSON.stringify(m.mails),
    );
    assert.equal(m.mails[0].attempts, 6);
    smtp.state.down = false;
  });

  it('moves a proposal from the innovation council to the council, where it becomes a case', async () => {
    const p = await employee.post('/api/governance/proposals', {
      title: 'Felles løsning for digital signering',
      need: 'Kommunene signerer avtaler på papir.',
      benefit: 'Raskere saksbehandling',
      estimatedCostOre: 25_000_000,
    });
    assert.equal(p.status, 201, p.text);
    assert.match(p.json.reference, /^INN-\d{4}-001$/);
    assert.equal(p.json.stage, 'innovation_council');
    assert.equal(p.json.bodyId, innovation);
    // only the body (or an administrator) moves it on; the proposer follows it
    assert.equal(
      (await employee.post(`/api/governance/proposals/${p.json.id}/actions`, { action: 'forward' })).status,
      403,
    );
    const noGroup = await admin.post(`/api/governance/proposals/${p.json.id}/actions`, {
      action: 'forward',
      bodyId: council,
    });
    assert.equal(noGroup.status, 400);
    let r = await admin.post(`/api/governance/proposals/${p.json.id}/actions`, {
      action: 'forward',
      bodyId: group,
      comment: 'Teknisk ser på det.',
    });
    assert.equal(r.json.stage, 'group');
    r = await admin.post(`/api/governance/proposals/${p.json.id}/actions`, { action: 'forward' });
    assert.equal(r.json.stage, 'portfolio_board');
    r = await admin.post(`/api/governance/proposals/${p.json.id}/actions`, {
      action: 'forward',
      comment: 'Prioritert.',
    });
    assert.equal(r.json.stage, 'council');
    const mine = (await employee.get('/api/governance/proposals?mine=true')).json.proposals;
    assert.equal(mine.length, 1);
    const meetingId = (await meeting('2025-06-11')).id;
    r = await secretary.post(`/api/governance/proposals/${p.json.id}/case`, { meetingId });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'case');
    assert.deepEqual(
      r.json.history.map((e: { action: string }) => e.action),
      ['submitted', 'forwarded', 'forwarded', 'forwarded', 'case'],
    );
    const agenda = (await secretary.get(`/api/governance/meetings/${meetingId}`)).json;
    assert.equal(agenda.cases.at(-1).title, 'Felles løsning for digital signering');
    assert.match(agenda.cases.at(-1).background, /250\s000 kr/u);
  });

  it('finds cases, decisions and proposals with Norwegian stemming, respecting drafts', async () => {
    const r = await admin.get(`/api/governance/search?q=${encodeURIComponent('budsjettet')}`);
    assert.equal(r.status, 200);
    assert.ok(r.json.cases.some((c: { title: string }) => c.title === 'Budsjett 2025'));
    const signing = await employee.get(`/api/governance/search?q=${encodeURIComponent('signeringen')}`);
    assert.ok(signing.json.proposals.some((p: { title: string }) => p.title.includes('signering')));
    // the June meeting is a draft: the employee does not find its case
    assert.ok(!signing.json.cases.some((c: { title: string }) => c.title.includes('signering')));
    const outsider = await signedIn(ctx, other.users.admin.email);
    assert.equal((await outsider.get('/api/governance/search?q=budsjett')).json.cases.length, 0);
  });
});
