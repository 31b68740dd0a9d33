import type { Db } from '../db/database.ts';
import {
  bumpCounterPast,
  insertCatalogueItems,
  insertCategories,
  insertTeams,
} from '../modules/servicedesk/config.repository.ts';
import { ensureServiceDeskDefaults } from '../modules/servicedesk/defaults.ts';
import { generateDemoTickets } from './tickets.ts';

interface CategorySeed {
  name: string;
  kind: 'incident' | 'service_request' | 'security_alert';
  children: string[];
}

// The categories of ROR-IKT's reports (seed 002 §2.1.4), with a second level.
const CATEGORIES: CategorySeed[] = [
  { name: 'Infrastruktur', kind: 'incident', children: ['Nettverk', 'Server og lagring', 'Trådløst nett'] },
  { name: 'Standardapplikasjoner', kind: 'incident', children: ['Microsoft 365', 'E-post', 'Teams'] },
  { name: 'Fagapplikasjoner', kind: 'incident', children: ['Helse og omsorg', 'Oppvekst', 'Sak og arkiv'] },
  { name: 'Klient og utstyr', kind: 'incident', children: ['PC', 'Mobil og nettbrett', 'Skriver'] },
  { name: 'Rådgiving', kind: 'service_request', children: [] },
  { name: 'Tilgang og brukere', kind: 'service_request', children: ['Ny bruker', 'Tilganger'] },
  { name: 'Bestillinger', kind: 'service_request', children: ['Utstyr', 'Programvare og lisenser'] },
  { name: 'Sikkerhet', kind: 'security_alert', children: ['Sikkerhetsvarsel'] },
];

/**
 * The demo cooperation's service desk: statuses, categories, teams, the service catalogue and a
 * year of generated tickets up to `now`.
 */
export async function seedServiceDeskDemo(
  db: Db,
  cooperationId: string,
  members: { id: string; code: string; weight: number; domain: string | null }[],
  agents: { id: string; name: string }[],
  now: Date,
  ticketsPerYear: number,
) {
  await ensureServiceDeskDefaults(db, cooperationId);
  const categoryRows: { id: string; cooperation_id: string; parent_id: string | null; name: string; sort: number }[] =
    [];
  const leafs: { id: string; name: string; kind: CategorySeed['kind'] }[] = [];
  const byName = new Map<string, string>();
  CATEGORIES.forEach((c, i) => {
    const id = crypto.randomUUID();
    byName.set(c.name, id);
    categoryRows.push({ id, cooperation_id: cooperationId, parent_id: null, name: c.name, sort: i * 10 });
    if (c.children.length === 0) leafs.push({ id, name: c.name, kind: c.kind });
    c.children.forEach((child, j) => {
      const childId = crypto.randomUUID();
      byName.set(child, childId);
      categoryRows.push({
        id: childId,
        cooperation_id: cooperationId,
        parent_id: id,
        name: child,
        sort: i * 10 + j + 1,
      });
      leafs.push({ id: childId, name: child, kind: c.kind });
    });
  });
  await insertCategories(db, categoryRows);
  const teams = ['Kundeservice', 'Drift', 'Tjenesteutvikling'].map((name) => ({
    id: crypto.randomUUID(),
    cooperation_id: cooperationId,
    name,
  }));
  await insertTeams(db, teams);
  const item = (
    name: string,
    category: string,
    description: string,
    included: boolean,
    priceOre: number | null,
    priceUnit: string | null,
    fields: unknown[],
    sort: number,
  ) => ({
    id: crypto.randomUUID(),
    cooperation_id: cooperationId,
    name,
    description,
    category_id: byName.get(category) ?? null,
    included,
    price_ore: priceOre,
    price_unit: priceUnit,
    form_fields: JSON.stringify(fields),
    sort,
  });
  await insertCatalogueItems(db, [
    item(
      'Ny brukerkonto',
      'Ny bruker',
      'Konto, e-post og tilganger for en ny ansatt.',
      true,
      null,
      null,
      [
        { key: 'fullName', label: 'Navn på den ansatte', type: 'text', required: true },
        { key: 'startDate', label: 'Første arbeidsdag', type: 'date', required: true },
        { key: 'position', label: 'Stilling og enhet', type: 'text', required: true },
      ],
      10,
    ),
    item(
      'Tilgang til fagsystem',
      'Tilganger',
      'Tilgang til et fagsystem; leder må godkjenne.',
      true,
      null,
      null,
      [
        { key: 'system', label: 'Fagsystem', type: 'text', required: true },
        { key: 'role', label: 'Rolle eller tilgangsnivå', type: 'text', required: false },
        { key: 'approved', label: 'Leder har godkjent tilgangen', type: 'checkbox', required: true },
      ],
      20,
    ),
    item(
      'Installere programvare',
      'Programvare og lisenser',
      'Installasjon av godkjent programvare på PC.',
      true,
      null,
      null,
      [
        { key: 'program', label: 'Program', type: 'text', required: true },
        { key: 'computer', label: 'PC-navn (står på klistremerket)', type: 'text', required: false },
      ],
      30,
    ),
    item(
      'PC utenom rullering',
      'Utstyr',
      'Ekstra PC utenom den faste utskiftingen. Faktureres kommunen.',
      false,
      950_000,
      'per stk',
      [
        {
          key: 'model',
          label: 'Modell',
          type: 'select',
          required: true,
          options: ['Standard bærbar', 'Kraftig bærbar', 'Stasjonær'],
        },
        { key: 'costCentre', label: 'Ansvarsnummer', type: 'text', required: true },
        { key: 'reason', label: 'Begrunnelse', type: 'textarea', required: true },
      ],
      40,
    ),
    item(
      'Mobiltelefon',
      'Utstyr',
      'Ny eller erstatning for mobiltelefon. Faktureres kommunen.',
      false,
      420_000,
      'per stk',
      [
        {
          key: 'model',
          label: 'Modell',
          type: 'select',
          required: true,
          options: ['Standard', 'Med 6 GB minne (Rover)'],
        },
        { key: 'user', label: 'Hvem skal bruke telefonen', type: 'text', required: true },
      ],
      50,
    ),
    item(
      'Microsoft 365 E1-lisens',
      'Programvare og lisenser',
      'Lisens per bruker.',
      false,
      9_212,
      'per måned',
      [{ key: 'count', label: 'Antall lisenser', type: 'number', required: true }],
      60,
    ),
  ]);
  const tickets = generateDemoTickets({
    now,
    days: 395,
    perYear: ticketsPerYear,
    members: members.map((m) => ({ id: m.id, weight: m.weight, domain: m.domain })),
    categories: leafs,
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    agents,
  });
  await insertDemoTickets(db, cooperationId, tickets);
  return { categories: categoryRows.length, tickets: tickets.length };
}

async function insertDemoTickets(db: Db, cooperationId: string, tickets: ReturnType<typeof generateDemoTickets>) {
  for (let i = 0; i < tickets.length; i += 500) {
    const chunk = tickets.slice(i, i + 500);
    await db
      .insertInto('ticket')
      .values(
        chunk.map((t) => ({
          id: t.id,
          cooperation_id: cooperationId,
          number: t.number,
          kind: t.kind,
          channel: t.channel,
          priority: t.priority,
          category_id: t.categoryId,
          member_id: t.memberId,
          requester_name: t.requesterName,
          requester_email: t.requesterEmail,
          team_id: t.teamId,
          assignee_id: t.assigneeId,
          status_key: t.statusKey,
          core_state: t.coreState,
          subject: t.subject,
          description: t.description,
          solution: t.solution,
          external_source: t.externalSource,
          external_id: t.externalSource ? `demo-${t.number}` : null,
          created_at: t.createdAt,
          updated_at: t.updatedAt,
          first_response_at: t.firstResponseAt,
          resolved_at: t.resolvedAt,
          closed_at: t.closedAt,
          reopen_count: t.reopenCount,
          ...t.sla,
        })),
      )
      .execute();
    const events = chunk.flatMap((t) =>
      t.events.map((e) => ({
        cooperation_id: cooperationId,
        ticket_id: t.id,
        at: e.at,
        actor_user_id: e.actorId,
        actor_name: e.actorName,
        kind: e.kind,
        data: JSON.stringify(e.data),
      })),
    );
    for (let j = 0; j < events.length; j += 2000) {
      await db
        .insertInto('ticket_event')
        .values(events.slice(j, j + 2000) as never)
        .execute();
    }
  }
  const last = tickets.at(-1);
  if (last) await bumpCounterPast(db, cooperationId, last.number);
}
