import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning the server process until /readyz answers 200. */
async function coldStart(env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main.ts')], {
    env: { ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Cold start to ready: first run with and without demo seeding, and restart on existing data. */
export async function benchStartup(runs = 3) {
  const rows: { case: string; engine: string; medianMs: number; runsMs: number[] }[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-bench-'));
  const measure = async (name: string, engine: string, prepare: (i: number) => Record<string, string>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await coldStart(prepare(i)));
    rows.push({ case: name, engine, medianMs: Math.round(median(times)), runsMs: times.map(Math.round) });
  };
  try {
    await measure('first start, empty data dir, demo seeding', 'PGlite', (i) => ({
      SAMDRIFT_DATA: path.join(dir, `seed-${i}`),
    }));
    await measure('first start, empty data dir, no demo', 'PGlite', (i) => ({
      SAMDRIFT_DATA: path.join(dir, `plain-${i}`),
      SAMDRIFT_DEMO: 'false',
    }));
    await measure('restart on existing data dir', 'PGlite', () => ({ SAMDRIFT_DATA: path.join(dir, 'seed-0') }));
    const pgUrl = process.env.BENCH_DATABASE_URL;
    if (pgUrl) {
      const pg = (await import('pg')).default;
      const fresh = async (name: string) => {
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.query(`create database ${name}`);
        await c.end();
        const u = new URL(pgUrl);
        u.pathname = `/${name}`;
        return u.href;
      };
      const urls: string[] = [];
      for (let i = 0; i < runs; i++) urls.push(await fresh(`samdrift_bench_${i}`));
      await measure('first start, empty database, demo seeding', 'PostgreSQL', (i) => ({
        DATABASE_URL: urls[i] as string,
      }));
      await measure('restart on existing database', 'PostgreSQL', () => ({ DATABASE_URL: urls[0] as string }));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
