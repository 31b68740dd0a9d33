import { pino } from 'pino';

/**
 * JSON logs on stdout. Only ids, methods, paths and timings are logged: never bodies, query
 * strings, cookies or e-mail addresses, so no secrets or personal data reach the log.
 */
export function createLogger(level: string) {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['password', '*.password', 'cookie', '*.cookie', 'authorization', '*.authorization'],
      remove: true,
    },
  });
}
