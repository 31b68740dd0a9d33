// `samdrift mail …`, `samdrift phone …` and `samdrift worker`:
//   mail poll [--all] [--mailbox <id>]   read the due mailboxes (all active ones with --all) now
//   mail send                            deliver the due mails and webhook posts now
//   phone import <file.csv>              import the telephony system's call log or daily summary
//   worker                               run the background work without the web server
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { bad, print } from '../../app/cli-output.ts';
import type { AppContext } from '../../app/context.ts';
import type { WithActor } from '../economy/economy.cli.ts';
import { deliverDueMails, smtpTransport } from '../mail/sender.ts';
import { pollDueMailboxes } from './mail-in/poller.ts';
import { importPhone } from './phone.service.ts';
import { deliverDueWebhooks } from './webhooks.ts';
import { startWorkers } from './worker.ts';

type WithContext = <T>(fn: (ctx: AppContext) => Promise<T>) => Promise<T>;

export function registerChannelCommands(program: Command, withContext: WithContext, withActor: WithActor) {
  const mail = program.command('mail').description('e-mail: read mailboxes into tickets, send the mail queue');
  mail
    .command('poll')
    .description('read the mailboxes that are due (every active one with --all) into tickets')
    .option('--all', 'every active mailbox, due or not')
    .option('--mailbox <id>', 'only this mailbox')
    .option('--json', 'print the result as JSON')
    .action(async (o: { all?: boolean; mailbox?: string; json?: boolean }) => {
      await withContext(async (ctx) => {
        const results = await pollDueMailboxes(ctx, { all: o.all, id: o.mailbox }, (box, done, total) => {
          // one line per 50 mails, so a long read shows where it is
          if (done % 50 === 0 || done === total) console.error(`${box.address}: ${done} of ${total} mails`);
        });
        print(o.json, results, () =>
          results.length === 0
            ? ['No mailbox was due (use --all to read every active one now).']
            : results.map(
                (r) =>
                  `${r.mailboxId}: ${r.fetched} mail(s)${Object.entries(r.outcomes)
                    .map(([k, v]) => `, ${v} ${k}`)
                    .join('')}${r.error ? ` — error: ${r.error}` : ''}`,
              ),
        );
        if (results.some((r) => r.error)) process.exitCode = 1;
      });
    });
  mail
    .command('send')
    .description('deliver the due mails (SMTP_URL) and webhook posts now')
    .action(async () => {
      await withContext(async (ctx) => {
        if (ctx.config.smtpUrl) {
          const transport = smtpTransport(ctx.config.smtpUrl);
          const m = await deliverDueMails(ctx, transport, 1000);
          transport.close();
          console.log(`Mail: ${m.sent} sent, ${m.failed} failed (retried later).`);
        } else console.log('Mail: SMTP_URL is not set; the mails wait in the queue.');
        const w = await deliverDueWebhooks(ctx, 1000);
        console.log(`Webhooks: ${w.sent} sent, ${w.failed} failed (retried later).`);
      });
    });

  const phone = program.command('phone').description('phone statistics from the telephony system');
  phone
    .command('import <file>')
    .description('import a call log (one row per call) or a daily summary (CSV); the days it covers are replaced')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .action(async (file: string, o: { cooperation?: string }) => {
      const text = await fs.readFile(file, 'utf8').catch(() => {
        throw bad(`Cannot read ${file}.`);
      });
      await withActor(o.cooperation, async (ctx, actor) => {
        const r = await importPhone(ctx.db, actor, { fileName: path.basename(file), text }, ctx.now());
        console.log(
          `Imported ${r.calls.toLocaleString('nb-NO')} calls on ${r.days} days (${r.firstDay} – ${r.lastDay}) from a ${r.format === 'calls' ? 'call log' : 'daily summary'}.`,
        );
      });
    });

  program
    .command('worker')
    .description('run the background work (mail, webhooks, mailboxes) without the web server')
    .action(async () => {
      await withContext(async (ctx) => {
        const stop = startWorkers(ctx);
        console.log('Worker running: mail queue, webhook posts, mailboxes. Stop with Ctrl+C.');
        await new Promise<void>((resolve) => {
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
        });
        await stop();
      });
    });
}
