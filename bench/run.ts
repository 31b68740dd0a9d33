// `npm run bench`: prints each benchmark's figures with the machine they ran on. Benchmarks never
// fail a build on time; the README quotes their latest figures.
// Set BENCH_DATABASE_URL to a PostgreSQL server (a superuser URL; it creates databases) to include it.
// `npm run bench -- <part>` runs one part: startup, sla, servicedesk (BENCH_TICKETS, default 1,000,000), import, economy, governance, devices, reports, channels, knowledge.
import os from 'node:os';
import { benchChannels } from './channels.ts';
import { benchDevices } from './devices.ts';
import { benchEconomy } from './economy.ts';
import { benchGovernance } from './governance.ts';
import { benchImport } from './import.ts';
import { benchKnowledge } from './knowledge.ts';
import { benchReports } from './reports.ts';
import { benchServiceDesk } from './servicedesk.ts';
import { benchSla } from './sla.ts';
import { benchStartup } from './startup.ts';

const only = process.argv[2];
console.log(
  `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);

if (!only || only === 'startup') {
  console.log('\nCold start to ready (process spawn until /readyz answers 200; median of 3)');
  const rows = await benchStartup();
  console.table(
    rows.map((r) => ({ case: r.case, engine: r.engine, 'median ms': r.medianMs, 'runs ms': r.runsMs.join(', ') })),
  );
}

if (!only || only === 'sla') {
  console.log('\nSLA engine (one core)');
  console.table(await benchSla());
}

if (!only || only === 'servicedesk') {
  const n = Number(process.env.BENCH_TICKETS ?? 1_000_000);
  console.log(`\nService desk over ${n.toLocaleString('en')} tickets (median ms)`);
  console.table(await benchServiceDesk(n));
}

if (!only || only === 'import') {
  console.log('\nPureservice import (rows/s, peak RSS)');
  console.table(await benchImport({}));
}

if (!only || only === 'economy') {
  console.log('\nEconomy (one core; rows/s for the accounting export)');
  console.table(await benchEconomy());
}

if (!only || only === 'governance') {
  console.log('\nGovernance over 40,000 council cases (median ms)');
  console.table(await benchGovernance());
}

if (!only || only === 'devices') {
  console.log('\nDevices: 100,000-row Intune import (rows/s) and the tables over ~112,000 devices (median ms)');
  console.table(await benchDevices());
}

if (!only || only === 'reports') {
  const n = Number(process.env.BENCH_TICKETS ?? 1_000_000);
  console.log(`\nReports: the economy and activity report of a month as HTML and PDF (median of 3, ms)`);
  console.table(await benchReports(n));
}

if (!only || only === 'channels') {
  console.log('\nChannels: security alerts, a mailbox read into tickets, webhook posts, the public feed');
  console.table(await benchChannels());
}

if (!only || only === 'knowledge') {
  console.log('\nKnowledge: search and Rakel over 10,000 articles (30 questions)');
  console.table(await benchKnowledge());
}
