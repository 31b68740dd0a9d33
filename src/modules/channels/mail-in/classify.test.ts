import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { domainOf, ignoreReason, replyText } from './classify.ts';

const headers = (h: Record<string, string>) => {
  const m = new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (n: string) => m.get(n) };
};
const own = { addresses: ['servicedesk@ror-ikt.no'] };
const mail = (from: string, subject = 'Skriveren virker ikke') => ({ from, subject });

describe('incoming mail classification', () => {
  it('lets an ordinary mail through', () => {
    assert.equal(ignoreReason(headers({}), mail('kari@molde.kommune.no'), own), null);
    assert.equal(ignoreReason(headers({ 'Auto-Submitted': 'no' }), mail('kari@molde.kommune.no'), own), null);
  });
  it('recognises automatic replies and bounces', () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'Auto-Submitted': 'auto-replied' }, 'Auto-Submitted'],
      [{ 'X-Autoreply': 'yes' }, 'X-Autoreply'],
      [{ Precedence: 'bulk' }, 'Precedence'],
      [{ 'Content-Type': 'multipart/report; report-type=delivery-status' }, 'bounce'],
    ];
    for (const [h, word] of cases)
      assert.match(ignoreReason(headers(h), mail('kari@molde.kommune.no'), own) ?? '', new RegExp(word));
    assert.match(
      ignoreReason(headers({}), mail('kari@molde.kommune.no', 'Automatisk svar: Skriveren'), own) ?? '',
      /subject/,
    );
    assert.match(ignoreReason(headers({}), mail('kari@molde.kommune.no', 'Fraværsmelding'), own) ?? '', /subject/);
    assert.match(ignoreReason(headers({}), mail('MAILER-DAEMON@molde.kommune.no', 'Hei'), own) ?? '', /system sender/);
  });
  it('recognises loops: our own notifications and our own address', () => {
    assert.match(
      ignoreReason(headers({ 'X-Samdrift-Mail-Id': 'x' }), mail('kari@molde.kommune.no'), own) ?? '',
      /loop/,
    );
    assert.match(ignoreReason(headers({}), mail('ServiceDesk@ror-ikt.no'), own) ?? '', /loop/);
  });
  it('keeps the new text of a reply and drops the quoted mail', () => {
    const body =
      'Takk, det virker nå.\n\nHilsen Kari\n\nFra: Servicedesk <servicedesk@ror-ikt.no>\nSendt: 3. mars\n> gammel tekst';
    assert.equal(replyText(body), 'Takk, det virker nå.\n\nHilsen Kari');
    assert.equal(replyText('Ja.\n\nDen 3. mars 2025 kl. 10:00 skrev Servicedesk:\n> Hei'), 'Ja.');
    assert.equal(replyText('Hei\r\n-----Original Message-----\r\nFrom: x'), 'Hei');
  });
  it('never returns an empty reply for a mail with text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        fc.pre(s.trim().length > 0);
        assert.ok(replyText(s).length > 0);
      }),
    );
  });
  it('reads the domain of an address', () => {
    assert.equal(domainOf('Ola.Nordmann@Molde.Kommune.no'), 'molde.kommune.no');
  });
});
