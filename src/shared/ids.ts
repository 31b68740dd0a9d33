// Identifiers.

let lastMs = 0;
let seq = 0;
let pool = new Uint8Array(0);
let poolAt = 0;
const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A time-ordered UUID (version 7, RFC 9562): milliseconds, a counter, then random bits. Ids given in
 * insertion order land at the end of the primary-key index and of ticket_event's (ticket_id, …)
 * index instead of at random places, which keeps a million-ticket import in cache.
 */
export function uuidv7(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    if (++seq > 0xfff) {
      ms = ++lastMs;
      seq = 0;
    }
  } else {
    lastMs = ms;
    seq = 0;
  }
  if (poolAt + 8 > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(8192));
    poolAt = 0;
  }
  const r = pool.subarray(poolAt, poolAt + 8);
  poolAt += 8;
  const t = ms.toString(16).padStart(12, '0');
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${(0x7000 | seq).toString(16)}-${hex[0x80 | (r[0]! & 0x3f)]}${hex[r[1]!]}-${hex[r[2]!]}${hex[r[3]!]}${hex[r[4]!]}${hex[r[5]!]}${hex[r[6]!]}${hex[r[7]!]}`;
}
