import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { formatOslo, formatOsloShort, parseInstant, registerSlaCommands } from './sla.cli.ts';

/** Runs `samdrift sla …` on a fresh program and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const program = new Command('samdrift').exitOverride();
  registerSlaCommands(program);
  const lines: string[] = [];
  const log = console.log;
  console.log = (...xs: unknown[]) => void lines.push(xs.join(' '));
  try {
    await program.parseAsync(['node', 'x', 'sla', ...args]);
  } finally {
    console.log = log;
  }
  return lines.join('\n');
}
const json = async (...args: string[]) => JSON.parse(await run(...args, '--json'));

describe('formatOslo', () => {
  it('prints the Oslo offset of winter and summer time', () => {
    assert.equal(formatOslo(Date.parse('2024-11-14T08:15:00Z')), '2024-11-14T09:15:00+01:00');
    assert.equal(formatOslo(Date.parse('2024-07-01T06:00:00Z')), '2024-07-01T08:00:00+02:00');
    assert.equal(formatOslo(Date.parse('2024-10-27T00:30:00Z')), '2024-10-27T02:30:00+02:00');
    assert.equal(formatOslo(Date.parse('2024-10-27T01:30:00Z')), '2024-10-27T02:30:00+01:00');
    assert.equal(formatOslo(Date.parse('2024-11-14T08:15:00.250Z')), '2024-11-14T09:15:00.250+01:00');
    assert.equal(formatOsloShort(Date.parse('2024-11-14T08:15:00Z')), '14.11.2024 09:15');
  });

  it('parses instants with Z, offsets, or none (Oslo wall time)', () => {
    const t = Date.parse('2024-11-14T08:15:00Z');
    for (const s of [
      '2024-11-14T09:15:00+01:00',
      '2024-11-14T08:15Z',
      '2024-11-14T09:15',
      '2024-11-14 09:15:00',
      '2024-11-14T10:15+0200',
    ])
      assert.equal(parseInstant(s, '--opened'), t, s);
    assert.equal(parseInstant('2024-07-01T08:00', 'x'), Date.parse('2024-07-01T08:00:00+02:00'));
  });
});

describe('samdrift sla due', () => {
  it('high: JSON with Oslo offsets', async () => {
    assert.deepEqual(await json('due', '--priority', 'high', '--opened', '2024-11-14T08:00:00+01:00'), {
      responseDue: '2024-11-14T09:00:00+01:00',
      resolutionDue: '2024-11-14T12:00:00+01:00',
    });
  });

  it('medium opened Friday evening (given in UTC): no response target, Thursday 15:30', async () => {
    assert.deepEqual(await json('due', '--priority', 'medium', '--opened', '2024-11-15T15:00:00Z'), {
      responseDue: null,
      resolutionDue: '2024-11-21T15:30:00+01:00',
    });
  });

  it('critical across the DST change: summer offset after the gap', async () => {
    assert.deepEqual(await json('due', '--priority', 'critical', '--opened', '2024-03-31T01:30:00+01:00'), {
      responseDue: '2024-03-31T01:45:00+01:00',
      resolutionDue: '2024-03-31T04:30:00+02:00',
    });
  });

  it('with pauses (repeatable)', async () => {
    const out = await json(
      'due',
      '--priority',
      'high',
      '--opened',
      '2024-11-14T14:00+01:00',
      '--pause',
      '2024-11-14T15:00+01:00/2024-11-15T09:00+01:00',
      '--pause',
      '2024-11-15T10:00+01:00/2024-11-15T10:30+01:00',
    );
    assert.deepEqual(out, { responseDue: '2024-11-14T15:00:00+01:00', resolutionDue: '2024-11-15T12:30:00+01:00' });
  });

  it('prints a Norwegian line without --json', async () => {
    assert.equal(
      await run('due', '--priority', 'high', '--opened', '2024-11-14T08:15:00+01:00'),
      'Svarfrist: 14.11.2024 09:15 · Løsningsfrist: 14.11.2024 12:15',
    );
    assert.equal(
      await run('due', '--priority', 'low', '--opened', '2024-11-14T08:15:00+01:00'),
      'Svarfrist: ingen · Løsningsfrist: 21.11.2024 15:30',
    );
  });

  it('rejects bad input with one clear sentence', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--priority', 'urgent', '--opened', '2024-11-14T08:00Z'],
        /^--priority must be one of critical, high, medium or low \(got "urgent"\)\.$/,
      ],
      [['--opened', '2024-11-14T08:00Z'], /^--priority is required/],
      [['--priority', 'high'], /^--opened is required/],
      [['--priority', 'high', '--opened', '14.11.2024 08:00'], /^--opened must be an ISO 8601 instant/],
      [['--priority', 'high', '--opened', '2024-02-30T08:00Z'], /^--opened must be an ISO 8601 instant/],
      [['--priority', 'high', '--opened', '2024-11-14T24:00Z'], /^--opened must be an ISO 8601 instant/],
      [['--priority', 'high', '--opened', '1960-01-01T00:00Z'], /^--opened must lie between 1970 and 2199/],
      [
        ['--priority', 'high', '--opened', '2024-11-14T08:00Z', '--pause', '2024-11-14T12:00Z/2024-11-14T10:00Z'],
        /^--pause ends before it starts/,
      ],
      [
        ['--priority', 'high', '--opened', '2024-11-14T08:00Z', '--pause', '2024-11-14T12:00Z'],
        /^--pause must be two instants/,
      ],
      [
        ['--priority', 'high', '--opened', '2024-11-14T08:00Z', '--pause', 'x/2024-11-14T10:00Z'],
        /^--pause start must be/,
      ],
    ];
    for (const [args, message] of cases)
      await assert.rejects(run('due', ...args), (err: Error) => {
        assert.match(err.message, message, args.join(' '));
        assert.equal(err.message.split('. ').length, 1, 'one sentence');
        return true;
      });
  });
});

describe('samdrift sla business-minutes', () => {
  it('counts business minutes on the default calendar, across Easter and DST', async () => {
    assert.deepEqual(
      await json('business-minutes', '--from', '2024-03-29T08:00:00+01:00', '--to', '2024-04-02T12:00:00+02:00'),
      {
        minutes: 240,
      },
    );
    assert.deepEqual(
      await json('business-minutes', '--from', '2024-10-25T12:00+02:00', '--to', '2024-10-28T12:00+01:00'),
      {
        minutes: 450,
      },
    );
    assert.equal(
      await run('business-minutes', '--from', '2024-11-11T08:00', '--to', '2024-11-12T09:15'),
      `Arbeidstid: 525 minutter (8 t 45 min)`,
    );
  });

  it('rejects --to before --from', async () => {
    await assert.rejects(
      run('business-minutes', '--from', '2024-11-12T08:00Z', '--to', '2024-11-11T08:00Z'),
      /^AppError: --to must not be before --from/,
    );
  });
});
