import net from 'node:net';
import { serve } from '@hono/node-server';
import { openContext } from './app/bootstrap.ts';
import { createApp } from './app/http.ts';
import { type Config, ConfigError } from './config.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo/seed.ts';
import { startWorkers } from './modules/channels/worker.ts';
import { listCooperations } from './modules/members/members.repository.ts';

/** Fail early, before the database is opened, when the port is taken. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new ConfigError(
              `Port ${port} on ${host} is already in use. Stop the program using it or set PORT to a free port.`,
            )
          : err.code === 'EACCES'
            ? new ConfigError(`Not allowed to listen on port ${port}. Choose a port above 1024 with PORT.`)
            : err,
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Start the HTTP server; resolves once it listens. Returns a function that stops it cleanly. */
export async function startServer(config: Config, out: (line: string) => void = console.log) {
  const started = performance.now();
  if (config.port !== 0) await assertPortFree(config.host, config.port);
  const ctx = await openContext(config);
  try {
    let seeded = false;
    if (config.seedDemo && (await listCooperations(ctx.db)).length === 0)
      seeded = await seedDemo(ctx.db, { ticketsPerYear: config.demoTicketsPerYear });
    const app = createApp(ctx);
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shown =
      config.publicUrl.includes(`:${config.port}`) && config.port === 0 ? `http://localhost:${port}` : config.publicUrl;
    const where = config.databaseUrl
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
    out(`Samdrift is running at ${shown} (ready in ${Math.round(performance.now() - started)} ms)`);
    out(`Database: ${where}`);
    const stopWorkers = startWorkers(ctx);
    out(
      config.smtpUrl
        ? 'Mail: sending the queue through SMTP_URL.'
        : 'Mail: SMTP_URL is not set; notices and minutes wait in the mail queue until it is.',
    );
    if (seeded) out('Demo data: seeded the cooperation ROR-IKT.');
    if (config.seedDemo) {
      out(
        `Sign in as ${DEMO_USERS[0]?.email} with password ${DEMO_PASSWORD} (demo; other roles: ${DEMO_USERS.slice(1)
          .map((u) => u.email)
          .join(', ')}).`,
      );
    } else {
      out('Sign in with an account made by `npx samdrift user add`.');
    }
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      })
        .then(() => stopWorkers())
        .then(() => ctx.database.close());
      return stopping;
    };
    return { ctx, port, stop };
  } catch (err) {
    await ctx.database.close();
    throw err;
  }
}
