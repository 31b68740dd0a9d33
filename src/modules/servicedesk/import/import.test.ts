import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../../../test/context.ts';
import { createTenant, type TestTenant } from '../../../../test/factories.ts';
import type { Actor } from '../../../app/auth/roles.ts';
import { insertCategories, nextTicketNumbers } from '../config.repository.ts';
import { ensureServiceDeskDefaults } from '../defaults.ts';
import { insertTicket } from '../tickets.repository.ts';
import { cp1252 } from './fixtures/cp1252.ts';
import { registerImportCommands } from './import.cli.ts';
import { type ImportOptions, type ImportReport, importPureservice } from './import.service.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => path.join(fixtures, name);
const NOW = new Date('2025-01-15T12:00:00Z');

let ctx: TestContext;
let dir: string;

before(async () => {
  ctx = await createTestContext();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-import-'));
});
after(async () => {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Setup {
  tenant: TestTenant;
  actor: Actor;
  cat: { infra: string; nett: string; std: string };
  run(file: string, opts?: Partial<ImportOptions>): Promise<ImportReport>;
  tickets(): Promise<Record<string, any>[]>;
  count(table: 'ticket' | 'ticket_event' | 'audit_log'): Promise<number>;
}

/** A cooperation with members Ålesund (code alesund) and Bø (bo), the default statuses and a small category tree. */
async function setup(): Promise<Setup> {
  const tenant = await createTenant(ctx.db);
  const coop = tenant.cooperationId;
  await ensureServiceDeskDefaults(ctx.db, coop);
  await ctx.db.updateTable('member').set({ code: 'alesund' }).where('id', '=', tenant.memberA).execute();
  await ctx.db.updateTable('member').set({ code: 'bo' }).where('id', '=', tenant.memberB).execute();
  const cat = { infra: crypto.randomUUID(), nett: crypto.randomUUID(), std: crypto.randomUUID() };
  await insertCategories(ctx.db, [
    { id: cat.infra, cooperation_id: coop, parent_id: null, name: 'Infrastruktur' },
    { id: cat.nett, cooperation_id: coop, parent_id: cat.infra, name: 'Nettverk' },
    { id: cat.std, cooperation_id: coop, parent_id: null, name: 'Standardapplikasjoner' },
  ]);
  const actor = tenant.actor('admin');
  return {
    tenant,
    actor,
    cat,
    run: (file, opts = {}) => importPureservice(ctx.db, actor, { file, now: NOW, ...opts }),
    tickets: () =>
      ctx.db.selectFrom('ticket').selectAll().where('cooperation_id', '=', coop).orderBy('number').execute() as Promise<
        Record<string, any>[]
      >,
    count: async (table) => {
      const r = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where cooperation_id = ${coop}`.execute(ctx.db);
      return r.rows[0]!.n;
    },
  };
}

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const csvNo = () => fs.readFileSync(fixture('pureservice-no.csv'), 'utf8');
const codes = (r: ImportReport) => r.errors.map((e) => e.code);

describe('Pureservice import: CSV', () => {
  it('imports Norwegian labels with original numbers, timestamps, history and SLA', async () => {
    const s = await setup();
    const r = await s.run(fixture('pureservice-no.csv'));
    assert.equal(r.rejected, false, JSON.stringify(r.errors));
    assert.deepEqual([r.format, r.encoding, r.delimiter, r.rows, r.created, r.updated], ['csv', 'utf-8', ';', 4, 4, 0]);
    assert.equal(r.columns?.recognised.Saksnummer, 'requestNumber');
    const t = await s.tickets();
    assert.deepEqual(
      t.map((x) => x.number),
      [1001, 1002, 1003, 1004],
    );
    const [a, b, c, d] = t as [Record<string, any>, Record<string, any>, Record<string, any>, Record<string, any>];
    assert.equal(a.external_source, 'pureservice');
    assert.equal(a.external_id, '1001'); // no id column: the request number is the key
    assert.deepEqual(
      [a.kind, a.channel, a.priority, a.status_key, a.core_state],
      ['incident', 'phone', 'high', 'closed', 'closed'],
    );
    assert.equal(a.member_id, s.tenant.memberA);
    assert.equal(a.category_id, s.cat.nett);
    assert.equal(a.description, 'Feilmelding ved pålogging:\n"Kontoen er låst"');
    assert.equal(a.solution, 'Låste opp kontoen');
    assert.equal(a.requester_name, 'Kari Nordmann');
    assert.equal(a.created_at.toISOString(), '2024-11-14T07:15:00.000Z');
    assert.equal(a.resolved_at.toISOString(), '2024-11-14T08:30:00.000Z');
    assert.equal(a.closed_at.toISOString(), '2024-11-14T09:00:00.000Z');
    assert.equal(a.sla_frozen, true);
    assert.equal(a.sla_resolution_breached, false); // high: 4 business hours, resolved in 1¼
    assert.equal(b.kind, 'service_request');
    assert.equal(b.category_id, s.cat.std);
    assert.equal(b.resolved_at, null);
    assert.equal(b.sla_resolution_breached, true); // low, 5 working days, still open in January
    // unknown company → no member, a warning; an unknown sub-category → its parent, a warning
    assert.equal(c.member_id, null);
    assert.equal(c.category_id, s.cat.infra);
    assert.equal(c.status_key, 'waiting_user');
    assert.equal(c.sla_paused, true);
    // 31.03.2024 02:30 does not exist in Oslo (clocks spring forward): 03:30 CEST
    assert.equal(d.created_at.toISOString(), '2024-03-31T01:30:00.000Z');
    assert.equal(d.kind, 'security_alert');
    assert.equal(d.priority, 'critical');

    const unknown = r.warnings.find((w) => w.code === 'unknown_member');
    assert.deepEqual([unknown?.line, unknown?.field], [5, 'Firma']);
    assert.match(unknown!.message, /Fræna kommune/);
    assert.equal(r.warningsByCode.partial_category, 1);
    assert.deepEqual(r.unmapped.member, [{ value: 'Fræna kommune', count: 1, line: 5, record: 3 }]);

    const events = await ctx.db
      .selectFrom('ticket_event')
      .select(['kind', 'at', 'data', 'actor_name'])
      .where('ticket_id', '=', a.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      events.map((e) => [e.kind, e.at.toISOString(), e.data.to ?? null]),
      [
        ['created', '2024-11-14T07:15:00.000Z', null],
        // one status event at the resolution; the solution is on the ticket (no separate "resolved" event)
        ['status', '2024-11-14T08:30:00.000Z', 'closed'],
      ],
    );
    assert.deepEqual(events[0]!.data, {
      priority: 'high',
      status: 'new',
      coreState: 'new',
      channel: 'phone',
      kind: 'incident',
    });
    assert.equal(events[0]!.actor_name, 'Pureservice');
    // numbers given out later come after the imported ones; one audit entry
    assert.equal(await nextTicketNumbers(ctx.db, s.tenant.cooperationId), 1005);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'entity_id', 'summary', 'actor_name'])
      .where('cooperation_id', '=', s.tenant.cooperationId)
      .where('entity_type', '=', 'ticket_import')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.entity_id, r.importId);
    assert.match(audit[0]!.summary, /4 created/);
  });

  it('imports API field names with a mapping file: companies by id, HTML as text, custom fields kept', async () => {
    const s = await setup();
    const mapping = JSON.parse(fs.readFileSync(fixture('mapping.json'), 'utf8'));
    const r = await s.run(fixture('pureservice-api.csv'), { mapping });
    assert.equal(r.rejected, false, JSON.stringify(r.errors));
    assert.equal(r.delimiter, ',');
    const [a, b] = (await s.tickets()) as [Record<string, any>, Record<string, any>];
    assert.deepEqual(
      [a.external_id, a.number, a.priority, a.core_state, a.member_id],
      ['501', 2001, 'medium', 'resolved', s.tenant.memberA],
    );
    assert.equal(a.description, 'Skriveren i 2. etg skriver ikke.\n\nHilsen Kari');
    assert.deepEqual(a.form_data, { Bygg: 'Bygg A' });
    assert.equal(a.created_at.toISOString(), '2024-11-14T07:15:00.000Z');
    assert.deepEqual(
      [b.priority, b.status_key, b.kind, b.member_id],
      ['low', 'new', 'service_request', s.tenant.memberB],
    );
    assert.equal(b.created_at.toISOString(), '2024-11-20T08:00:00.000Z');
  });

  it('re-imports idempotently: unchanged rows stay, a changed row is updated with history', async () => {
    const s = await setup();
    await s.run(fixture('pureservice-no.csv'));
    const events = await s.count('ticket_event');
    const again = await s.run(fixture('pureservice-no.csv'));
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 4]);
    assert.equal(await s.count('ticket_event'), events);
    const changed = csvNo()
      .replace(
        '1002;Ny PC til ny ansatt;Bestilling av bærbar;;ola@bo.test;Ola Bø;Lav;Under arbeid',
        '1002;Ny PC til ny ansatt;Bestilling av bærbar;Levert;ola@bo.test;Ola Bø;Høy;Løst',
      )
      .replace(
        'Bø kommune;15.11.2024 12:00;18.11.2024 09:00;',
        'Bø kommune;15.11.2024 12:00;19.11.2024 09:00;19.11.2024 09:00',
      );
    const added =
      '1005;Ny skjerm;;;kari@alesund.test;Kari;Lav;Ny;Portal;Bestilling;;;Ålesund kommune;20.11.2024 10:00;;\r\n';
    const third = await s.run(write('changed.csv', changed + added));
    assert.deepEqual([third.created, third.updated, third.unchanged], [1, 1, 3]);
    const fresh = (await s.tickets()).find((x) => x.number === 1005)!;
    assert.equal(await s.count('ticket'), 5);
    assert.deepEqual(
      (await ctx.db.selectFrom('ticket_event').select('kind').where('ticket_id', '=', fresh.id).execute()).map(
        (e) => e.kind,
      ),
      ['created'],
    );
    const t = (await s.tickets()).find((x) => x.number === 1002)!;
    assert.deepEqual([t.priority, t.status_key, t.solution], ['high', 'resolved', 'Levert']);
    assert.equal(t.resolved_at.toISOString(), '2024-11-19T08:00:00.000Z');
    const history = await ctx.db
      .selectFrom('ticket_event')
      .select(['kind', 'data'])
      .where('ticket_id', '=', t.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      history.map((e) => e.kind),
      ['created', 'status', 'priority', 'status'],
    );
    assert.equal(await s.count('audit_log'), 3 + (await auditBaseline(s)));
  });

  it('reads a Windows-1252 export with æøå, and a UTF-8 file with a BOM', async () => {
    const s = await setup();
    const r = await s.run(write('win.csv', cp1252(csvNo())));
    assert.equal(r.rejected, false, JSON.stringify(r.errors));
    assert.equal(r.encoding, 'windows-1252');
    const t = await s.tickets();
    assert.equal(t[0]!.subject, 'Får ikke logget på');
    assert.equal(t[1]!.member_id, s.tenant.memberB); // "Bø kommune"
    const s2 = await setup();
    const bom = await s2.run(write('bom.csv', `\uFEFF${csvNo()}`));
    assert.equal(bom.rejected, false, JSON.stringify(bom.errors));
    assert.deepEqual([bom.bom, bom.encoding, bom.created], [true, 'utf-8', 4]);
    assert.equal(bom.columns?.recognised.Saksnummer, 'requestNumber');
  });

  it('rejects malformed dates with their line numbers (after a multi-line field) and writes nothing', async () => {
    const s = await setup();
    const bad = csvNo()
      .replace('15.11.2024 12:00', '31.11.2024 12:00')
      .replace('01.07.2024 14:00', 'i går')
      .replace('31.03.2024 05:00', '2024-03-31T05:00:00+99:00');
    const r = await s.run(write('dates.csv', bad));
    assert.equal(r.rejected, true);
    assert.deepEqual(
      r.errors.map((e) => [e.line, e.field, e.code]),
      [
        [4, 'Opprettet', 'bad_date'],
        [5, 'Opprettet', 'bad_date'],
        [6, 'Endret', 'bad_date'],
      ],
    );
    assert.match(r.errors[0]!.message, /31\.11\.2024 12:00 is not a calendar date/);
    assert.equal(await s.count('ticket'), 0);
    assert.equal(await s.count('ticket_event'), 0);
    assert.equal(await nextTicketNumbers(ctx.db, s.tenant.cooperationId), 1);
  });

  it('rejects the whole file for one bad row (unknown priority, missing subject): nothing written', async () => {
    const s = await setup();
    const bad = csvNo()
      .replace(';Lav;Under arbeid;', ';Superviktig;Under arbeid;')
      .replace('1003;Teams krasjer;', '1003;;');
    const r = await s.run(write('bad.csv', bad));
    assert.equal(r.rejected, true);
    assert.deepEqual(
      r.errors.map((e) => [e.line, e.field, e.code]),
      [
        [4, 'Prioritet', 'unknown_priority'],
        [5, 'Emne', 'missing_subject'],
      ],
    );
    assert.deepEqual(r.unmapped.priority, [{ value: 'Superviktig', count: 1, line: 4, record: 2 }]);
    assert.equal(await s.count('ticket'), 0);
    assert.equal(await s.count('audit_log'), await auditBaseline(s));
  });

  it('rejects truncated files: an unterminated quote, a row cut short', async () => {
    const s = await setup();
    const text = csvNo();
    const cut = await s.run(write('cut.csv', text.slice(0, text.indexOf('Kontoen er låst'))));
    assert.equal(cut.rejected, true);
    assert.deepEqual([cut.errors[0]!.code, cut.errors[0]!.line], ['truncated', 2]);
    const short = await s.run(write('short.csv', text.slice(0, text.indexOf(';Hendelse;'))));
    assert.equal(short.rejected, true);
    assert.deepEqual(codes(short), ['csv_field_count']);
    assert.equal(short.errors[0]!.line, 5);
    assert.match(short.errors[0]!.message, /cut off/);
    assert.equal(await s.count('ticket'), 0);
  });

  it('refuses files it cannot read with a clear sentence', async () => {
    const s = await setup();
    const xlsx = await s.run(write('export.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])));
    assert.match(xlsx.errors[0]!.message, /Excel workbook/);
    const mixed = await s.run(
      write(
        'mixed.csv',
        Buffer.concat([Buffer.from(csvNo()), cp1252('1005;Blåbær;;;;;Lav;Ny;Portal;Feil;;;;01.01.2024;;\n')]),
      ),
    );
    assert.deepEqual([mixed.rejected, mixed.errors[0]!.code, mixed.errors[0]!.line], [true, 'encoding', 7]);
    const noColumns = await s.run(write('cols.csv', 'Nummer;Tekst\n1;x\n'));
    assert.match(noColumns.errors[0]!.message, /no column for an id or request number .*the subject/);
    const tooMany = await s.run(fixture('pureservice-no.csv'), { maxRows: 3 });
    assert.deepEqual([tooMany.rejected, tooMany.errors[0]!.code], [true, 'too_many_rows']);
    assert.match(tooMany.errors[0]!.message, /Split the export/);
    const missing = await s.run(path.join(dir, 'nope.csv'));
    assert.match(missing.errors[0]!.message, /does not exist/);
    const badMapping = await s.run(fixture('pureservice-no.csv'), {
      mapping: { statuses: { Lukket: 'done' }, companies: { X: 'nobody' } },
    });
    assert.deepEqual(
      badMapping.errors.map((e) => e.field),
      ['mapping.statuses["Lukket"]', 'mapping.companies["X"]'],
    );
    assert.equal(await s.count('ticket'), 0);
  });

  it('dry run validates and counts without writing', async () => {
    const s = await setup();
    const dry = await s.run(fixture('pureservice-no.csv'), { dryRun: true });
    assert.deepEqual(
      [dry.rejected, dry.dryRun, dry.created, dry.updated, dry.unchanged, dry.importId],
      [false, true, 4, 0, 0, null],
    );
    assert.equal(await s.count('ticket'), 0);
    assert.equal(await s.count('audit_log'), await auditBaseline(s));
    assert.equal(await nextTicketNumbers(ctx.db, s.tenant.cooperationId), 1);
    await s.run(fixture('pureservice-no.csv'));
    const changed = csvNo().replace('Teams krasjer', 'Teams krasjer hele tiden');
    const dry2 = await s.run(write('dry2.csv', changed), { dryRun: true });
    assert.deepEqual([dry2.created, dry2.updated, dry2.unchanged], [0, 1, 3]);
    assert.equal((await s.tickets()).find((t) => t.number === 1003)!.subject, 'Teams krasjer');
  });

  it('takes the last of duplicate rows, and gives a new number when the old one is taken', async () => {
    const s = await setup();
    await insertTicket(ctx.db, {
      id: crypto.randomUUID(),
      cooperation_id: s.tenant.cooperationId,
      number: 1001,
      kind: 'incident',
      channel: 'portal',
      priority: 'low',
      status_key: 'new',
      core_state: 'new',
      subject: 'Native ticket',
      created_at: NOW,
      updated_at: NOW,
    });
    const lines = csvNo().trimEnd().split('\r\n');
    const dup = [...lines, lines[4]!.replace('Teams krasjer', 'Teams krasjer (oppdatert)')].join('\r\n');
    const r = await s.run(write('dup.csv', dup));
    assert.equal(r.rejected, false, JSON.stringify(r.errors));
    assert.deepEqual([r.rows, r.created, r.duplicates, r.renumbered], [5, 4, 1, 1]);
    const t = await s.tickets();
    assert.equal(t.find((x) => x.external_id === '1003')!.subject, 'Teams krasjer (oppdatert)');
    const moved = t.find((x) => x.external_id === '1001')!;
    assert.ok(moved.number > 1004);
    const w = r.warnings.find((x) => x.code === 'number_taken');
    assert.equal(w?.line, 2);
    assert.equal(r.warnings.find((x) => x.code === 'duplicate_ticket')?.line, 7);
  });
});

describe('Pureservice import: JSON', () => {
  it('imports an API page, resolving linked users, companies, statuses (coreStatus fallback)', async () => {
    const s = await setup();
    const r = await s.run(fixture('page.json'));
    assert.equal(r.rejected, false, JSON.stringify(r.errors));
    assert.equal(r.format, 'json');
    const t = await s.tickets();
    const a = t.find((x) => x.external_id === '9001')!;
    assert.deepEqual(
      [a.number, a.priority, a.channel, a.kind, a.status_key],
      [3001, 'high', 'email', 'incident', 'closed'],
    );
    assert.deepEqual(
      [a.member_id, a.category_id, a.requester_name, a.requester_email],
      [s.tenant.memberA, s.cat.nett, 'Kari Nordmann', 'kari@alesund.test'],
    );
    assert.deepEqual(a.form_data, { cf_3: 'Rådhuset' });
    const fallback = r.warnings.filter((w) => w.code === 'status_by_core_status');
    assert.deepEqual(
      fallback.map((w) => [w.record, w.id]),
      [
        [1, '9001'],
        [3, '9003'],
      ],
    );
    assert.equal(t.find((x) => x.external_id === '9003')!.status_key, 'in_progress');
    const b = t.find((x) => x.external_id === '9002')!;
    assert.deepEqual(
      [b.channel, b.kind, b.status_key, b.member_id],
      ['portal', 'service_request', 'in_progress', s.tenant.memberB],
    );
    assert.deepEqual(r.unmapped.team, [{ value: 'Drift', count: 1, line: 3, record: 1 }]);
  });

  it('uses a mapping file for custom statuses and members to leave empty', async () => {
    const s = await setup();
    const mapping = JSON.parse(fs.readFileSync(fixture('mapping.json'), 'utf8'));
    const r = await s.run(fixture('page.json'), { mapping });
    assert.equal(r.rejected, false, JSON.stringify(r.errors));
    assert.equal(r.warningsByCode.status_by_core_status, undefined);
    const t = await s.tickets();
    assert.equal(t.find((x) => x.external_id === '9003')!.status_key, 'waiting_supplier');
    assert.deepEqual(t.find((x) => x.external_id === '9001')!.form_data, { Bygg: 'Rådhuset' });
  });

  it('imports NDJSON pages and a JSON array of pages alike, idempotently', async () => {
    const s = await setup();
    const a = await s.run(fixture('pages.ndjson'));
    assert.deepEqual([a.rejected, a.created], [false, 2]);
    const b = await s.run(fixture('pages-array.json'));
    assert.deepEqual([b.rejected, b.created, b.unchanged], [false, 0, 2]);
    const t = await s.tickets();
    assert.deepEqual(
      t.map((x) => [x.number, x.member_id]),
      [
        [3101, s.tenant.memberA],
        [3102, s.tenant.memberB],
      ],
    );
  });

  it('rejects a truncated JSON file and reports broken tickets by index and id', async () => {
    const s = await setup();
    const text = fs.readFileSync(fixture('page.json'), 'utf8');
    const cut = await s.run(write('cut.json', text.slice(0, text.indexOf('"Ny lisens Visio"'))));
    assert.deepEqual([cut.rejected, cut.errors[0]!.code], [true, 'truncated']);
    assert.match(cut.errors[0]!.message, /inside ticket 2/);
    const broken = await s.run(
      write('broken.json', text.replace('"created": "2024-10-07T08:30:00.000Z"', '"created": 2024-10-07')),
    );
    assert.equal(broken.rejected, true);
    assert.deepEqual(
      broken.errors.map((e) => [e.record, e.id, e.code]),
      [[3, '9003', 'json_syntax']],
    );
    const dates = await s.run(
      write('dates.json', text.replace('2024-10-05T08:30:00.000Z', '2024-02-30T08:30:00.000Z')),
    );
    assert.deepEqual(
      dates.errors.map((e) => [e.record, e.id, e.field, e.code]),
      [[2, '9002', 'created', 'bad_date']],
    );
    assert.equal(await s.count('ticket'), 0);
  });
});

describe('Pureservice import: access and CLI', () => {
  it('is for administrators only', async () => {
    const s = await setup();
    await assert.rejects(
      importPureservice(ctx.db, s.tenant.actor('agent'), { file: fixture('page.json') }),
      /administrators/,
    );
  });

  it('runs as `servicedesk import pureservice` with --json, --dry-run, --mapping and --cooperation', async () => {
    const s = await setup();
    const program = new Command('samdrift').exitOverride();
    registerImportCommands(program, async () => ({ ...ctx, database: { ...ctx.database, close: async () => {} } }));
    const out: string[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void out.push(a.join(' '));
    const exit = process.exitCode;
    try {
      const mappingFile = fixture('mapping.json');
      await program.parseAsync(
        [
          'servicedesk',
          'import',
          'pureservice',
          fixture('page.json'),
          '--cooperation',
          s.tenant.slug,
          '--mapping',
          mappingFile,
          '--dry-run',
          '--json',
        ],
        { from: 'user' },
      );
      const dry = JSON.parse(out.join('\n')) as ImportReport;
      assert.deepEqual([dry.dryRun, dry.created], [true, 3]);
      assert.equal(await s.count('ticket'), 0);
      out.length = 0;
      await program.parseAsync(
        ['servicedesk', 'import', 'pureservice', fixture('page.json'), '--cooperation', s.tenant.slug],
        {
          from: 'user',
        },
      );
      assert.match(out[0]!, /Pureservice import of page\.json \(JSON, utf-8\): 3 tickets read/);
      assert.match(out[1]!, /Created 3, updated 0, left 0 unchanged/);
      out.length = 0;
      await program.parseAsync(
        ['servicedesk', 'import', 'pureservice', write('bad.csv', 'Emne\nx\n'), '--cooperation', s.tenant.slug],
        {
          from: 'user',
        },
      );
      assert.equal(process.exitCode, 1);
      assert.match(out.join('\n'), /Rejected: nothing was imported/);
      // the printed mapping is a valid mapping file that changes nothing
      out.length = 0;
      await program.parseAsync(['servicedesk', 'import', 'pureservice-mapping'], { from: 'user' });
      const printed = JSON.parse(out.join('\n'));
      assert.equal(printed.priorities.Kritisk, 'critical');
      const same = await s.run(fixture('page.json'), { mapping: printed, dryRun: true });
      assert.deepEqual([same.rejected, same.unchanged], [false, 3]);
      // more than one cooperation: --cooperation is required
      await assert.rejects(
        program.parseAsync(['servicedesk', 'import', 'pureservice', fixture('page.json')], { from: 'user' }),
        /choose one with --cooperation/,
      );
    } finally {
      console.log = log;
      process.exitCode = exit;
    }
  });
});

/** Audit entries the tenant factory itself wrote. */
async function auditBaseline(s: Setup): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from audit_log
    where cooperation_id = ${s.tenant.cooperationId} and entity_type <> 'ticket_import'`.execute(ctx.db);
  return r.rows[0]!.n;
}
