import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { firingRules, teamsCard } from './alerts.ts';
import { ticketIdInHeaders, ticketMessageId, ticketNotice, ticketNumberInSubject, ticketThreadId } from './notices.ts';
import { sign, signatureValid } from './signature.ts';

const rule = (over: Partial<Parameters<typeof firingRules>[0][number]> = {}) => ({
  id: crypto.randomUUID(),
  event: 'incident_opened' as const,
  priorities: ['critical', 'high'],
  member_ids: [] as string[],
  email: true,
  teams_webhook_url: null,
  ...over,
});

describe('alert rules', () => {
  it('fire for the priorities and members they name', () => {
    const all = ['a', 'b', 'c'];
    const any = rule();
    const onlyB = rule({ member_ids: ['b'] });
    const msg = rule({ event: 'message_published' });
    const fired = (e: Parameters<typeof firingRules>[1]) =>
      firingRules([any, onlyB, msg], e, all).map((f) => [f.rule.id, f.memberIds]);
    assert.deepEqual(fired({ event: 'incident_opened', priority: 'critical', memberIds: ['a'] }), [[any.id, ['a']]]);
    assert.deepEqual(fired({ event: 'incident_opened', priority: 'medium', memberIds: ['b'] }), []);
    assert.deepEqual(fired({ event: 'incident_opened', priority: 'high', memberIds: [] }), [
      [any.id, all],
      [onlyB.id, ['b']],
    ]);
    assert.deepEqual(fired({ event: 'message_published', memberIds: ['c'] }), [[msg.id, ['c']]]);
  });

  it('never alert a member outside the event (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(['a', 'b', 'c', 'd']),
        fc.subarray(['a', 'b', 'c', 'd']),
        fc.constantFrom('critical', 'high', 'medium', 'low'),
        (affected, ruleMembers, priority) => {
          for (const f of firingRules(
            [rule({ member_ids: ruleMembers })],
            { event: 'incident_opened', priority, memberIds: affected },
            ['a', 'b', 'c', 'd'],
          )) {
            const scope = affected.length ? affected : ['a', 'b', 'c', 'd'];
            assert.ok(
              f.memberIds.every((m) => scope.includes(m) && (ruleMembers.length === 0 || ruleMembers.includes(m))),
            );
            assert.ok(f.memberIds.length > 0);
          }
        },
      ),
    );
  });

  it('make an Adaptive Card for Teams with a link back', () => {
    const card = teamsCard({
      title: 'Kritisk hendelse',
      summary: 'Nett nede',
      facts: [{ title: 'Sak', value: '#1' }],
      link: '/x',
      severe: true,
    });
    assert.equal(card.attachments[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(card), /"url":"\{\{publicUrl\}\}\/x"/);
  });
});

describe('ticket mail threading', () => {
  it('finds the ticket number in a reply subject and the ticket in our headers', () => {
    assert.equal(ticketNumberInSubject('SV: [Sak #24001] Skriveren'), 24001);
    assert.equal(ticketNumberInSubject('Re: RE: [sak#7] x'), 7);
    assert.equal(ticketNumberInSubject('Sak 24001'), null);
    const id = crypto.randomUUID();
    assert.equal(
      ticketIdInHeaders(undefined, [`<x@y>`, ticketMessageId(crypto.randomUUID(), id, 'samdrift.mail')]),
      id,
    );
    assert.equal(ticketIdInHeaders(ticketThreadId(id, 'samdrift.mail')), id);
    assert.equal(ticketIdInHeaders('<abc@outlook.com>'), null);
  });

  it('writes Norwegian plain text and HTML with the number in the subject and nothing unescaped', () => {
    const n = ticketNotice({
      kind: 'comment',
      cooperationName: 'ROR-IKT',
      ticket: { id: 'x', number: 12, subject: '<script>', requesterName: 'Kari' },
      text: 'Prøv å starte på nytt & si fra',
      author: 'Ola',
    });
    assert.equal(n.subject, '[Sak #12] <script>');
    assert.match(n.text, /Hei Kari,[\s\S]*Ola skrev:[\s\S]*Prøv å starte på nytt & si fra/);
    assert.doesNotMatch(n.html, /<script>/);
    assert.match(n.html, /&lt;script&gt;/);
    assert.match(n.html, /Prøv å starte på nytt &amp; si fra/);
  });
});

describe('webhook signatures', () => {
  it('accept the body’s own signature only (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ minLength: 1 }), (body, other, key) => {
        assert.ok(signatureValid(key, body, sign(key, body)));
        assert.ok(signatureValid(key, body, sign(key, body).toUpperCase().replace('SHA256', 'sha256')));
        if (other !== body) assert.ok(!signatureValid(key, body, sign(key, other)));
        assert.ok(!signatureValid(key, body, undefined));
        assert.ok(!signatureValid(key, body, 'sha256=00'));
      }),
    );
  });
});
