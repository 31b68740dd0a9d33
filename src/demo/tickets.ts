import { computeSla, DEFAULT_POLICY, type SlaPolicy } from '../modules/servicedesk/sla/sla.ts';
import { slaColumns, slaInputFromHistory } from '../modules/servicedesk/sla.store.ts';
import type { Channel, CoreState, Priority, TicketKind } from '../modules/servicedesk/tables.ts';

/**
 * A realistic year of service-desk tickets for the demo, generated deterministically. Volumes and
 * mixes follow seeds 001 and 002: ~13,500 tickets a year, portal 58 %, phone 23 %, e-mail 18 %,
 * walk-in under 1 %; about 25 critical and 29 high a year; a fifth security alerts from the SOC;
 * fewer tickets in May, June, July and December; a few hundred open at any time.
 */
export interface DemoTicket {
  id: string;
  number: number;
  kind: TicketKind;
  channel: Channel;
  priority: Priority;
  categoryId: string | null;
  memberId: string | null;
  requesterName: string;
  requesterEmail: string | null;
  teamId: string | null;
  assigneeId: string | null;
  statusKey: string;
  coreState: CoreState;
  subject: string;
  description: string;
  solution: string | null;
  externalSource: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  reopenCount: number;
  sla: ReturnType<typeof slaColumns>;
  events: { at: Date; kind: string; data: Record<string, unknown>; actorName: string; actorId: string | null }[];
}

export interface DemoTicketOptions {
  now: Date;
  days: number;
  perYear: number;
  members: { id: string; weight: number; domain: string | null }[];
  categories: { id: string; name: string; kind: 'incident' | 'service_request' | 'security_alert' }[];
  teams: { id: string; name: string }[];
  agents: { id: string; name: string }[];
  policy?: SlaPolicy;
  seed?: number;
}

/** mulberry32: a small deterministic PRNG, so the demo looks the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTH_WEIGHT = [1.1, 1.1, 1.1, 1.0, 0.8, 0.75, 0.55, 1.0, 1.2, 1.15, 1.1, 0.8];
const FIRST = [
  'Anne',
  'Ole',
  'Kari',
  'Per',
  'Ingrid',
  'Lars',
  'Siri',
  'Jon',
  'Marit',
  'Eirik',
  'Hilde',
  'Tor',
  'Nina',
  'Arne',
  'Liv',
];
const LAST = [
  'Hansen',
  'Olsen',
  'Aukrust',
  'Bjørnstad',
  'Sæther',
  'Myklebust',
  'Rødal',
  'Hoem',
  'Stavik',
  'Ødegård',
  'Gjendem',
  'Lervik',
];

const SUBJECTS: Record<string, string[]> = {
  incident: [
    'Får ikke logget på PC',
    'Skriveren på avdelingen skriver ikke ut',
    'Teams-møter faller ut',
    'Outlook åpner ikke',
    'Nettverket er tregt på kontoret',
    'Fagsystemet svarer ikke',
    'Kan ikke åpne delt mappe',
    'Feilmelding ved innlogging i journalsystemet',
    'Trådløst nett nede i første etasje',
    'Mobilen får ikke e-post',
  ],
  service_request: [
    'Bestilling av ny PC',
    'Tilgang til fagsystem for ny ansatt',
    'Ny brukerkonto',
    'Installere program',
    'Ny mobiltelefon',
    'Endre tilganger til felles postkasse',
    'Lisens for Microsoft 365',
  ],
  security_alert: [
    'Mistenkelig innlogging fra utlandet',
    'Phishing-e-post rapportert',
    'Skadevare oppdaget på klient',
    'Varsel fra HelseCert om sårbarhet',
    'Uvanlig trafikk fra server',
  ],
};

const SOLUTIONS = [
  'Startet tjenesten på nytt; brukeren bekrefter at det virker.',
  'Tilgang gitt etter godkjenning fra leder.',
  'Nytt passord satt; brukeren logget på.',
  'Skriverdriver installert på nytt.',
  'Feilen lå hos leverandøren og er rettet.',
  'Bestillingen er levert.',
];

/** Pick an index by weights. */
function weighted(r: () => number, weights: number[]) {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function generateDemoTickets(o: DemoTicketOptions): DemoTicket[] {
  const r = rng(o.seed ?? 2024);
  const policy = o.policy ?? DEFAULT_POLICY;
  const end = o.now.getTime();
  const start = end - o.days * DAY;
  const out: DemoTicket[] = [];
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)] as T;
  const byKind = (k: string) => o.categories.filter((c) => c.kind === k);
  let number = 1000;
  // Walk day by day; each day's volume follows weekday and season.
  for (let day = start; day < end; day += DAY) {
    const d = new Date(day);
    const weekday = d.getUTCDay();
    const weekendFactor = weekday === 0 || weekday === 6 ? 0.08 : 1;
    const expected = (o.perYear / 250) * (MONTH_WEIGHT[d.getUTCMonth()] as number) * weekendFactor * 0.93;
    const count = Math.max(0, Math.round(expected + (r() - 0.5) * expected * 0.4));
    for (let i = 0; i < count; i++) {
      const kind: TicketKind = (['incident', 'service_request', 'security_alert'] as const)[
        weighted(r, [45, 36, 19])
      ] as TicketKind;
      const channel: Channel =
        kind === 'security_alert'
          ? 'api'
          : ((['portal', 'email', 'phone', 'walk_in'] as const)[weighted(r, [58, 18, 23, 0.7])] as Channel);
      // Office hours mostly; portal and alerts also in the evening.
      const hour = channel === 'portal' || channel === 'api' ? 6 + r() * 16 : 7 + r() * 8.5;
      const createdAt = new Date(day + hour * HOUR + Math.floor(r() * 60) * 60_000 - 1 * HOUR);
      if (createdAt.getTime() >= end) continue;
      const pr = r();
      const priority: Priority =
        kind === 'incident' && pr < 0.004
          ? 'critical'
          : kind === 'incident' && pr < 0.01
            ? 'high'
            : pr < 0.55
              ? 'medium'
              : 'low';
      const member = weighted(
        r,
        o.members.map((m) => m.weight),
      );
      const unknownMember = r() < 0.01;
      const m = o.members[member];
      const first = pick(FIRST);
      const last = pick(LAST);
      const categories = byKind(kind);
      const category = categories.length ? pick(categories) : null;
      const agent = pick(o.agents);
      const team = o.teams.length ? (kind === 'security_alert' ? (o.teams[1] ?? o.teams[0]) : o.teams[0]) : undefined;
      const actor = { actorName: agent.name, actorId: agent.id };
      const requester = { actorName: `${first} ${last}`, actorId: null };
      const events: DemoTicket['events'] = [
        {
          at: createdAt,
          kind: 'created',
          data: { priority, status: 'new', coreState: 'new', channel, kind },
          ...requester,
        },
      ];
      // Response and resolution delays by priority (lognormal-ish), in wall time.
      const scale = { critical: 1.2 * HOUR, high: 3 * HOUR, medium: 1.6 * DAY, low: 3.5 * DAY }[priority];
      const responseAt = new Date(createdAt.getTime() + Math.min(scale / 4, (0.05 + r() * r()) * scale));
      let t = responseAt.getTime();
      events.push({ at: responseAt, kind: 'assign', data: { from: null, to: agent.id, toName: agent.name }, ...actor });
      events.push({
        at: responseAt,
        kind: 'status',
        data: { from: 'new', to: 'in_progress', coreState: 'open' },
        ...actor,
      });
      events.push({ at: responseAt, kind: 'response', data: {}, ...actor });
      let statusKey = 'in_progress';
      let coreState: CoreState = 'open';
      if (r() < 0.15) {
        const waitFrom = t + r() * scale * 0.5;
        const waitTo = waitFrom + (0.2 + r() * 2) * DAY;
        if (waitFrom < end) {
          events.push({
            at: new Date(waitFrom),
            kind: 'status',
            data: { from: 'in_progress', to: 'waiting_user', coreState: 'waiting' },
            ...actor,
          });
          statusKey = 'waiting_user';
          coreState = 'waiting';
          t = waitFrom;
          if (waitTo < end) {
            events.push({
              at: new Date(waitTo),
              kind: 'status',
              data: { from: 'waiting_user', to: 'in_progress', coreState: 'open' },
              ...requester,
            });
            statusKey = 'in_progress';
            coreState = 'open';
            t = waitTo;
          }
        }
      }
      // A tail of slow tickets: some stay open for months (the council's open-ticket backlog).
      const slow = r() < (kind === 'service_request' ? 0.03 : 0.012);
      const resolveAt = t + (slow ? (30 + r() * 300) * DAY : (0.1 + r() * r() * 2.2) * scale);
      let resolvedAt: Date | null = null;
      let closedAt: Date | null = null;
      let solution: string | null = null;
      let reopenCount = 0;
      if (resolveAt < end && coreState !== 'waiting') {
        let doneAt = new Date(resolveAt);
        solution = pick(SOLUTIONS);
        events.push({
          at: doneAt,
          kind: 'status',
          data: { from: statusKey, to: 'resolved', coreState: 'resolved' },
          ...actor,
        });
        events.push({ at: doneAt, kind: 'resolved', data: { solution }, ...actor });
        statusKey = 'resolved';
        coreState = 'resolved';
        if (r() < 0.004) {
          // Reopened several times: shows up in the data-quality list.
          for (let k = 0; k < 3; k++) {
            const at: Date = new Date(doneAt.getTime() + (k * 2 + 1) * HOUR);
            if (at.getTime() >= end) break;
            events.push({
              at,
              kind: 'status',
              data: { from: 'resolved', to: 'in_progress', coreState: 'open' },
              ...requester,
            });
            events.push({ at, kind: 'reopened', data: { reason: 'Feilen kom tilbake' }, ...requester });
            const again: Date = new Date(at.getTime() + HOUR);
            events.push({
              at: again,
              kind: 'status',
              data: { from: 'in_progress', to: 'resolved', coreState: 'resolved' },
              ...actor,
            });
            doneAt = again;
            reopenCount++;
          }
        }
        resolvedAt = doneAt;
        const closeAt = doneAt.getTime() + 5 * DAY;
        if (closeAt < end) {
          closedAt = new Date(closeAt);
          events.push({
            at: closedAt,
            kind: 'status',
            data: { from: 'resolved', to: 'closed', coreState: 'closed' },
            ...actor,
          });
          statusKey = 'closed';
          coreState = 'closed';
        }
      }
      const outcome = computeSla(
        policy,
        slaInputFromHistory(
          createdAt,
          priority,
          events.map((e) => ({ at: e.at, kind: e.kind, data: e.data })),
        ),
        end,
      );
      const subject = pick(SUBJECTS[kind] as string[]);
      out.push({
        id: crypto.randomUUID(),
        number: number++,
        kind,
        channel,
        priority,
        categoryId: category?.id ?? null,
        memberId: unknownMember ? null : (m?.id ?? null),
        requesterName: kind === 'security_alert' ? 'Atea SOC' : `${first} ${last}`,
        requesterEmail:
          kind === 'security_alert'
            ? 'soc@atea.no'
            : unknownMember
              ? `${first.toLowerCase()}@ukjent.no`
              : m?.domain
                ? `${first.toLowerCase()}.${last.toLowerCase()}@${m.domain}`.replace(
                    /[æøå]/g,
                    (c) => ({ æ: 'ae', ø: 'o', å: 'a' })[c] as string,
                  )
                : null,
        teamId: team?.id ?? null,
        assigneeId: agent.id,
        statusKey,
        coreState,
        subject,
        description: `${subject}. Meldt via ${channel}.`,
        solution,
        externalSource: null,
        createdAt,
        updatedAt: events.at(-1)?.at ?? createdAt,
        firstResponseAt: responseAt,
        resolvedAt,
        closedAt,
        reopenCount,
        sla: slaColumns(outcome, coreState),
        events,
      });
    }
  }
  // Imported tickets resolved without a resolution time: the anomaly the council's report fixed by hand.
  for (const t of out.slice(0, 3)) {
    t.externalSource = 'pureservice';
    t.resolvedAt = null;
    t.coreState = 'closed';
    t.statusKey = 'closed';
  }
  return out;
}
