import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MIGRATION_NAMES } from '../src/db/migrate.ts';
import { testDatabaseUrl } from './context.ts';

const bin = path.resolve(import.meta.dirname, '../bin/samdrift.js');

describe('samdrift CLI', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let drop: () => Promise<void>;

  const run = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [bin, ...args], { env, input, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-cli-'));
    const t = await testDatabaseUrl();
    drop = t.drop;
    env = {
      ...process.env,
      SAMDRIFT_DATA: path.join(dir, 'data'),
      LOG_LEVEL: 'silent',
      ...(t.url ? { DATABASE_URL: t.url } : {}),
    };
  });
  after(async () => {
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrates, seeds, adds and lists users, with --json on every read', () => {
    const migrate = run(['db', 'migrate', '--json']);
    assert.equal(migrate.status, 0, migrate.stderr);
    assert.deepEqual(migrate.json().applied, MIGRATION_NAMES);
    assert.equal(run(['demo', 'seed', '--json']).json().seeded, true);
    assert.equal(run(['demo', 'seed', '--json']).json().seeded, false);
    assert.deepEqual(
      run(['cooperation', 'list', '--json'])
        .json()
        .map((c: { slug: string }) => c.slug),
      ['ror-ikt'],
    );
    const add = run(
      [
        'user',
        'add',
        '--cooperation',
        'ror-ikt',
        '--email',
        'ny@molde.kommune.no',
        '--name',
        'Nora Ny',
        '--member',
        'molde',
        '--role',
        'agent',
        '--role',
        'system_owner:aukra',
        '--password-stdin',
        '--json',
      ],
      'et hemmelig passord\n',
    );
    assert.equal(add.status, 0, add.stderr);
    const user = add.json().user;
    assert.deepEqual(
      user.roles.map((r: { role: string }) => r.role),
      ['agent', 'system_owner'],
    );
    assert.equal(add.json().password, undefined);
    const list = run(['user', 'list', '--cooperation', 'ror-ikt', '--json']).json();
    // the demo's 7 role accounts, the council's 9 further people (src/demo/governance-data.ts), the one added
    assert.equal(list.total, 17);
    assert.ok(list.items.some((u: { email: string }) => u.email === 'ny@molde.kommune.no'));
    const status = run(['db', 'status', '--json']).json();
    assert.equal(status.current, true);
  });

  it('refuses bad input with a clear sentence and exit code 1', () => {
    const dup = run([
      'user',
      'add',
      '--cooperation',
      'ror-ikt',
      '--email',
      'admin@ror-ikt.no',
      '--name',
      'X',
      '--member',
      'molde',
    ]);
    assert.equal(dup.status, 1);
    assert.match(dup.stderr, /already exists/);
    const role = run(['user', 'add', '--cooperation', 'ror-ikt', '--email', 'z@x.no', '--name', 'X', '--role', 'king']);
    assert.match(role.stderr, /Unknown role king/);
    const member = run([
      'user',
      'add',
      '--cooperation',
      'ror-ikt',
      '--email',
      'z@x.no',
      '--name',
      'X',
      '--member',
      'oslo',
    ]);
    assert.match(member.stderr, /No member with the code oslo/);
    const scope = run(['user', 'add', '--cooperation', 'ror-ikt', '--email', 'z@x.no', '--name', 'X']);
    assert.match(scope.stderr, /needs a member: add --member/);
    const coop = run(['user', 'list', '--cooperation', 'nope']);
    assert.match(coop.stderr, /No cooperation with the slug nope/);
    const restore = run(['db', 'restore', path.join(dir, 'x.gz')]);
    assert.match(restore.stderr, /--yes/);
  });

  it('backup then restore returns the same data', () => {
    const file = path.join(dir, 'backup.jsonl.gz');
    const backup = run(['db', 'backup', file, '--json']);
    assert.equal(backup.status, 0, backup.stderr);
    const counts = backup.json().counts;
    assert.equal(counts.app_user, 17);
    const add = run([
      'user',
      'add',
      '--cooperation',
      'ror-ikt',
      '--email',
      'etter@molde.kommune.no',
      '--name',
      'Etter Backup',
      '--member',
      'molde',
      '--json',
    ]);
    assert.equal(add.status, 0, add.stderr);
    assert.ok(add.json().password.length >= 12);
    const restore = run(['db', 'restore', file, '--yes', '--json']);
    assert.equal(restore.status, 0, restore.stderr);
    assert.deepEqual(restore.json().counts, counts);
    const list = run(['user', 'list', '--cooperation', 'ror-ikt', '--json']).json();
    // the demo's 7 role accounts, the council's 9 further people (src/demo/governance-data.ts), the one added
    assert.equal(list.total, 17);
    assert.ok(!list.items.some((u: { email: string }) => u.email === 'etter@molde.kommune.no'));
  });

  it('economy allocate splits the seeds’ tables and refuses shares that do not add up', () => {
    const r = run([
      'economy',
      'allocate',
      '--total',
      '60 506 000',
      '--shares',
      'Molde=55,0,Vestnes=15,3,Rauma=17,3,Aukra=12,4',
      '--json',
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r
        .json()
        .members.map((m: { name: string; sharePercent: string; amount: number }) => [m.name, m.sharePercent, m.amount]),
      [
        ['Molde', '55.000', 33_278_300],
        ['Vestnes', '15.300', 9_257_418],
        ['Rauma', '17.300', 10_467_538],
        ['Aukra', '12.400', 7_502_744],
      ],
    );
    const seed2025 = 'Aukra=7,83,Hustadvika=19,39,Molde=48,10,Rauma=11,78,Vestnes=12,91';
    const refused = run(['economy', 'allocate', '--total', '88439', '--unit', '1000', '--shares', seed2025]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /add up to 100\.01 %, not 100 %.*--normalize/);
    const normalized = run([
      'economy',
      'allocate',
      '--total',
      '88439',
      '--unit',
      '1000',
      '--normalize',
      '--shares',
      seed2025,
      '--json',
    ]);
    const parts = normalized.json().members.map((m: { amount: number }) => m.amount);
    assert.equal(
      parts.reduce((a: number, b: number) => a + b, 0),
      88_439,
    );
    const formula = run([
      'economy',
      'allocate',
      '--total',
      '1000',
      '--equal',
      '30',
      '--population',
      'A=3000,B=7000',
      '--json',
    ]);
    assert.deepEqual(
      formula.json().members.map((m: { sharePercent: string; amount: number }) => [m.sharePercent, m.amount]),
      [
        ['36.000', 360],
        ['64.000', 640],
      ],
    );
    const bad = run(['economy', 'allocate', '--total', 'tusen', '--shares', 'A=100']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--total: "tusen" is not an amount/);
  });

  it('governance meetings lists a body’s meetings of a year, each case with its number', () => {
    const out = run(['governance', 'meetings', '--body', 'samarbeidsrad', '--year', '2024', '--json']);
    assert.equal(out.status, 0, out.stderr);
    const meetings = out.json().meetings;
    assert.deepEqual(
      meetings.map((m: { meetingNumber: string; date: string }) => `${m.meetingNumber} ${m.date}`),
      ['2024/M6 2024-10-09', '2024/M7 2024-11-14'],
    );
    assert.deepEqual(
      meetings[1].cases.map((c: { number: string }) => c.number),
      ['001', '002', '003', '004', '005', '006', '007'].map((n) => `2024/M7-${n}`),
    );
    assert.equal(meetings[1].cases[5].decision.startsWith('Møtene i mars, mai og november avlyses'), true);
    const bad = run(['governance', 'meetings', '--body', 'styret', '--year', '2024']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /No body "styret"\. Bodies: samarbeidsrad/);
    const search = run(['governance', 'search', 'budsjettet', '--json']).json();
    assert.ok(search.cases.some((c: { number: string }) => c.number === '2024/M7-004'));
  });

  it('devices: the demo’s rotation table has seed 002’s sums; fleet import is idempotent and refuses bad rows', () => {
    const out = run(['devices', 'rotation', '--json']);
    assert.equal(out.status, 0, out.stderr);
    const t = out.json();
    assert.deepEqual([t.totals.expired, t.totals.toOrder], [142, 462]);
    assert.deepEqual(
      Object.fromEntries(t.memberSums.map((s: { memberName: string; toOrder: number }) => [s.memberName, s.toOrder])),
      {
        'Aukra kommune': 0,
        'Hustadvika kommune': 216,
        'Molde kommune': 183,
        'Rauma kommune': 10,
        'Vestnes kommune': 53,
      },
    );
    const text = run(['devices', 'rotation']);
    assert.match(text.stdout, /Molde kommune\s+Ansatt\s+5\s+3\s+240\s+5\s+0\s+183/);
    const badMonth = run(['devices', 'rotation', '--month', '2024-13']);
    assert.equal(badMonth.status, 1);
    assert.match(badMonth.stderr, /--month must be a month/);

    const csv = path.join(dir, 'intune.csv');
    fs.writeFileSync(
      csv,
      'Device name,Serial number,Model,Manufacturer,OS,Enrollment date,Last check-in,Primary user UPN,Total storage\n' +
        'MOL-PC-1,CLI0001,ThinkPad L14,Lenovo,Windows,2023-01-05 10:00:00,2024-11-01 08:00:00,ola@molde.kommune.no,243712\n' +
        'RAU-MOB-1,CLI0002,iPhone 15,Apple,iOS,2024-02-01 10:00:00,2024-11-01 08:00:00,kari@rauma.kommune.no,122000\n',
    );
    const first = run(['devices', 'import', csv, '--category', 'ansatt', '--json']);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual([first.json().created, first.json().unchanged], [2, 0]);
    const again = run(['devices', 'import', csv, '--category', 'ansatt', '--json']);
    assert.deepEqual([again.json().created, again.json().unchanged], [0, 2]);
    fs.appendFileSync(csv, 'X,CLI0001,,,Windows,,31.02.2024,,\n');
    const bad = run(['devices', 'import', csv, '--category', 'ansatt']);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /rejected, nothing was written/);
    assert.match(bad.stdout, /line 4 \(serial\): The serial number CLI0001 is also on line 2/);

    const forecast = run(['devices', 'forecast', '--months', '12', '--json']);
    assert.equal(forecast.status, 0, forecast.stderr);
    assert.equal(
      forecast.json().totalCostOre,
      forecast.json().totals.reduce((s: number, p: { costOre: number }) => s + p.costOre, 0),
    );
    const rover = run(['devices', 'non-compliant', '--json']);
    assert.equal(rover.status, 0, rover.stderr);
    assert.ok(rover.json().nonCompliant > 0);
    assert.ok(
      rover.json().items.every((i: { device: { memoryMb: number | null } }) => (i.device.memoryMb ?? 0) < 6144),
    );
  });

  it('economy payments, operating and actuals import work on the demo data with --json', () => {
    const pay = run(['economy', 'payments', '--year', '2025', '--json']);
    assert.equal(pay.status, 0, pay.stderr);
    const p = pay.json();
    assert.deepEqual(
      p.rows.map((r: { investmentNet: number }) => r.investmentNet),
      [718, 1788, 4429, 1077, 1188],
    );
    assert.equal(p.sum.operating, 88_439);
    assert.equal(
      p.rows.reduce((a: number, r: { total: number }) => a + r.total, 0),
      p.sum.total,
    );
    const op = run(['economy', 'operating', '--year', '2024', '--json']);
    assert.equal(op.json().sum.deviation, 1936);
    const file = path.join(dir, 'regnskap.csv');
    fs.writeFileSync(file, 'Konto;Periode;Beløp\n10100;2024-11;100,00\n99999;2024-11;5,00\n');
    const bad = run(['economy', 'actuals', 'import', file, '--year', '2024', '--json']);
    assert.equal(bad.status, 1);
    assert.deepEqual(
      bad.json().errors.map((e: { line: number; code: string }) => [e.line, e.code]),
      [[3, 'unknown_account']],
    );
    assert.equal(run(['economy', 'operating', '--year', '2024', '--json']).json().throughPeriod, 10, 'nothing written');
    const noYear = run(['economy', 'payments']);
    assert.equal(noYear.status, 1);
    assert.match(noYear.stderr, /--year must be a year/);
  });
});
