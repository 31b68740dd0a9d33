import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generateOpenApi } from '../scripts/openapi.ts';

describe('openapi.json', () => {
  it('is committed and matches the routes in the code (run `npm run openapi` after changing a route)', async () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, '../openapi.json'), 'utf8');
    assert.equal(committed, await generateOpenApi());
  });

  it('documents every JSON route with its error responses', async () => {
    const doc = JSON.parse(await generateOpenApi());
    for (const [p, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { responses: object; security?: unknown }>>,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        // The two public reads cannot fail on input: they take none.
        if (p === '/api/auth/session' || p === '/api/auth/providers') continue;
        assert.ok(
          Object.keys(op.responses).some((s) => s.startsWith('4')),
          `${method} ${p} lists its errors`,
        );
        if (p !== '/api/auth/login') assert.ok(op.security, `${method} ${p} names its security`);
      }
    }
  });
});
