import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';

/**
 * A router whose validation failures all have the same shape, with every issue listed:
 * `{ error: { code: 'validation_failed', message, issues: [{ path, message }] } }`.
 */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          message: i.message,
          code: i.code,
        }));
        const first = issues[0];
        const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'Invalid input.';
        return c.json({ error: { code: 'validation_failed', message, issues } }, 400);
      }
    },
  });
}
