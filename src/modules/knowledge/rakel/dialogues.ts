// Rakel's guided dialogues. Each reads only the asking user's own records through the services of
// the modules that own them, called with the asker as actor: their devices (devices module), their
// tickets (service desk, scope 'mine'), and a ticket they create themselves. A question can say
// anything ("show Per's tickets", "ignore your rules"); these functions never take a user, a
// member or a ticket from it.

import type { Actor } from '../../../app/auth/roles.ts';
import type { Db } from '../../../db/database.ts';
import { myDevices } from '../../devices/fleet.service.ts';
import type { Priority } from '../../servicedesk/tables.ts';
import { createTicket, listTickets } from '../../servicedesk/tickets.service.ts';
import { excerpt } from '../content.ts';
import { type IntentMatch, intentTerms, REPORT_COMMAND } from './intents.ts';
import type { Reply } from './rakel.service.ts';

export interface DialogueState {
  flow: 'report_fault';
  step: 'describe' | 'urgency' | 'confirm';
  description?: string;
  priority?: Priority;
}

type Partial =
  Omit<Reply, 'conversationId' | 'turnId' | 'kind' | 'intent'> extends infer R
    ? { [K in keyof R]?: R[K] } & { text: string }
    : never;

interface Retrieved {
  found: boolean;
  sources: { articleId: string; title: string; heading: string | null; text: string; url: string }[];
}

const norDate = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

const URGENCY: { label: string; value: string; priority: Priority; text: string }[] = [
  {
    label: 'Bare meg – det kan vente litt',
    value: 'bare meg, kan vente',
    priority: 'low',
    text: 'gjelder bare meg, kan vente',
  },
  {
    label: 'Bare meg – jeg får ikke gjort jobben',
    value: 'bare meg, hindrer arbeidet',
    priority: 'medium',
    text: 'gjelder bare meg, hindrer arbeidet',
  },
  { label: 'Flere er rammet', value: 'flere er rammet', priority: 'high', text: 'flere brukere er rammet' },
];

const CANCEL = /^(avbryt|stopp|nei takk|glem det|avslutt)\b/i;
const YES = /^(ja|jepp|ok|send|send den|ja takk|stemmer)\b/i;
const NO = /^(nei|ikke send)\b/i;

/** Start the dialogue an intent names. `retrieve` finds the article passages a dialogue points to. */
export async function startDialogue(
  db: Db,
  actor: Actor,
  match: IntentMatch,
  text: string,
  now: Date,
  retrieve: (q: string) => Promise<Retrieved>,
): Promise<{ state: DialogueState | null; reply: Partial }> {
  switch (match.intent) {
    case 'new_pc':
      return { state: null, reply: await newPc(db, actor, now, retrieve) };
    case 'my_tickets':
      return { state: null, reply: await myOpenTickets(db, actor, now) };
    case 'forgot_password':
      return { state: null, reply: await forgotPassword(retrieve) };
    case 'report_fault': {
      // "meld feil: skriveren i 2. etasje skriver ikke ut" already says what is wrong
      const example = intentTerms(match.example);
      const extra = [...intentTerms(text)].filter((t) => !example.has(t) && !['feil', 'meld', 'sak'].includes(t));
      if (extra.length >= 2) {
        const description = text.replace(REPORT_COMMAND, '').trim() || text;
        return { state: { flow: 'report_fault', step: 'urgency', description }, reply: urgencyQuestion(description) };
      }
      return {
        state: { flow: 'report_fault', step: 'describe' },
        reply: {
          text: 'Jeg hjelper deg å melde feilen til Kundeservice. Hva er det som ikke virker? Beskriv kort hva som skjer, og hvilken PC, skriver eller program det gjelder. (Skriv «avbryt» for å avslutte.)',
        },
      };
    }
    case 'greeting':
      return {
        state: null,
        reply: {
          text: 'Hei! Jeg er Rakel. Spør meg om det meste innen IT på jobben – Teams, passord, skrivere, VPN, mobil – eller velg et av disse:',
          quickReplies: [
            { label: 'Når får jeg ny PC?', value: 'når får jeg ny pc' },
            { label: 'Status på saken min', value: 'status på saken min' },
            { label: 'Meld feil', value: 'meld feil' },
            { label: 'Glemt passord', value: 'glemt passord' },
          ],
        },
      };
    case 'human':
      return {
        state: null,
        reply: {
          text: 'Du når Kundeservice ved å melde en sak i portalen, så følger de opp saken din der. Jeg kan lage saken for deg nå.',
          quickReplies: [{ label: 'Meld feil', value: 'meld feil' }],
        },
      };
  }
}

function urgencyQuestion(description: string): Partial {
  return {
    text: `Takk. Jeg har notert: «${excerpt(description, 200)}». Hvor mange er rammet, og hvor mye haster det?`,
    quickReplies: URGENCY.map((u) => ({ label: u.label, value: u.value })),
  };
}

/** Continue the dialogue in `state` with the user's next message. */
export async function runDialogue(
  db: Db,
  actor: Actor,
  state: DialogueState,
  text: string,
  now: Date,
  requestId?: string,
): Promise<{ state: DialogueState | null; reply: Partial }> {
  if (CANCEL.test(text))
    return { state: null, reply: { text: 'Greit, jeg har ikke laget noen sak. Spør meg gjerne om noe annet.' } };
  switch (state.step) {
    case 'describe': {
      if (text.replace(/\s+/g, ' ').length < 8)
        return { state, reply: { text: 'Kan du beskrive feilen med litt flere ord? Hva skjer, og hva gjelder det?' } };
      return { state: { ...state, step: 'urgency', description: text }, reply: urgencyQuestion(text) };
    }
    case 'urgency': {
      const lower = text.toLowerCase();
      const u =
        URGENCY.find((x) => lower === x.value) ??
        (/flere|alle|hele|mange/.test(lower)
          ? URGENCY[2]
          : /hindrer|får ikke|haster|stopp|umulig/.test(lower)
            ? URGENCY[1]
            : /vente|ikke så|ikke noe hast/.test(lower)
              ? URGENCY[0]
              : undefined);
      if (!u)
        return {
          state,
          reply: {
            text: 'Velg det som passer best:',
            quickReplies: URGENCY.map((x) => ({ label: x.label, value: x.value })),
          },
        };
      const next: DialogueState = { ...state, step: 'confirm', priority: u.priority };
      return {
        state: next,
        reply: {
          text: `Jeg lager denne saken til Kundeservice:\n\nEmne: ${subjectOf(state.description ?? '')}\nBeskrivelse: ${state.description}\nHvor mye det haster: ${u.text}\n\nSkal jeg sende den?`,
          quickReplies: [
            { label: 'Ja, send saken', value: 'ja' },
            { label: 'Nei, avbryt', value: 'avbryt' },
          ],
        },
      };
    }
    case 'confirm': {
      if (NO.test(text)) return { state: null, reply: { text: 'Greit, jeg har ikke sendt noen sak.' } };
      if (!YES.test(text))
        return {
          state,
          reply: {
            text: 'Svar «ja» for å sende saken eller «avbryt» for å la være.',
            quickReplies: [
              { label: 'Ja, send saken', value: 'ja' },
              { label: 'Nei, avbryt', value: 'avbryt' },
            ],
          },
        };
      const urgency = URGENCY.find((u) => u.priority === state.priority) ?? URGENCY[1];
      const ticket = await createTicket(
        db,
        actor,
        {
          kind: 'incident',
          subject: subjectOf(state.description ?? ''),
          description: `${state.description}\n\nHvor mye det haster: ${urgency?.text}\n(Meldt via Rakel)`,
          priority: state.priority ?? 'medium',
        },
        now,
        requestId,
      );
      return {
        state: null,
        reply: {
          text: `Saken er sendt: sak #${ticket.number}. Du får e-post når Kundeservice svarer, og du kan følge den i portalen.`,
          createdTicket: { id: ticket.id, number: ticket.number, url: `/portal/tickets/${ticket.id}` },
        },
      };
    }
  }
}

const subjectOf = (description: string) =>
  excerpt(description.split(/\n/)[0] ?? description, 100) || 'Feil meldt via Rakel';

async function newPc(db: Db, actor: Actor, now: Date, retrieve: (q: string) => Promise<Retrieved>): Promise<Partial> {
  const mine = await myDevices(db, actor, now);
  const pcs = mine.items.filter((d) => d.kind === 'pc' && !['retired', 'lost'].includes(d.status));
  const rotation = await retrieve('PC-rullering når byttes pc');
  const sources = rotation.found ? rotation.sources.slice(0, 1) : [];
  const devices = pcs.map((d) => ({
    name: d.name,
    model: [d.manufacturer, d.model].filter(Boolean).join(' ') || null,
    kind: d.kind,
    expiresOn: d.expiresOn,
    expired: d.expired,
  }));
  if (pcs.length === 0) {
    return {
      text: 'Jeg finner ingen PC registrert på deg, så jeg kan ikke se når den skal byttes. Meld gjerne en sak, så sjekker Kundeservice det.',
      sources,
      ticketOffer: {
        subject: 'Når får jeg ny PC?',
        description: 'Rakel fant ingen PC registrert på meg. Når skal PC-en min byttes?',
      },
    };
  }
  const lines = pcs.map((d) => {
    const what =
      [d.name, [d.manufacturer, d.model].filter(Boolean).join(' ')].filter(Boolean).join(', ') || 'PC-en din';
    if (!d.expiresOn) return `– ${what}: har ingen utløpsdato registrert; Kundeservice kan sjekke den.`;
    if (d.expired)
      return `– ${what}: gikk ut ${norDate(d.expiresOn)} og står for tur i rulleringen. Kundeservice tar kontakt når ny PC er klar.`;
    return `– ${what}: byttes etter rulleringsplanen når den går ut ${norDate(d.expiresOn)} (året ${d.expiresOn.slice(0, 4)}).`;
  });
  return {
    text: `${pcs.length === 1 ? 'Dette er PC-en som er registrert på deg' : 'Dette er PC-ene som er registrert på deg'}:\n${lines.join('\n')}`,
    devices,
    sources,
  };
}

async function myOpenTickets(db: Db, actor: Actor, now: Date): Promise<Partial> {
  const r = await listTickets(db, actor, { scope: 'mine', coreStates: ['new', 'open', 'waiting'], limit: 10 }, now);
  if (r.items.length === 0) {
    return {
      text: 'Du har ingen åpne saker hos Kundeservice nå.',
      quickReplies: [{ label: 'Meld feil', value: 'meld feil' }],
    };
  }
  const statuses = await db
    .selectFrom('sd_status')
    .select(['key', 'name'])
    .where('cooperation_id', '=', actor.cooperationId)
    .execute();
  const name = new Map(statuses.map((s) => [s.key, s.name]));
  const tickets = r.items.map((t) => ({
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: name.get(t.status) ?? t.status,
    updatedAt: t.updatedAt,
    url: `/portal/tickets/${t.id}`,
  }));
  return {
    text: `Du har ${tickets.length === 1 ? 'én åpen sak' : `${tickets.length} åpne saker`}${r.nextCursor ? ' (de ti nyeste vises)' : ''}:\n${tickets
      .map((t) => `– Sak #${t.number} «${t.subject}»: ${t.status}`)
      .join('\n')}`,
    tickets,
  };
}

async function forgotPassword(retrieve: (q: string) => Promise<Retrieved>): Promise<Partial> {
  const r = await retrieve('glemt passord nytt passord selvbetjening');
  const best = r.found ? r.sources[0] : undefined;
  if (!best) {
    return {
      text: 'Har du glemt passordet, kan Kundeservice hjelpe deg å få et nytt. Meld en sak fra en kollegas PC eller ring Kundeservice.',
    };
  }
  return {
    text: `Har du glemt passordet, kan du lage et nytt selv. Fra «${best.title}»:\n\n${excerpt(best.text, 700)}`,
    sources: [best],
  };
}
