// A mailbox of 1,000 mails is read by `samdrift mail poll` in a child process, which is killed
// (SIGKILL, no clean-up) in the middle and started again: every mail becomes exactly one ticket.
// Runs on PGlite (a data directory on disk) or, with TEST_DATABASE_URL, on PostgreSQL.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openContext } from '../src/app/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { testDatabaseUrl } from './context.ts';
import { createTenant } from './factories.ts';
import { imapMailbox, startImap } from './servers.ts';

const TOTAL = 1000;
const root = path.resolve(import.meta.dirname, '..');

function mail(i: number) {
  return [
    `From: bruker${i % 37}@alesund.test`,
    'To: servicedesk@ror-ikt.test',
    `Subject: Melding ${i}`,
    `Message-ID: <restart-${i}@alesund.test>`,
    'Date: Mon, 4 Nov 2024 09:00:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Tekst ${i}`,
    '',
  ].join('\r\n');
}

describe('e-mail in: a mailbox of 1,000 mails is read exactly once across a kill and a restart', () => {
  let imap: Awaited<ReturnType<typeof startImap>>;
  let env: Record<string, string>;
  let dataDir: string;
  let drop: () => Promise<void>;
  let cooperationId: string;

  before(async () => {
    imap = await startImap(Array.from({ length: TOTAL }, (_, i) => mail(i)));
    const db = await testDatabaseUrl();
    drop = db.drop;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-restart-'));
    env = {
      SAMDRIFT_DEMO: 'false',
      LOG_LEVEL: 'silent',
      SAMDRIFT_DATA: dataDir,
      ...(db.url ? { DATABASE_URL: db.url } : {}),
    };
    const ctx = await openContext(loadConfig(env));
    try {
      const t = await createTenant(ctx.db);
      cooperationId = t.cooperationId;
      await ctx.db.insertInto('mailbox').values(imapMailbox(t.cooperationId, imap.port)).execute();
    } finally {
      await ctx.database.close();
    }
  });
  after(async () => {
    await imap.close();
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Run `samdrift mail poll --all`; with `killAt`, SIGKILL it once that many mails are reported done. */
  function poll(killAt?: number): Promise<{ code: number | null; signal: string | null; lastDone: number }> {
    return new Promise((resolve, reject) => {
      const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'mail', 'poll', '--all'], {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let lastDone = 0;
      let err = '';
      child.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
        for (const m of d.toString().matchAll(/: (\d+) of (\d+) mails/g)) {
          lastDone = Number(m[1]);
          if (killAt !== undefined && lastDone >= killAt) child.kill('SIGKILL');
        }
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (killAt === undefined && code !== 0) reject(new Error(`mail poll failed (${code}): ${err.slice(-2000)}`));
        else resolve({ code, signal, lastDone });
      });
    });
  }

  it('creates 1,000 tickets, no more and no fewer', async () => {
    const first = await poll(300);
    assert.equal(first.signal, 'SIGKILL', 'the first run was killed in the middle');
    assert.ok(first.lastDone >= 300 && first.lastDone < TOTAL, `killed after ${first.lastDone} mails`);

    // The killed run held the mailbox's lease; a later poll takes it once the lease has run out.
    // Let that time pass here instead of waiting ten minutes.
    const ctx = await openContext(loadConfig(env));
    try {
      const mid = await ctx.db
        .selectFrom('ticket')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('cooperation_id', '=', cooperationId)
        .executeTakeFirstOrThrow();
      assert.ok(Number(mid.n) >= 300 && Number(mid.n) < TOTAL, `${mid.n} tickets after the kill`);
      await ctx.db
        .updateTable('mailbox')
        .set({ lease_until: new Date(Date.now() - 1000) })
        .execute();
    } finally {
      await ctx.database.close();
    }

    const second = await poll();
    assert.equal(second.code, 0);

    const end = await openContext(loadConfig(env));
    try {
      const tickets = await end.db
        .selectFrom('ticket')
        .select(['subject', 'channel'])
        .where('cooperation_id', '=', cooperationId)
        .execute();
      assert.equal(tickets.length, TOTAL);
      assert.equal(new Set(tickets.map((x) => x.subject)).size, TOTAL, 'each mail once');
      assert.ok(tickets.every((x) => x.channel === 'email'));
      const log = await end.db
        .selectFrom('inbound_mail')
        .select(['uid', 'outcome'])
        .where('cooperation_id', '=', cooperationId)
        .execute();
      assert.equal(log.length, TOTAL);
      assert.ok(log.every((l) => l.outcome === 'ticket'));
      const box = await end.db.selectFrom('mailbox').select(['last_uid', 'lease_until']).executeTakeFirstOrThrow();
      assert.equal(box.last_uid, TOTAL);
      assert.equal(box.lease_until, null);
    } finally {
      await end.database.close();
    }
  });
});
