// Reading an incoming mail's headers: is it an automatic reply or our own mail coming back (a
// loop), and which part of a reply is new text. Pure.

export interface HeaderView {
  get(name: string): unknown;
}

const AUTO_SUBJECT =
  /^(automatisk svar|autosvar|fraværsmelding|out of office|automatic reply|auto(matic)?[- ]?reply|auto:|abwesenheitsnotiz|undeliverable|ikke levert|delivery status notification|mail delivery (failed|system))/i;
const SYSTEM_SENDER = /^(mailer-daemon|postmaster|no-?reply|noreply|donotreply|do-not-reply)@/i;

const text = (v: unknown) =>
  v === undefined || v === null
    ? ''
    : typeof v === 'string'
      ? v
      : typeof v === 'object' && 'value' in (v as object)
        ? String((v as { value: unknown }).value)
        : String(v);

/**
 * Why the mail must not become a ticket, or null: an automatic reply (RFC 3834 Auto-Submitted,
 * Exchange's and others' markers, bulk or list precedence, out-of-office subjects, bounces), or a
 * loop (our own mail, or a mail from one of our own mailbox addresses).
 */
export function ignoreReason(
  headers: HeaderView,
  mail: { from: string; subject: string },
  own: { addresses: string[] },
): string | null {
  const auto = text(headers.get('auto-submitted')).toLowerCase();
  if (auto && auto !== 'no') return `automatic reply (Auto-Submitted: ${auto})`;
  if (headers.get('x-samdrift-mail-id')) return 'mail loop (our own notification came back)';
  const from = mail.from.toLowerCase();
  if (own.addresses.some((a) => a.toLowerCase() === from)) return 'mail loop (sent from our own address)';
  if (headers.get('x-autoreply') || headers.get('x-autorespond') || headers.get('x-autoresponder'))
    return 'automatic reply (X-Autoreply)';
  const precedence = text(headers.get('precedence')).toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence))
    return `automatic or bulk mail (Precedence: ${precedence})`;
  const contentType = text(headers.get('content-type')).toLowerCase();
  if (contentType.includes('multipart/report')) return 'delivery report (bounce)';
  if (AUTO_SUBJECT.test(mail.subject.trim())) return 'automatic reply (subject)';
  if (SYSTEM_SENDER.test(from)) return `system sender (${from.split('@')[0]})`;
  if (!from) return 'no sender address';
  return null;
}

const QUOTE_START = [
  /^-{2,}\s*(original message|opprinnelig melding|videresendt melding|forwarded message)\s*-{2,}/i,
  /^(fra|from):\s.+/i,
  /^(on|den|på)\s.+\s(wrote|skrev)\b.*:\s*$/i,
  /^_{10,}\s*$/,
];

/** The new text of a reply: everything above the quoted earlier mail (or the whole text when none). */
export function replyText(body: string) {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (QUOTE_START.some((re) => re.test(t))) break;
    kept.push(line);
  }
  // quoted lines ("> …") left inside the new text go too
  const own = kept.filter((l) => !l.trimStart().startsWith('>'));
  const out = own.join('\n').trim();
  return out || body.trim();
}

/** "ola.nordmann@molde.kommune.no" → "molde.kommune.no" */
export const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
