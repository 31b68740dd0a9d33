// The mails a requester gets about their ticket, in Norwegian, as plain text and HTML. Pure.
// The subject always carries "[Sak #nummer]" so that a reply finds its ticket again; links are
// written against {{publicUrl}}, which the sender fills in.
import { esc } from '../../shared/html.ts';
import { PUBLIC_URL_TOKEN } from '../mail/outbox.repository.ts';

export type TicketNoticeKind = 'created' | 'comment' | 'resolved';

export interface TicketNoticeInput {
  kind: TicketNoticeKind;
  cooperationName: string;
  ticket: { id: string; number: number; subject: string; requesterName: string };
  /** the public comment (comment) or the solution (resolved) */
  text?: string;
  /** who wrote the comment */
  author?: string;
}

/** "[Sak #24001] Skriveren virker ikke" */
export function ticketSubject(number: number, subject: string) {
  return `[Sak #${number}] ${subject}`;
}

/** The ticket number a subject names, or null ("SV: [Sak #24001] …" → 24001). */
export function ticketNumberInSubject(subject: string): number | null {
  const m = /\[Sak\s*#\s*(\d{1,9})\]/i.exec(subject);
  return m ? Number(m[1]) : null;
}

const INTRO: Record<TicketNoticeKind, string> = {
  created: 'Vi har mottatt saken din og behandler den så snart vi kan.',
  comment: 'Det er kommet et nytt svar i saken din.',
  resolved: 'Saken din er løst.',
};

const OUTRO: Record<TicketNoticeKind, string> = {
  created: 'Svar på denne e-posten hvis du vil legge til noe. Behold saksnummeret i emnefeltet.',
  comment: 'Svar på denne e-posten for å svare i saken. Behold saksnummeret i emnefeltet.',
  resolved:
    'Er du ikke fornøyd med løsningen, kan du svare på denne e-posten eller gjenåpne saken i portalen innen sju dager.',
};

export function ticketNotice(input: TicketNoticeInput) {
  const { ticket } = input;
  const link = `${PUBLIC_URL_TOKEN}/portal/tickets/${ticket.id}`;
  const greeting = ticket.requesterName.trim() ? `Hei ${ticket.requesterName.trim()},` : 'Hei,';
  const quoted =
    input.kind === 'comment'
      ? `${input.author ?? 'Servicedesken'} skrev:`
      : input.kind === 'resolved'
        ? 'Løsning:'
        : 'Saken gjelder:';
  const body = input.kind === 'created' ? ticket.subject : (input.text ?? '');
  const text = [
    greeting,
    '',
    INTRO[input.kind],
    '',
    `Saksnummer: ${ticket.number}`,
    `Emne: ${ticket.subject}`,
    '',
    quoted,
    ...body.split('\n').map((l) => `  ${l}`),
    '',
    `Se saken: ${link}`,
    '',
    OUTRO[input.kind],
    '',
    `Hilsen ${input.cooperationName}`,
  ].join('\n');
  const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${esc(
    ticketSubject(ticket.number, ticket.subject),
  )}</title></head><body><p>${esc(greeting)}</p><p>${esc(INTRO[input.kind])}</p><table role="presentation"><tr><th scope="row" style="text-align:left">Saksnummer</th><td>${
    ticket.number
  }</td></tr><tr><th scope="row" style="text-align:left">Emne</th><td>${esc(ticket.subject)}</td></tr></table><p>${esc(
    quoted,
  )}</p><blockquote>${body
    .split('\n')
    .map((l) => esc(l))
    .join('<br>')}</blockquote><p><a href="${link}">Se saken i Samdrift</a></p><p>${esc(
    OUTRO[input.kind],
  )}</p><p>Hilsen ${esc(input.cooperationName)}</p></body></html>`;
  return { subject: ticketSubject(ticket.number, ticket.subject), text, html };
}

/** The Message-ID of one mail about a ticket; a reply's References carry it back to us. */
export function ticketMessageId(mailId: string, ticketId: string, domain: string) {
  return `<${mailId}.ticket-${ticketId}@${domain}>`;
}

/** The thread root every mail about a ticket refers to. */
export function ticketThreadId(ticketId: string, domain: string) {
  return `<ticket-${ticketId}@${domain}>`;
}

/** The ticket a reply's In-Reply-To or References header points at, or null. */
export function ticketIdInHeaders(...values: (string | string[] | undefined)[]): string | null {
  for (const v of values.flat()) {
    const m = v ? /ticket-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i.exec(v) : null;
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}
