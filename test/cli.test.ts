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
    assert.equal(list.total, 8);
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
    assert.equal(counts.app_user, 8);
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
    assert.equal(list.total, 8);
    assert.ok(!list.items.some((u: { email: string }) => u.email === 'etter@molde.kommune.no'));
  });
});
