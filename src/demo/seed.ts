import { hashPassword } from '../app/auth/password.ts';
import type { Role } from '../app/auth/roles.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { insertBodies } from '../modules/governance/bodies.repository.ts';
import type { BodyKind } from '../modules/governance/tables.ts';
import {
  findCooperationBySlug,
  insertContact,
  insertCooperation,
  insertMember,
} from '../modules/members/members.repository.ts';
import type { MemberKind } from '../modules/members/tables.ts';
import { insertUser, replaceRoles } from '../modules/users/users.repository.ts';
import { seedChannelsDemo } from './channels.ts';
import { seedDevicesDemo } from './devices.ts';
import { seedEconomyDemo } from './economy.ts';
import { seedGovernanceDemo } from './governance.ts';
import { seedKnowledgeDemo } from './knowledge.ts';
import { seedReportsDemo } from './reports.ts';
import { seedServiceDeskDemo } from './servicedesk.ts';

export const DEMO_SLUG = 'ror-ikt';
export const DEMO_PASSWORD = 'samdrift-demo';

interface DemoMember {
  code: string;
  name: string;
  kind: MemberKind;
  municipalityNumber?: string;
  joinedOn: string;
  leftOn?: string;
  mergedInto?: string;
  domains: string[];
  contacts: { name: string; title: string; email?: string; phone?: string; validFrom: string; validTo?: string }[];
}

// Modelled on ROR-IKT (seeds 000–004): Molde hosts; Midsund was a member until the 2020 merger
// into Molde; Hustadvika (Fræna + Eide, 2020) joined later; the crisis centre is an associated
// customer from 2025. People are fictional; their titles are those the seeds name.
const MEMBERS: DemoMember[] = [
  {
    code: 'molde',
    name: 'Molde kommune',
    kind: 'host',
    municipalityNumber: '1506',
    joinedOn: '2014-01-01',
    domains: ['molde.kommune.no'],
    contacts: [
      {
        name: 'Kari Nordvik',
        title: 'Kommunedirektør',
        email: 'kari.nordvik@molde.kommune.no',
        phone: '+47 71 11 10 00',
        validFrom: '2020-01-01',
      },
      {
        name: 'Ola Bjørnstad',
        title: 'Kontaktperson IKT',
        email: 'ola.bjornstad@molde.kommune.no',
        validFrom: '2022-03-01',
      },
    ],
  },
  {
    code: 'aukra',
    name: 'Aukra kommune',
    kind: 'partner',
    municipalityNumber: '1547',
    joinedOn: '2014-01-01',
    domains: ['aukra.kommune.no'],
    contacts: [
      { name: 'Per Gjerde', title: 'Kommunedirektør', email: 'per.gjerde@aukra.kommune.no', validFrom: '2019-08-01' },
      {
        name: 'Ingrid Sandøy',
        title: 'Kontaktperson IKT',
        email: 'ingrid.sandoy@aukra.kommune.no',
        validFrom: '2021-01-01',
      },
    ],
  },
  {
    code: 'hustadvika',
    name: 'Hustadvika kommune',
    kind: 'partner',
    municipalityNumber: '1579',
    joinedOn: '2023-01-01',
    domains: ['hustadvika.kommune.no'],
    contacts: [
      {
        name: 'Siri Elnesvågen',
        title: 'Kommunedirektør',
        email: 'siri.elnesvagen@hustadvika.kommune.no',
        validFrom: '2023-01-01',
      },
    ],
  },
  {
    code: 'rauma',
    name: 'Rauma kommune',
    kind: 'partner',
    municipalityNumber: '1539',
    joinedOn: '2014-01-01',
    domains: ['rauma.kommune.no'],
    contacts: [
      {
        name: 'Tor Åndalsnes',
        title: 'Kommunedirektør',
        email: 'tor.andalsnes@rauma.kommune.no',
        validFrom: '2018-01-01',
        validTo: '2023-12-31',
      },
      {
        name: 'Hanne Romsdal',
        title: 'Kommunedirektør',
        email: 'hanne.romsdal@rauma.kommune.no',
        validFrom: '2024-01-01',
      },
    ],
  },
  {
    code: 'vestnes',
    name: 'Vestnes kommune',
    kind: 'partner',
    municipalityNumber: '1535',
    joinedOn: '2014-01-01',
    domains: ['vestnes.kommune.no'],
    contacts: [
      {
        name: 'Lars Helland',
        title: 'Kommunedirektør',
        email: 'lars.helland@vestnes.kommune.no',
        validFrom: '2017-05-01',
      },
    ],
  },
  {
    code: 'midsund',
    name: 'Midsund kommune',
    kind: 'partner',
    municipalityNumber: '1545',
    joinedOn: '2014-01-01',
    leftOn: '2019-12-31',
    mergedInto: 'molde',
    domains: [],
    contacts: [{ name: 'Eli Otrøy', title: 'Rådmann', validFrom: '2014-01-01', validTo: '2019-12-31' }],
  },
  {
    code: 'krisesenteret',
    name: 'Krisesenteret for Molde og omegn IKS',
    kind: 'associated',
    joinedOn: '2025-01-01',
    domains: [],
    contacts: [{ name: 'Mona Fuglset', title: 'Daglig leder', validFrom: '2025-01-01' }],
  },
  {
    code: 'molde-va',
    name: 'Molde Vann og Avløp KF',
    kind: 'associated',
    joinedOn: '2020-01-01',
    domains: [],
    contacts: [{ name: 'Arne Hjelset', title: 'Daglig leder', validFrom: '2020-01-01' }],
  },
];

const GROUPS = [
  'Dokumentasjonsforvaltning',
  'Helse og velferd',
  'Lønn og personal',
  'Microsoft 365 forvaltning',
  'Oppvekst og utdanning',
  'Personvern og informasjonssikkerhet',
  'Portal og innbyggerdialog',
  'Teknisk',
  'Økonomi',
];

interface DemoUser {
  email: string;
  name: string;
  member?: string;
  roles: { role: Role; member?: string }[];
}

/** The demo accounts, one per role, all with DEMO_PASSWORD. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@ror-ikt.no', name: 'Astrid Administrator', member: 'molde', roles: [{ role: 'admin' }] },
  { email: 'leder@ror-ikt.no', name: 'Leif Leder', member: 'molde', roles: [{ role: 'leader' }] },
  { email: 'kundeservice@ror-ikt.no', name: 'Kine Kundeservice', member: 'molde', roles: [{ role: 'agent' }] },
  {
    email: 'rad@aukra.kommune.no',
    name: 'Per Gjerde',
    member: 'aukra',
    roles: [{ role: 'council_member', member: 'aukra' }],
  },
  {
    email: 'faggruppe@vestnes.kommune.no',
    name: 'Frida Faggruppe',
    member: 'vestnes',
    roles: [{ role: 'group_member', member: 'vestnes' }],
  },
  {
    email: 'systemeier@aukra.kommune.no',
    name: 'Sindre Systemeier',
    member: 'aukra',
    roles: [
      { role: 'system_owner', member: 'aukra' },
      { role: 'employee', member: 'aukra' },
    ],
  },
  {
    email: 'ansatt@rauma.kommune.no',
    name: 'Anne Ansatt',
    member: 'rauma',
    roles: [{ role: 'employee', member: 'rauma' }],
  },
];

/**
 * Create the demo cooperation ROR-IKT with members, contacts, bodies and one account per role.
 * Does nothing when it exists already; returns whether it seeded.
 */
export async function seedDemo(db: Db, opts: { now?: Date; ticketsPerYear?: number } = {}): Promise<boolean> {
  const now = opts.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(db, async (tx) => {
    if (await findCooperationBySlug(tx, DEMO_SLUG)) return false;
    const cooperationId = crypto.randomUUID();
    await insertCooperation(tx, {
      id: cooperationId,
      slug: DEMO_SLUG,
      name: 'ROR-IKT',
      short_name: 'ROR-IKT',
      organisation_form: 'Administrativt vertskommunesamarbeid (kommuneloven kap. 20)',
      description:
        'IKT-samarbeidet for kommunene i Romsdal. Molde kommune er vertskommune; Aukra, Hustadvika, Rauma og Vestnes er deltakerkommuner.',
    });
    const ids = new Map<string, string>();
    for (const m of MEMBERS) ids.set(m.code, crypto.randomUUID());
    for (const m of MEMBERS) {
      const id = ids.get(m.code) as string;
      await insertMember(tx, {
        id,
        cooperation_id: cooperationId,
        code: m.code,
        name: m.name,
        kind: m.kind,
        municipality_number: m.municipalityNumber ?? null,
        joined_on: m.joinedOn,
        left_on: m.leftOn ?? null,
        merged_into_member_id: m.mergedInto ? (ids.get(m.mergedInto) ?? null) : null,
        email_domains: m.domains,
      });
      for (const c of m.contacts) {
        await insertContact(tx, {
          id: crypto.randomUUID(),
          cooperation_id: cooperationId,
          member_id: id,
          name: c.name,
          title: c.title,
          email: c.email ?? null,
          phone: c.phone ?? null,
          valid_from: c.validFrom,
          valid_to: c.validTo ?? null,
        });
      }
    }
    const body = (kind: BodyKind, name: string, description: string, member?: string) => ({
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      kind,
      name,
      description,
      member_id: member ? (ids.get(member) ?? null) : null,
    });
    await insertBodies(tx, [
      body(
        'council',
        'Samarbeidsråd',
        'Kommunedirektørene i deltakerkommunene. Porteføljestyre; vedtar budsjett og rapporter.',
      ),
      body('portfolio_board', 'Porteføljeråd', 'Rådgir leder og prioriterer innspill. Én stemme per kommune.'),
      ...GROUPS.map((g) =>
        body('group', `Faggruppe ${g}`, 'Minst én representant per kommune og ROR-IKT, og én tillitsvalgt.'),
      ),
      ...['aukra', 'hustadvika', 'molde', 'rauma', 'vestnes'].map((m) =>
        body(
          'innovation_council',
          `Innovasjonsråd ${MEMBERS.find((x) => x.code === m)?.name}`,
          'Der ideer og behov starter.',
          m,
        ),
      ),
    ]);
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const id = crypto.randomUUID();
      userIds.set(u.email, id);
      await insertUser(tx, {
        id,
        cooperation_id: cooperationId,
        email: u.email,
        name: u.name,
        member_id: u.member ? (ids.get(u.member) ?? null) : null,
        password_hash: passwordHash,
      });
      await replaceRoles(
        tx,
        cooperationId,
        id,
        u.roles.map((r) => ({ role: r.role, memberId: r.member ? (ids.get(r.member) ?? null) : null })),
      );
    }
    const population: Record<string, number> = {
      molde: 32_000,
      hustadvika: 13_300,
      rauma: 7_400,
      vestnes: 6_800,
      aukra: 3_600,
      krisesenteret: 40,
      'molde-va': 150,
    };
    const agentEmails = ['kundeservice@ror-ikt.no', 'admin@ror-ikt.no'];
    await seedServiceDeskDemo(
      tx,
      cooperationId,
      MEMBERS.filter((m) => !m.leftOn).map((m) => ({
        id: ids.get(m.code) as string,
        code: m.code,
        weight: population[m.code] ?? 1,
        domain: m.domains[0] ?? null,
      })),
      DEMO_USERS.filter((u) => agentEmails.includes(u.email)).map((u) => ({
        id: userIds.get(u.email) as string,
        name: u.name,
      })),
      now,
      opts.ticketsPerYear ?? 13_500,
    );
    await seedEconomyDemo(tx, cooperationId, ids, now);
    await seedGovernanceDemo(tx, cooperationId, ids, passwordHash, now);
    await seedDevicesDemo(
      tx,
      cooperationId,
      ids,
      {
        employeeId: userIds.get('ansatt@rauma.kommune.no') as string,
        employeeEmail: 'ansatt@rauma.kommune.no',
        employeeMember: 'rauma',
      },
      now,
    );
    await seedChannelsDemo(tx, cooperationId, now);
    await seedKnowledgeDemo(tx, cooperationId, ids, userIds.get('kundeservice@ror-ikt.no') as string, now);
    await seedReportsDemo(
      tx,
      cooperationId,
      { id: userIds.get('leder@ror-ikt.no') as string, name: 'Leif Leder' },
      now,
    );
    await recordAudit(
      tx,
      { userId: null, name: 'system' },
      {
        cooperationId,
        action: 'seed',
        entityType: 'cooperation',
        entityId: cooperationId,
        summary: `Seeded the demo cooperation ROR-IKT with ${MEMBERS.length} members and ${DEMO_USERS.length} users`,
      },
    );
    return true;
  });
}
