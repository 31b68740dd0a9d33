// The demo's reports: the glossary of seed 002 §3, staffing and sick leave of seed 001 (2017–2021), and
// a draft economy and activity report for the last complete month with the texts of seed 002 in the
// customer-service, area and operations sections, ready for the leader to send for review.

import type { Db } from '../db/database.ts';
import { professionalAreas } from '../modules/governance/reporting.service.ts';
import * as repo from '../modules/reports/reports.repository.ts';
import type { RichBlock, RichDoc } from '../modules/reports/rich-text.ts';
import { osloDate } from '../shared/dates.ts';
import { uuidv7 } from '../shared/ids.ts';

const GLOSSARY: [string, string][] = [
  [
    'AD',
    'Active Directory (AD) er Microsofts katalogtjeneste for håndtering av brukere, brukerrettigheter og ressurskontroll.',
  ],
  [
    'API',
    'Application Programming Interface – kode som brukes for å utveksle data mellom to systemer eller apper uten at mennesker er involvert.',
  ],
  ['Aksesspunkt', 'Trådløst nettverkspunkt (WiFi).'],
  ['Automatisering', 'Teknikken å få systemer til å fungere uten, eller med liten grad av, menneskelig medvirkning.'],
  ['BIA-samtale', 'Business Impact Analyse (konsekvensanalyse).'],
  ['Digitalisering', 'Å benytte informasjonsteknologi til å endre måten vi gjør ting på.'],
  ['DPIA', 'Data Protection Impact Assessment (vurdering av personvernkonsekvenser).'],
  ['Entra ID', 'Microsofts skybaserte identitets- og tilgangsstyring (tidligere Azure AD).'],
  ['Intune', 'Microsofts tjeneste for flåtestyring av PC-er, nettbrett og telefoner.'],
  ['KI', 'Kunstig intelligens.'],
  ['ROS', 'Risiko- og sårbarhetsanalyse.'],
  ['SLA', 'Service Level Agreement – tjenestenivåavtalen mellom ROR-IKT og kommunene.'],
  ['SOC', 'Security Operations Center – tjenesten som overvåker og varsler om mulige sikkerhetsbrudd.'],
];

/** [year, fte, employees, women, men, sick leave %] — seed 001 §3.3–3.4 */
const STAFF: [number, number, number, number | null, number | null, number][] = [
  [2017, 24, 24, null, null, 3.88],
  [2018, 25, 25, null, null, 2.71],
  [2019, 25, 25, null, null, 3.48],
  [2020, 26, 26, null, null, 4.44],
  [2021, 26, 26, 4, 22, 1.22],
];

const text = (t: string) => ({ type: 'text' as const, text: t });
const p = (t: string): RichBlock => ({ type: 'paragraph', content: [text(t)] });
const h2 = (t: string): RichBlock => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] });
const ul = (...items: string[]): RichBlock => ({
  type: 'bulletList',
  content: items.map((i) => ({
    type: 'listItem' as const,
    content: [{ type: 'paragraph' as const, content: [text(i)] }],
  })),
});
const doc = (...content: RichBlock[]): RichDoc => ({ type: 'doc', content });

const SECTIONS: Record<string, RichDoc> = {
  customer_service: doc(
    p(
      'Vi har jobbet målrettet med å få fremdrift i eldre saker som av ulike årsaker har blitt liggende hos ROR-IKT. Dette gjelder særlig saker fra Hustadvika kommune.',
    ),
    p(
      'Varsel om mulig sikkerhetsbrudd har vært sterkt økende siste måned, og utgjør en betydelig del av henvendelsene inn til Kundeservice.',
    ),
  ),
  rotation: doc(
    p(
      'Kundeservice har fortsatt høyt fokus på bytteaktiviteten for Molde kommune. Vi fortsetter nå på Midsund, rådhuset og sentrumsområdet. Det største behovet nå er elev-PC-er.',
    ),
  ),
  rakel: doc(
    p('Det gjennomføres en Proof of Concept av chatbot Rakel med Copilot Studio. Målet er at Rakel skal:'),
    ul(
      'bli flinkere til å forstå hensikten i hva hun blir spurt om,',
      'finne innhold fra kilder hun har tilgang til, særlig Kompetanseportalen og kommunenes intranett,',
      'kunne presentere svar til brukeren på en tilfredsstillende måte.',
    ),
  ),
  operations: doc(
    p(
      'I tillegg til de vanlige prosjekter og arbeidsoppgaver beskrevet i denne rapporten, er det også jobbet spesifikt med følgende:',
    ),
    ul(
      'Nytt og oppdatert passordregelverk',
      'Oppgradering av identitetsløsningen lokalt i vår AD',
      'Bytte av sertifikater for å holde stabil og sikker drift videre',
      'Pilotert, testet og flyttet flere driftstjenester til Intune for klientdrift',
      'Oppgradert brannmurløsningene',
    ),
  ),
};

const AREA_TEXTS: Record<string, RichDoc> = {
  'Oppvekst og utdanning': doc(
    h2('Status diverse prosjekter'),
    ul(
      'Visma Flyt Samspill Molde – er i avslutningsfasen.',
      'Visma Flyt Samspill Hustadvika – kontrakt signert. Venter på oppstart.',
      'Edword plagiatkontrollen i Teams er aktivert for alle kommunene med unntak av Hustadvika.',
    ),
    h2('Beskytte barn på nett'),
    p(
      'Arbeidsgruppen skal utarbeide et forslag til hvordan skoleeier skal beskytte barn og unge på kommunenes digitale enheter og i kommunenes nettverk.',
    ),
  ),
  'Helse og velferd': doc(
    h2('Helseplattformen – rutiner'),
    p(
      'Systemadministratorer i Helseplattformen og ROR-IKT har satt i gang månedlige møter for å gå gjennom rutiner som innbefatter arbeid også fra ROR-IKT.',
    ),
    h2('KI-turnusgenerator'),
    p('Leverandøren er forsinket på utviklingen av KI-turnusgeneratoren, så piloteringen kommer i gang 1. desember.'),
  ),
};

/** Seed the demo's glossary, staffing figures and the draft report of the last complete month. */
export async function seedReportsDemo(db: Db, cooperationId: string, leader: { id: string; name: string }, now: Date) {
  for (const [term, definition] of GLOSSARY)
    await repo.insertTerm(db, { id: uuidv7(), cooperation_id: cooperationId, term, definition, updated_at: now });
  for (const [year, fte, employees, women, men, sick] of STAFF)
    await repo.upsertStaffYear(db, {
      cooperation_id: cooperationId,
      year,
      fte_tenths: fte * 10,
      employees,
      women,
      men,
      sick_leave_hundredths: Math.round(sick * 100),
      updated_at: now,
    });

  const today = osloDate(now);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const period = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const id = uuidv7();
  await repo.insertReport(db, {
    id,
    cooperation_id: cooperationId,
    kind: 'activity',
    period,
    version: 1,
    title: 'Økonomi- og aktivitetsrapport',
    document_owner: 'ROR-IKT',
    case_id: null,
    created_by: leader.id,
    created_at: now,
    updated_at: now,
  });
  const areas = await professionalAreas(db, cooperationId);
  const sections: [string, RichDoc][] = [
    ...Object.entries(SECTIONS),
    ...areas
      .filter((a) => AREA_TEXTS[a.title])
      .map((a): [string, RichDoc] => [`area:${a.bodyId}`, AREA_TEXTS[a.title]!]),
  ];
  for (const [key, body] of sections)
    await repo.upsertSection(db, {
      report_id: id,
      cooperation_id: cooperationId,
      key,
      body,
      by: leader.id,
      byName: leader.name,
      at: now,
    });
}
