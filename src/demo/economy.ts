// The demo cooperation's economy, from seed 002 (the council meeting of 14.11.2024): the 2024 key,
// budget and forecast with actuals through October, the investment projects of 2024; the 2025 budget
// built top-down from Molde's frame, a service-consumption key from drivers, the investment plan with
// VAT compensation and the carried-over underspend, 2026–2028 frames; chargeable services (seed 004)
// and the 2025 savings measures. Written through the repositories, inside the seeding transaction.

import type { Db } from '../db/database.ts';
import { computeShares, type KeySpec } from '../modules/economy/allocation.ts';
import * as repo from '../modules/economy/economy.repository.ts';
import type { ExpenseType } from '../modules/economy/expense-types.ts';
import { toExact } from '../modules/economy/rational.ts';
import type { Driver } from '../modules/economy/tables.ts';
import { osloDate } from '../shared/dates.ts';

const T = 100_000; // øre in a thousand kroner
const KR = 100;
const OWNERS = ['aukra', 'hustadvika', 'molde', 'rauma', 'vestnes'] as const;

/** Accounts of the accounting system and the expense type each is reported under. */
const ACCOUNTS: [string, string, ExpenseType][] = [
  ['10100', 'Fast lønn', 'salaries'],
  ['10900', 'Pensjon og arbeidsgiveravgift', 'salaries'],
  ['11000', 'Kontormateriell og bevertning', 'staff_premises'],
  ['11900', 'Husleie', 'staff_premises'],
  ['12000', 'Inventar og utstyr', 'purchase_leasing'],
  ['12700', 'Konsulenttjenester', 'consultants'],
  ['11950', 'Lisenser', 'licences_support'],
  ['11951', 'Vedlikehold og support', 'licences_support'],
  ['11400', 'Samband og linjeleie', 'network_telecom'],
  ['11300', 'Telefoni', 'network_telecom'],
  ['16200', 'Refusjoner og salg', 'income'],
  ['17000', 'Refusjon fra staten', 'income'],
];

// seed 002 §1.1, per 1.11.2024, tall i hele 1000
const BUDGET_2024: [ExpenseType, number, number, number, string][] = [
  ['salaries', 32_527, 29_725, 23_957, 'Vakanser og en senere ansettelse enn planlagt'],
  ['staff_premises', 3_440, 3_422, 3_093, ''],
  ['purchase_leasing', 326, 127, 101, ''],
  ['consultants', 500, 2_683, 2_683, 'Innleid bistand mens stillinger står vakante'],
  ['licences_support', 53_174, 54_648, 53_918, 'Prisøkning på Microsoft-avtalen'],
  ['network_telecom', 4_442, 4_292, 3_793, ''],
  ['income', -4_932, -7_356, -7_103, 'Tilskudd til valg og lærlinger'],
];

const BUDGET_2025: [ExpenseType, number][] = [
  ['salaries', 30_100],
  ['staff_premises', 3_300],
  ['purchase_leasing', 300],
  ['consultants', 500],
  ['licences_support', 54_800],
  ['network_telecom', 4_300],
  ['income', -4_861],
];

// seed 002 §1.2: prosjekt, regnskap, årsbudsjett, prognose (hele 1000)
const PROJECTS_2024: [string, number, number, number | null][] = [
  ['Innbyggerportal', 25, 600, 400],
  ['Videreutvikling P360 og M365', 276, 300, 200],
  ['Helseplattformen', 101, 0, 101],
  ['Digitalisering teknisk sektor', 376, 900, 500],
  ['Visma Enterprise+', 273, 500, 300],
  ['App-utvikling', 1_384, 885, 1_885],
  ['Uforutsette kommuneprosjekter', 686, 300, 500],
  ['Grunnmur del 3', 154, 4_000, 1_500],
  ['Beredskapsplattform', 0, 1_315, 0],
  ['Uforutsette tiltak infrastruktur', 0, 200, 200],
];

// seed 002 §1.5: investeringsplan 2025 (kr)
const PLAN_2025: [string, string, string, number][] = [
  ['Kommuneprosjekter', 'Portal og innbyggerdialog', 'Innbyggerportal og MinSide videreutvikles', 300_000],
  ['Kommuneprosjekter', 'Teknisk sektor', 'Oppgradering av SD-anlegg, teknisk/historisk arkiv, integrasjoner', 700_000],
  [
    'Kommuneprosjekter',
    'Oppvekst og utdanning',
    'Skoleadministrativt system, Visma Flyt Samspill, PPT-system',
    300_000,
  ],
  [
    'Kommuneprosjekter',
    'Helse, omsorg og velferd',
    'Trygghetspakken, DigiBarnevern, velferdsteknologisk knutepunkt',
    700_000,
  ],
  ['Kommuneprosjekter', 'Videreutvikling P360 og M365', 'Teams-integrasjon til P360, eInnsyn, postmottak', 500_000],
  ['Kommuneprosjekter', 'Lønn, økonomi og personal', 'Integrasjoner i LØP', 300_000],
  ['Kommuneprosjekter', 'App-utvikling', 'Plattform for Rakel, automatisering, robotisering', 1_200_000],
  ['Kommuneprosjekter', 'Uforutsette kommuneprosjekter', 'Til disposisjon, iht. styrevedtak 46/15', 500_000],
  [
    'Infrastruktur',
    'Brannmurinfrastruktur',
    'Brannmurprosjekt inkl. teknisk utstyr, lisenser, design og bistand',
    6_000_000,
  ],
  [
    'Infrastruktur',
    'Utbedring av nettverksinfrastruktur',
    'Økt sikkerhet og kvalitet i nettverk mellom kommunene',
    500_000,
  ],
  ['Infrastruktur', 'Uforutsette tiltak infrastruktur', 'Til disposisjon, iht. styrevedtak 46/15', 500_000],
];

// 2025 drivers per owner (service consumption), chosen near the shares of seed 002 §1.2
const DRIVERS_2025: Record<(typeof OWNERS)[number], Partial<Record<Driver, number>>> = {
  aukra: {
    population: 3_600,
    users_admin: 180,
    users_school: 420,
    users_health: 260,
    pcs: 520,
    ftes: 310,
    locations: 14,
    switches: 38,
    wireless_antennas: 95,
    leased_lines: 6,
  },
  hustadvika: {
    population: 13_400,
    users_admin: 450,
    users_school: 1_050,
    users_health: 640,
    pcs: 1_290,
    ftes: 770,
    locations: 34,
    switches: 95,
    wireless_antennas: 230,
    leased_lines: 14,
  },
  molde: {
    population: 32_200,
    users_admin: 1_110,
    users_school: 2_600,
    users_health: 1_590,
    pcs: 3_210,
    ftes: 1_910,
    locations: 84,
    switches: 236,
    wireless_antennas: 575,
    leased_lines: 34,
  },
  rauma: {
    population: 7_400,
    users_admin: 270,
    users_school: 640,
    users_health: 390,
    pcs: 790,
    ftes: 470,
    locations: 21,
    switches: 58,
    wireless_antennas: 140,
    leased_lines: 9,
  },
  vestnes: {
    population: 6_700,
    users_admin: 300,
    users_school: 700,
    users_health: 430,
    pcs: 860,
    ftes: 510,
    locations: 22,
    switches: 63,
    wireless_antennas: 155,
    leased_lines: 9,
  },
};
const WEIGHTS_2025: [Driver, string][] = [
  ['users_admin', '15'],
  ['users_school', '10'],
  ['users_health', '15'],
  ['pcs', '25'],
  ['ftes', '20'],
  ['locations', '5'],
  ['switches', '4'],
  ['wireless_antennas', '3'],
  ['leased_lines', '3'],
];

const MEASURES_2025: [string, number, string][] = [
  [
    'Redusere årsverk',
    4_079_000,
    'IKT-tjenestene leveres med dårligere kvalitet; lengre ventetid på henvendelser til brukerstøtte og mindre tid til proaktivt arbeid.',
  ],
  [
    'Avslutte programvareavtaler',
    297_000,
    'Rimeligere erstatningsprogramvare og opplæring; mer manuelt arbeid for universell utforming.',
  ],
  ['Bytte endepunktsikkerhet', 2_200_000, 'Mindre helhetlig løsning og noe økt risiko for sikkerhetshendelser.'],
  ['Riktigere lisensiering', 500_000, 'Krever organisasjonsendring og opplæring; usikkerhet som må utredes nærmere.'],
  ['Diverse justeringer', 635_000, 'Servering ved heldagsmøter reduseres; samkjøring av varslingssystemer.'],
];

/** Split `total` into `n` whole parts that add up (for monthly actuals). */
const spread = (total: number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.floor((total * (i + 1)) / n) - Math.floor((total * i) / n));

export async function seedEconomyDemo(db: Db, cooperationId: string, memberIds: Map<string, string>, now: Date) {
  const id = (code: string) => memberIds.get(code)!;
  const key = async (year: number, purpose: 'operating' | 'investment', spec: KeySpec, decision: string) => {
    const shares = computeShares(spec);
    await repo.saveKey(db, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      year,
      purpose,
      kind: spec.kind,
      spec: spec as unknown as Record<string, unknown>,
      shares: shares.map((s) => ({ memberId: s.member, exact: toExact(s.share) })),
      decision,
      created_at: now,
    });
  };

  // ---- keys
  const pct2024 = ['8,09', '19,72', '47,10', '12,31', '12,78'];
  await key(
    2024,
    'operating',
    { kind: 'fixed', percentages: Object.fromEntries(OWNERS.map((c, i) => [id(c), pct2024[i]!])) },
    'Sak 2023/M6-004 Budsjett 2024',
  );
  const invParts = ['897', '2235', '5536', '1347', '1485'];
  for (const year of [2024, 2025])
    await key(
      year,
      'investment',
      {
        kind: 'fixed',
        percentages: Object.fromEntries(OWNERS.map((c, i) => [id(c), invParts[i]!])),
        normalize: true,
      },
      'Fordeling av investeringsrammen (sak 2024/M7-004)',
    );
  await repo.upsertDriverValues(
    db,
    cooperationId,
    2025,
    OWNERS.flatMap((c) =>
      Object.entries(DRIVERS_2025[c]).map(([driver, value]) => ({ memberId: id(c), driver: driver as Driver, value })),
    ),
    now,
  );
  await key(
    2025,
    'operating',
    {
      kind: 'formula',
      equal: '0',
      drivers: WEIGHTS_2025.map(([driver, weight]) => ({ driver, weight })),
      values: Object.fromEntries(OWNERS.map((c) => [id(c), DRIVERS_2025[c] as Record<string, number>])),
    },
    'Fordelingsmodell basert på tjenesteuttak (samarbeidsrådet 05.01.2023)',
  );

  // ---- frames
  const year = (y: number, set: Partial<Parameters<typeof repo.saveYear>[1]>) =>
    repo.saveYear(db, {
      cooperation_id: cooperationId,
      year: y,
      operating_total_ore: null,
      host_member_id: null,
      host_frame_ore: null,
      host_share: null,
      investment_frame_ore: null,
      carry_over_ore: 0,
      carry_over_decision: '',
      updated_at: now,
      ...set,
    });
  await year(2024, { operating_total_ore: 89_477 * T, investment_frame_ore: 9_000 * T });
  await year(2025, {
    operating_total_ore: 88_439 * T,
    host_member_id: id('molde'),
    host_frame_ore: 42_539 * T,
    host_share: '48,10',
    investment_frame_ore: 11_500 * T,
    carry_over_ore: 2_720 * T,
    carry_over_decision:
      'Mindreforbruket i 2024 (3,4 mill. kr = 2,72 mill. kr eks. mva) overføres til 2025 (sak 2024/M7-004)',
  });
  for (const y of [2026, 2027, 2028]) await year(y, { investment_frame_ore: 9_000 * T });

  // ---- operating budget, accounts and actuals
  await repo.upsertAccounts(
    db,
    cooperationId,
    ACCOUNTS.map(([account, name, expenseType]) => ({ account, name, expenseType })),
  );
  for (const [expenseType, budget, forecast, , comment] of BUDGET_2024)
    await repo.upsertBudgetLine(db, {
      cooperation_id: cooperationId,
      year: 2024,
      expense_type: expenseType,
      budget_ore: budget * T,
      forecast_ore: forecast * T,
      forecast_comment: comment,
      updated_at: now,
    });
  for (const [expenseType, budget] of BUDGET_2025)
    await repo.upsertBudgetLine(db, {
      cooperation_id: cooperationId,
      year: 2025,
      expense_type: expenseType,
      budget_ore: budget * T,
      forecast_ore: null,
      forecast_comment: '',
      updated_at: now,
    });
  const importId = crypto.randomUUID();
  const actuals: Parameters<typeof repo.insertActuals>[1] = [];
  for (const [expenseType, , , actual] of BUDGET_2024) {
    const accounts = ACCOUNTS.filter((a) => a[2] === expenseType).map((a) => a[0]);
    // per account (the first takes the rounding), then per month January–October
    const perAccount = spread(actual * T, accounts.length);
    accounts.forEach((account, i) => {
      spread(perAccount[i]!, 10).forEach((amount, m) => {
        actuals.push({
          cooperation_id: cooperationId,
          year: 2024,
          period: m + 1,
          account,
          amount_ore: amount,
          import_id: importId,
        });
      });
    });
  }
  await repo.insertActualImport(db, {
    id: importId,
    cooperation_id: cooperationId,
    year: 2024,
    file_name: 'regnskap-2024-01-10.csv',
    sha256: '',
    rows: actuals.length,
    periods: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    total_ore: actuals.reduce((a, r) => a + r.amount_ore, 0),
    imported_at: now,
    imported_by: 'system',
  });
  await repo.insertActuals(db, actuals);

  // ---- investments
  let sort = 0;
  for (const [name, actual, budget, forecast] of PROJECTS_2024)
    await repo.insertProject(db, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      year: 2024,
      area: '',
      name,
      description: '',
      budget_ore: budget * T,
      actual_ore: actual * T,
      forecast_ore: forecast === null ? null : forecast * T,
      deadline: '2024-12-31',
      sort: sort++,
      updated_at: now,
    });
  sort = 0;
  for (const [area, name, description, amount] of PLAN_2025)
    await repo.insertProject(db, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      year: 2025,
      area,
      name,
      description,
      budget_ore: amount * KR,
      actual_ore: 0,
      forecast_ore: null,
      deadline: '2025-12-31',
      sort: sort++,
      updated_at: now,
    });

  // ---- this year, when the demo runs after the seed's years: the figures of 2024 again, with actuals
  // through the last complete month, so that this month's economy and activity report has its tables
  const today = osloDate(now);
  const thisYear = Number(today.slice(0, 4));
  const lastMonth = Number(today.slice(5, 7)) - 1;
  if (thisYear > 2025 && lastMonth >= 1) {
    for (const [expenseType, budget, forecast, , comment] of BUDGET_2024)
      await repo.upsertBudgetLine(db, {
        cooperation_id: cooperationId,
        year: thisYear,
        expense_type: expenseType,
        budget_ore: budget * T,
        forecast_ore: forecast * T,
        forecast_comment: comment,
        updated_at: now,
      });
    const thisImport = crypto.randomUUID();
    const rows: Parameters<typeof repo.insertActuals>[1] = [];
    for (const [expenseType, , , actual] of BUDGET_2024) {
      const accounts = ACCOUNTS.filter((a) => a[2] === expenseType).map((a) => a[0]);
      const perAccount = spread(actual * T, accounts.length);
      accounts.forEach((account, i) => {
        spread(perAccount[i]!, lastMonth).forEach((amount, m) => {
          rows.push({
            cooperation_id: cooperationId,
            year: thisYear,
            period: m + 1,
            account,
            amount_ore: amount,
            import_id: thisImport,
          });
        });
      });
    }
    await repo.insertActualImport(db, {
      id: thisImport,
      cooperation_id: cooperationId,
      year: thisYear,
      file_name: `regnskap-${thisYear}-01-${String(lastMonth).padStart(2, '0')}.csv`,
      sha256: '',
      rows: rows.length,
      periods: Array.from({ length: lastMonth }, (_, i) => i + 1),
      total_ore: rows.reduce((a, r) => a + r.amount_ore, 0),
      imported_at: now,
      imported_by: 'system',
    });
    await repo.insertActuals(db, rows);
    sort = 0;
    for (const [name, actual, budget, forecast] of PROJECTS_2024)
      await repo.insertProject(db, {
        id: crypto.randomUUID(),
        cooperation_id: cooperationId,
        year: thisYear,
        area: '',
        name,
        description: '',
        budget_ore: budget * T,
        actual_ore: actual * T,
        forecast_ore: forecast === null ? null : forecast * T,
        deadline: `${thisYear}-12-31`,
        sort: sort++,
        updated_at: now,
      });
  }

  // ---- chargeable services (seed 004) and savings measures
  const e1 = crypto.randomUUID();
  const mdm = crypto.randomUUID();
  await repo.insertService(db, {
    id: e1,
    cooperation_id: cooperationId,
    name: 'Office 365 E1 for politikere',
    per: 'month',
    price_ore: 9212,
    description: 'Lisens for folkevalgte, faktureres kommunen per konto',
  });
  await repo.insertService(db, {
    id: mdm,
    cooperation_id: cooperationId,
    name: 'Enhetshåndtering (flåtestyring)',
    per: 'month',
    price_ore: 2500,
    description: 'Per enhet per måned',
  });
  const e1Counts = { aukra: 100, rauma: 86, vestnes: 75, hustadvika: 35, molde: 120 };
  const mdmCounts = { aukra: 40, rauma: 30, vestnes: 25, hustadvika: 60, molde: 150 };
  for (const y of [2024, 2025])
    await repo.upsertServiceQuantities(db, cooperationId, y, [
      ...Object.entries(e1Counts).map(([c, quantity]) => ({ serviceId: e1, memberId: id(c), quantity })),
      ...Object.entries(mdmCounts).map(([c, quantity]) => ({ serviceId: mdm, memberId: id(c), quantity })),
    ]);
  sort = 0;
  for (const [title, amount, consequence] of MEASURES_2025)
    await repo.insertMeasure(db, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      year: 2025,
      title,
      amount_ore: amount * KR,
      consequence,
      sort: sort++,
    });
}
