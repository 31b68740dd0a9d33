// Which ticket keys a file holds, and where each was seen last, in little memory: numeric keys (the
// usual Pureservice ids) sit in an open-addressing table of typed arrays (12 bytes a slot, about 25
// bytes a ticket); other keys in a Map. Used to find a ticket listed twice in one file (the later
// occurrence wins) without keeping the tickets themselves.

const EMPTY = -1;

export class KeyIndex {
  private keys = new Float64Array(1 << 12);
  private where = new Int32Array(1 << 12).fill(EMPTY);
  private count = 0;
  private readonly other = new Map<string, number>();

  get size(): number {
    return this.count + this.other.size;
  }

  /** Remember that `key` was seen at `position` (> 0); returns the previous position, or 0. */
  set(key: string, position: number): number {
    if (/^(?:0|[1-9]\d{0,14})$/.test(key)) {
      const n = Number(key);
      const slot = this.find(n);
      const prev = this.where[slot]!;
      if (prev === EMPTY) {
        this.keys[slot] = n;
        this.count++;
      }
      this.where[slot] = position;
      if (this.count * 10 > this.keys.length * 7) this.grow();
      return prev === EMPTY ? 0 : prev;
    }
    const prev = this.other.get(key) ?? 0;
    this.other.set(key, position);
    return prev;
  }

  /** The last position of `key`, or 0. */
  get(key: string): number {
    if (/^(?:0|[1-9]\d{0,14})$/.test(key)) {
      const w = this.where[this.find(Number(key))]!;
      return w === EMPTY ? 0 : w;
    }
    return this.other.get(key) ?? 0;
  }

  private find(n: number): number {
    const mask = this.keys.length - 1;
    // multiplicative hash of the number's low and high 32 bits
    let h = (Math.imul(n | 0, 0x9e3779b1) ^ Math.imul(Math.floor(n / 4294967296) | 0, 0x85ebca6b)) >>> 0;
    for (;;) {
      const slot = h & mask;
      if (this.where[slot] === EMPTY || this.keys[slot] === n) return slot;
      h = (h + 1) >>> 0;
    }
  }

  private grow() {
    const oldKeys = this.keys;
    const oldWhere = this.where;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.where = new Int32Array(oldWhere.length * 2).fill(EMPTY);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldWhere[i] === EMPTY) continue;
      const slot = this.find(oldKeys[i]!);
      this.keys[slot] = oldKeys[i]!;
      this.where[slot] = oldWhere[i]!;
    }
  }
}
