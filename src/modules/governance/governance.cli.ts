// `samdrift governance …` over the database, as an administrator of one cooperation:
//   governance bodies [--json]
//   governance meetings --body <slug|id> --year YYYY [--json]   each meeting with its numbered cases
//   governance search <words…> [--json]                          Norwegian full-text search

import type { Command } from 'commander';
import { bad, print } from '../../app/cli-output.ts';
import type { WithActor } from '../economy/economy.cli.ts';
import { listBodies } from './bodies.service.ts';
import { norwegianDate } from './documents/pdf.ts';
import { listMeetings } from './meetings.service.ts';
import { searchGovernance } from './search.service.ts';

/** "Samarbeidsråd" → "samarbeidsrad"; "Faggruppe Økonomi" → "faggruppe-okonomi". */
export function bodySlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-');
}

export function registerGovernanceCommands(cmd: Command, withActor: WithActor) {
  cmd
    .command('bodies')
    .description('the bodies with their members')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .option('--json', 'print JSON')
    .action(async (o: { cooperation?: string; json?: boolean }) => {
      await withActor(o.cooperation, async (ctx, actor) => {
        const view = await listBodies(ctx.db, actor, ctx.now());
        const bodies = view.bodies.map((b) => ({ slug: bodySlug(b.name), ...b }));
        print(o.json, { bodies }, () =>
          bodies.flatMap((b) => [
            `${b.name} (${b.slug})`,
            ...b.members
              .filter((m) => m.current)
              .map((m) => `  ${m.name}, ${m.role}${m.memberName ? `, ${m.memberName}` : ''}`),
          ]),
        );
      });
    });

  cmd
    .command('meetings')
    .description('the meetings of a body in a year, each case with its number')
    .option('--body <slug|id>', 'the body (see `governance bodies`; required)')
    .option('--year <YYYY>', 'the year (required)')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .option('--json', 'print JSON')
    .action(async (o: { body?: string; year?: string; cooperation?: string; json?: boolean }) => {
      const year = Number(o.year);
      if (!o.year || !Number.isInteger(year) || year < 2000 || year > 2100)
        throw bad(`--year must be a year such as 2024 (got "${o.year ?? ''}").`);
      if (!o.body)
        throw bad('--body is required: a body slug such as samarbeidsrad (see `samdrift governance bodies`).');
      await withActor(o.cooperation, async (ctx, actor) => {
        const { bodies } = await listBodies(ctx.db, actor, ctx.now());
        const body = bodies.find((b) => b.id === o.body || bodySlug(b.name) === o.body);
        if (!body) throw bad(`No body "${o.body}". Bodies: ${bodies.map((b) => bodySlug(b.name)).join(', ')}.`);
        const view = await listMeetings(ctx.db, actor, { bodyId: body.id, year }, ctx.now());
        print(o.json, { body: { id: body.id, slug: bodySlug(body.name), name: body.name }, year, ...view }, () =>
          view.meetings.length === 0
            ? [`${body.name} has no meetings in ${year}.`]
            : view.meetings.flatMap((m) => [
                `${m.meetingNumber ?? '(uten nummer)'}${m.provisional ? ' (foreløpig)' : ''}  ${norwegianDate(m.date)} ${m.startTime}–${m.endTime}  ${m.status}`,
                ...m.cases.map((c) => `  ${c.number ?? '–'}  ${c.title}${c.status !== 'open' ? ` [${c.status}]` : ''}`),
              ]),
        );
      });
    });

  cmd
    .command('search')
    .description('search cases, decisions and proposals (Norwegian full text)')
    .argument('<words...>', 'what to look for')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .option('--json', 'print JSON')
    .action(async (words: string[], o: { cooperation?: string; json?: boolean }) => {
      await withActor(o.cooperation, async (ctx, actor) => {
        const view = await searchGovernance(ctx.db, actor, words.join(' '), ctx.now());
        print(o.json, view, () => [
          ...view.cases.map((c) => `${c.number ?? '–'}  ${c.title}  (${c.bodyName}, ${norwegianDate(c.date)})`),
          ...view.proposals.map((p) => `${p.reference}  ${p.title}  (${p.status})`),
          ...(view.cases.length + view.proposals.length === 0 ? ['No matches.'] : []),
        ]);
      });
    });
}
