// Checking a webhook's HMAC signature, and the tokens sources authenticate with. Pure.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** "sha256=<hex>" of the raw body with the source's secret (the GitHub and HelseCert style). */
export function sign(secret: string, body: string | Uint8Array) {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Does the header carry the body's signature? Constant time; a missing or malformed header is no. */
export function signatureValid(secret: string, body: string | Uint8Array, header: string | undefined) {
  if (!header) return false;
  const given = Buffer.from(header.trim().toLowerCase());
  const expected = Buffer.from(sign(secret, body));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex');

/** A new secret for a source: shown once, stored only as its hash (tokens) or as is (HMAC keys). */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;
