import { randomBytes } from 'node:crypto';
import { Command, Option } from 'commander';
import { type Actor, ROLES, type Role } from './app/auth/roles.ts';
import { openContext } from './app/bootstrap.ts';
import type { AppContext } from './app/context.ts';
import { AppError } from './app/errors.ts';
import { ConfigError, loadConfig } from './config.ts';
import { BackupError, backupDatabase, restoreDatabase } from './db/backup.ts';
import { migrateToLatest, schemaStatus } from './db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from './demo/seed.ts';
import { registerChannelCommands } from './modules/channels/channels.cli.ts';
import { registerDevicesCommands } from './modules/devices/devices.cli.ts';
import { registerAllocateCommand } from './modules/economy/allocate.cli.ts';
import { registerEconomyCommands } from './modules/economy/economy.cli.ts';
import { registerGovernanceCommands } from './modules/governance/governance.cli.ts';
import { findCooperationBySlug, findMemberByCode, listCooperations } from './modules/members/members.repository.ts';
import { registerReportCommands } from './modules/reports/reports.cli.ts';
import { registerImportCommands } from './modules/servicedesk/import/import.cli.ts';
import { registerSlaCommands } from './modules/servicedesk/sla/sla.cli.ts';
import { currentMonth, monthlyStats } from './modules/servicedesk/stats.service.ts';
import { createUser, listUsers } from './modules/users/users.service.ts';
import { startServer } from './server.ts';
import { progressBar } from './shared/progress.ts';

/** Print `data` as JSON with --json, otherwise as the given lines. */
function output(json: boolean, data: unknown, lines: () => string[]) {
  if (json) console.log(JSON.stringify(data, null, 2));
  else for (const line of lines()) console.log(line);
}

async function withContext<T>(fn: (ctx: AppContext) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const ctx = await openContext(loadConfig(), { migrate: opts.migrate });
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
}

/** The CLI acts as an administrator of one cooperation; the audit log names it "CLI". */
async function cliActor(ctx: AppContext, slug: string): Promise<Actor> {
  const coop = await findCooperationBySlug(ctx.db, slug);
  if (!coop)
    throw new AppError(
      'not_found',
      `No cooperation with the slug ${slug}. List them with \`samdrift cooperation list\`.`,
    );
  return {
    userId: null,
    cooperationId: coop.id,
    name: 'CLI',
    memberId: null,
    roles: [{ role: 'admin', memberId: null }],
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const program = new Command('samdrift')
  .description('Samdrift: the platform of an intermunicipal IT cooperation')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

program
  .command('serve')
  .description('start the web server (same as npm start, without building the UI)')
  .action(async () => {
    const { stop } = await startServer(loadConfig());
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => void stop().then(() => process.exit(0)));
  });

const db = program.command('db').description('database: migrations, backup and restore');

db.command('migrate')
  .description('apply pending migrations')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    await withContext(
      async (ctx) => {
        const applied = await migrateToLatest(ctx.db);
        output(!!opts.json, { engine: ctx.database.engine, applied }, () => [
          applied.length ? `Applied ${applied.join(', ')}.` : 'Nothing to do: the schema is current.',
        ]);
      },
      { migrate: false },
    );
  });

db.command('status')
  .description('show whether the schema is current')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    await withContext(
      async (ctx) => {
        const status = await schemaStatus(ctx.db);
        output(!!opts.json, { engine: ctx.database.engine, ...status }, () => [
          `Engine: ${ctx.database.engine}`,
          status.current
            ? 'Schema is current.'
            : `Pending: ${status.pending.join(', ') || 'none'}; unknown: ${status.unknown.join(', ') || 'none'}`,
        ]);
      },
      { migrate: false },
    );
  });

db.command('backup')
  .argument('<file>', 'where to write the backup (gzip’d JSON lines)')
  .description('write a backup of the whole database; works on PGlite and PostgreSQL')
  .option('--json', 'print JSON')
  .action(async (file: string, opts: { json?: boolean }) => {
    await withContext(async (ctx) => {
      const bar = opts.json ? undefined : progressBar('Backup');
      const counts = await backupDatabase(ctx.db, ctx.database.engine, file, (p) =>
        bar?.update(`${p.table}: ${p.rows} rows`),
      );
      bar?.done();
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      output(!!opts.json, { file, counts }, () => [
        `Backup written to ${file}: ${rows} rows in ${Object.keys(counts).length} tables.`,
      ]);
    });
  });

db.command('restore')
  .argument('<file>', 'a backup written by `samdrift db backup`')
  .description('replace the whole database with a backup (all or nothing)')
  .option('--yes', 'do not ask; required when not run in a terminal')
  .option('--json', 'print JSON')
  .action(async (file: string, opts: { yes?: boolean; json?: boolean }) => {
    if (!opts.yes) {
      if (!process.stdin.isTTY) throw new AppError('bad_request', 'Restore replaces all data: add --yes to confirm.');
      const readline = await import('node:readline/promises');
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      const answer = await rl.question(`Replace ALL data in the database with ${file}? Type "yes": `);
      rl.close();
      if (answer.trim() !== 'yes') {
        console.log('Nothing was changed.');
        return;
      }
    }
    await withContext(
      async (ctx) => {
        const bar = opts.json ? undefined : progressBar('Restore');
        const counts = await restoreDatabase(ctx.db, file, (p) => bar?.update(`${p.table}: ${p.rows} rows`));
        bar?.done();
        const rows = Object.values(counts).reduce((a, b) => a + b, 0);
        output(!!opts.json, { file, counts }, () => [
          `Restored ${rows} rows in ${Object.keys(counts).length} tables from ${file}.`,
        ]);
      },
      { migrate: false },
    );
  });

const parseRole = (value: string, previous: string[] = []) => [...previous, value];

program
  .command('user')
  .description('user accounts')
  .addCommand(
    new Command('add')
      .description('create a user account with a password')
      .requiredOption('--cooperation <slug>', 'the cooperation (see `samdrift cooperation list`)')
      .requiredOption('--email <address>', 'e-mail address (used to sign in)')
      .requiredOption('--name <name>', 'full name')
      .option('--member <code>', 'the member (municipality) the user belongs to')
      .option(
        '--role <role[:member]>',
        `role, repeatable: ${ROLES.join(', ')}; scoped roles take :<member code>`,
        parseRole,
      )
      .option('--password-stdin', 'read the password from standard input (otherwise one is generated and printed)')
      .option('--json', 'print JSON')
      .action(
        async (opts: {
          cooperation: string;
          email: string;
          name: string;
          member?: string;
          role?: string[];
          passwordStdin?: boolean;
          json?: boolean;
        }) => {
          const password = opts.passwordStdin ? await readStdin() : randomBytes(12).toString('base64url');
          await withContext(async (ctx) => {
            const actor = await cliActor(ctx, opts.cooperation);
            const memberId = async (code: string) => {
              const m = await findMemberByCode(ctx.db, actor.cooperationId, code);
              if (!m) throw new AppError('not_found', `No member with the code ${code} in ${opts.cooperation}.`);
              return m.id;
            };
            const roles = [];
            for (const spec of opts.role ?? ['employee']) {
              const [role, code] = spec.split(':');
              if (!ROLES.includes(role as Role))
                throw new AppError('bad_request', `Unknown role ${role}. Roles: ${ROLES.join(', ')}.`);
              const scope = code ?? (role === 'employee' || role === 'system_owner' ? opts.member : undefined);
              if (!scope && (role === 'employee' || role === 'system_owner')) {
                throw new AppError(
                  'bad_request',
                  `The role ${role} needs a member: add --member <code> or --role ${role}:<code>.`,
                );
              }
              roles.push({ role: role as Role, memberId: scope ? await memberId(scope) : null });
            }
            const user = await createUser(ctx.db, actor, {
              email: opts.email,
              name: opts.name,
              memberId: opts.member ? await memberId(opts.member) : null,
              password,
              roles,
            });
            output(!!opts.json, { user, ...(opts.passwordStdin ? {} : { password }) }, () => [
              `Created ${user.email} (${user.roles.map((r) => r.role).join(', ')}).`,
              ...(opts.passwordStdin ? [] : [`Password: ${password}  (shown once; the user should change it)`]),
            ]);
          });
        },
      ),
  )
  .addCommand(
    new Command('list')
      .description('list the users of a cooperation')
      .requiredOption('--cooperation <slug>', 'the cooperation')
      .option('--json', 'print JSON')
      .action(async (opts: { cooperation: string; json?: boolean }) => {
        await withContext(async (ctx) => {
          const actor = await cliActor(ctx, opts.cooperation);
          const { items, total } = await listUsers(ctx.db, actor, { limit: 200, offset: 0 });
          output(!!opts.json, { items, total }, () => [
            ...items.map(
              (u) =>
                `${u.email}\t${u.name}\t${u.roles.map((r) => r.role).join(',')}${u.active ? '' : '\t(deactivated)'}`,
            ),
            `${total} users${total > items.length ? ` (first ${items.length} shown)` : ''}`,
          ]);
        });
      }),
  );

program
  .command('cooperation')
  .description('cooperations (tenants)')
  .addCommand(
    new Command('list')
      .description('list the cooperations in this deployment')
      .option('--json', 'print JSON')
      .action(async (opts: { json?: boolean }) => {
        await withContext(async (ctx) => {
          const rows = await listCooperations(ctx.db);
          output(!!opts.json, rows, () =>
            rows.length ? rows.map((r) => `${r.slug}\t${r.name}`) : ['No cooperations yet.'],
          );
        });
      }),
  );

program
  .command('demo')
  .description('demo data')
  .addCommand(
    new Command('seed')
      .description('create the demo cooperation ROR-IKT (does nothing when it exists)')
      .option('--json', 'print JSON')
      .action(async (opts: { json?: boolean }) => {
        await withContext(async (ctx) => {
          const seeded = await seedDemo(ctx.db, { ticketsPerYear: ctx.config.demoTicketsPerYear });
          output(!!opts.json, { seeded }, () => [
            seeded
              ? `Seeded ROR-IKT. Demo accounts use the password ${DEMO_PASSWORD}.`
              : 'The demo cooperation exists already; nothing changed.',
          ]);
        });
      }),
  );

registerSlaCommands(program);

/** The cooperation to act on: the one named, or the only one there is. */
async function cooperationSlug(ctx: AppContext, slug: string | undefined): Promise<string> {
  if (slug) return slug;
  const all = await listCooperations(ctx.db);
  if (all.length === 1) return (all[0] as { slug: string }).slug;
  throw new AppError(
    'bad_request',
    'Name the cooperation with --cooperation <slug> (see `samdrift cooperation list`).',
  );
}

const servicedesk = program.command('servicedesk').description('service desk');
servicedesk
  .command('stats')
  .description('the monthly statistics of the council report')
  .option('--month <YYYY-MM>', 'the month (default: the current month)')
  .option('--member <code>', 'one member only')
  .option('--cooperation <slug>', 'the cooperation (default: the only one)')
  .option('--json', 'print JSON')
  .action(async (opts: { month?: string; member?: string; cooperation?: string; json?: boolean }) => {
    await withContext(async (ctx) => {
      const actor = await cliActor(ctx, await cooperationSlug(ctx, opts.cooperation));
      let memberId: string | undefined;
      if (opts.member) {
        const m = await findMemberByCode(ctx.db, actor.cooperationId, opts.member);
        if (!m) throw new AppError('not_found', `No member with the code ${opts.member}.`);
        memberId = m.id;
      }
      const now = new Date();
      const stats = await monthlyStats(ctx.db, actor, { month: opts.month ?? currentMonth(now), memberId }, now);
      output(!!opts.json, stats, () => [
        `Statistikk for ${stats.month}${opts.member ? ` (${opts.member})` : ''}${stats.complete ? '' : ' (måneden er ikke slutt)'}`,
        `Nye saker: ${stats.newByKind.map((k) => `${k.kind} ${k.counts.at(-1)}`).join(', ')}`,
        `Åpne ved månedsslutt: ${stats.openTrend.at(-1)?.incidents} feil, ${stats.openTrend.at(-1)?.requests} forespørsler`,
        ...stats.slaByPriority.map((p) => {
          const last = p.months.at(-1);
          return `SLA ${p.priority}: løsning innenfor ${last?.resolutionMet}, brutt ${last?.resolutionBreached}`;
        }),
        `Kritiske og høye feil: ${stats.criticalAndHigh.length}`,
        `Datakvalitet: ${Object.entries(stats.dataQuality)
          .map(([k, v]) => `${k} ${v.count}`)
          .join(', ')}`,
      ]);
    });
  });

registerImportCommands(program, () => openContext(loadConfig()));

const economy = program
  .command('economy')
  .description('economy: cost sharing, budgets, investments, what each member pays');
registerAllocateCommand(economy);
registerEconomyCommands(economy, (cooperation, fn) =>
  withContext(async (ctx) => fn(ctx, await cliActor(ctx, await cooperationSlug(ctx, cooperation)))),
);

const governance = program
  .command('governance')
  .description('governance: bodies, meetings with numbered cases, decisions, proposals');
registerGovernanceCommands(governance, (cooperation, fn) =>
  withContext(async (ctx) => fn(ctx, await cliActor(ctx, await cooperationSlug(ctx, cooperation)))),
);

const devices = program
  .command('devices')
  .description('devices: rotation table, replacement forecast, fleet import, compliance rules');
registerDevicesCommands(devices, (cooperation, fn) =>
  withContext(async (ctx) => fn(ctx, await cliActor(ctx, await cooperationSlug(ctx, cooperation)))),
);

const report = program
  .command('report')
  .description('reports: the monthly economy and activity report and the annual report, as PDF or HTML');
registerReportCommands(report, (cooperation, fn) =>
  withContext(async (ctx) => fn(ctx, await cliActor(ctx, await cooperationSlug(ctx, cooperation)))),
);

registerChannelCommands(program, withContext, (cooperation, fn) =>
  withContext(async (ctx) => fn(ctx, await cliActor(ctx, await cooperationSlug(ctx, cooperation)))),
);

program.addOption(new Option('--no-color').hideHelp());

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof AppError || err instanceof BackupError) {
    console.error(`samdrift: ${err.message}`);
  } else {
    console.error('samdrift:', err);
  }
  process.exitCode = 1;
});
