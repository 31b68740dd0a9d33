// Economy figures the Norwegian way. The server rounds every shown column itself (so parts add up to
// the shown totals); the UI formats those figures as they are and never rounds or sums them again.
import { formatNumber } from '../../lib/format.ts';

/** A shown figure (in the table's unit): '88 439', '−7 103' (nb) / '88,439' (en). */
export const formatFigure = (n: number, lng: string) => formatNumber(n, lng);

/** A share as the server writes it ('48.100') → '48,100 %' (nb) / '48.100 %' (en). */
export function formatPercent(text: string, lng: string): string {
  const shown = lng === 'en' ? text.replace(',', '.') : text.replace('.', ',');
  return `${shown}\u00a0%`;
}

const DECIMAL = /^\d+([.,]\d+)?$|^\d+ \d+\/\d+$|^\d+\/\d+$/;
/** Whether the API will read the text as a number ('30', '48,10', '1/3'). */
export const isDecimal = (text: string) => DECIMAL.test(text.trim());

/**
 * The exact sum of decimal percentages ('7,83' + '19,39' …) as text in the UI's language, or
 * undefined when one of them is not a plain decimal (a fraction, or not a number).
 */
export function sumPercentages(texts: string[], lng: string): string | undefined {
  const parts = texts.map((t) => /^(\d+)(?:[.,](\d+))?$/.exec(t.trim()));
  if (parts.some((p) => !p)) return undefined;
  const scale = Math.max(0, ...parts.map((p) => p![2]?.length ?? 0));
  const total = parts.reduce((sum, p) => sum + BigInt(`${p![1]}${(p![2] ?? '').padEnd(scale, '0')}`), 0n);
  const digits = total.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? digits.slice(-scale) : '';
  return `${whole}${fraction ? (lng === 'en' ? '.' : ',') + fraction : ''}\u00a0%`;
}

const AMOUNT = /^([-−]?)(\d+)(?:[.,](\d{1,2}))?$/;

/**
 * Kroner as typed ('1 234 567,50', '-4932000', '92.12') → integer øre, or undefined when it is not
 * an amount. Spaces group digits; a comma or a point followed by one or two digits gives the øre.
 */
export function parseKroner(text: string): number | undefined {
  const m = AMOUNT.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!m) return undefined;
  const ore = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore) || Math.abs(ore) > 9e15) return undefined;
  return m[1] ? -ore : ore;
}

/** Øre → kroner for an input field: '1 234 567,50' (nb) / '1234567.50' (en); øre only when there are any. */
export function oreToInput(ore: number, lng: string): string {
  const whole = ore % 100 === 0;
  if (lng === 'en') return (ore / 100).toFixed(whole ? 0 : 2);
  return new Intl.NumberFormat('nb-NO', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  })
    .format(ore / 100)
    .replace(/\u2212/, '-');
}

/** A whole number as typed ('13 400') → the number, or undefined. */
export function parseCount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** File bytes → base64, in chunks so a large file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
