import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redact } from './audit.service.ts';

describe('redact', () => {
  it('never lets a secret into the log', () => {
    const out = redact({
      name: 'A',
      password_hash: '$argon2id$…',
      password: 'x',
      csrf_token: 't',
      at: new Date('2024-01-01T00:00:00Z'),
    });
    assert.deepEqual(out, {
      name: 'A',
      password_hash: '[redacted]',
      password: '[redacted]',
      csrf_token: '[redacted]',
      at: '2024-01-01T00:00:00.000Z',
    });
    assert.equal(redact({ password_hash: null })?.password_hash, null);
    assert.equal(redact(null), null);
  });
});
