// The council's meetings reconstructed from the seed documents (002: case package of 14.11.2024,
// 003: its minutes, 004: minutes of 13.12.2023). Case texts, decisions and discussions are the
// documents' own; people are the demo's fictional people (see seed.ts), mapped by their role.
import type { CaseKind } from '../modules/governance/documents/model.ts';

/** A person of the demo, referred to by key below. */
export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  /** member code (seed.ts MEMBERS) the person represents */
  member: string;
  title: string;
  /** role in the council; null for people who only attend a case */
  councilRole: 'chair' | 'member' | 'deputy' | 'secretary' | 'union_rep' | null;
}

export interface DemoCase {
  title: string;
  /** a person key, or a free text such as 'Alle' */
  owner: string;
  kind: CaseKind;
  background: string;
  proposedDecision: string;
  /** null when the document does not record a decision */
  decision: string | null;
  discussion: string;
  /** person keys of people who took part in this case only ("Deltok") */
  guests?: string[];
}

export interface DemoMeeting {
  /** as the documents number it; the demo locks these numbers (the notice was sent) */
  year: number;
  number: number;
  date: string;
  start: string;
  end: string;
  place: string;
  present: string[];
  absent: string[];
  minuteTaker: string | null;
  chair: string | null;
  /** every case in agenda order, the two opening cases included */
  cases: DemoCase[];
}

// People, mapped by role from the real attendees. The five kommunedirektører are the current contacts
// of seed.ts MEMBERS (Rauma: Tor Åndalsnes until 2023-12-31, then Hanne Romsdal). The leader is the
// demo user Leif Leder. The minute-taker, the records-management adviser and the two extra attendees
// from the host municipality are invented; their titles are guesses.
export const DEMO_GOVERNANCE_PEOPLE: DemoPerson[] = [
  {
    key: 'kari',
    name: 'Kari Nordvik',
    email: 'kari.nordvik@molde.kommune.no',
    member: 'molde',
    title: 'Kommunedirektør',
    councilRole: 'chair',
  },
  {
    key: 'leif',
    name: 'Leif Leder',
    email: 'leder@ror-ikt.no',
    member: 'molde',
    title: 'Leder ROR-IKT',
    councilRole: 'member',
  },
  {
    key: 'per',
    name: 'Per Gjerde',
    email: 'rad@aukra.kommune.no',
    member: 'aukra',
    title: 'Kommunedirektør',
    councilRole: 'member',
  },
  {
    key: 'siri',
    name: 'Siri Elnesvågen',
    email: 'siri.elnesvagen@hustadvika.kommune.no',
    member: 'hustadvika',
    title: 'Kommunedirektør',
    councilRole: 'member',
  },
  {
    key: 'tor',
    name: 'Tor Åndalsnes',
    email: 'tor.andalsnes@rauma.kommune.no',
    member: 'rauma',
    title: 'Kommunedirektør',
    councilRole: 'member',
  },
  {
    key: 'hanne',
    name: 'Hanne Romsdal',
    email: 'hanne.romsdal@rauma.kommune.no',
    member: 'rauma',
    title: 'Kommunedirektør',
    councilRole: 'member',
  },
  {
    key: 'lars',
    name: 'Lars Helland',
    email: 'lars.helland@vestnes.kommune.no',
    member: 'vestnes',
    title: 'Kommunedirektør',
    councilRole: 'member',
  },
  {
    key: 'silje',
    name: 'Silje Fannemel',
    email: 'silje.fannemel@ror-ikt.no',
    member: 'molde',
    title: 'Rådgiver ROR-IKT',
    councilRole: 'secretary',
  },
  {
    key: 'ingvild',
    name: 'Ingvild Moen',
    email: 'ingvild.moen@ror-ikt.no',
    member: 'molde',
    title: 'Rådgiver dokumentasjonsforvaltning',
    councilRole: null,
  },
  // Extra attendees from the host municipality, one per meeting as in the minutes; they hold no role.
  {
    key: 'jon',
    name: 'Jon Bolsøy',
    email: 'jon.bolsoy@molde.kommune.no',
    member: 'molde',
    title: 'Assisterende kommunedirektør',
    councilRole: null,
  },
  {
    key: 'randi',
    name: 'Randi Skaret',
    email: 'randi.skaret@molde.kommune.no',
    member: 'molde',
    title: 'Økonomisjef',
    councilRole: null,
  },
];

export const DEMO_COUNCIL_MEETINGS: DemoMeeting[] = [
  // 2023/M6 (seed 004). The minutes name no place and no minute-taker.
  {
    year: 2023,
    number: 6,
    date: '2023-12-13',
    start: '08:15',
    end: '11:00',
    place: '',
    present: ['leif', 'kari', 'per', 'siri', 'tor', 'lars', 'jon'],
    absent: [],
    minuteTaker: null,
    chair: 'kari',
    cases: [
      {
        title: 'Godkjenning av innkalling og saksliste',
        owner: 'kari',
        kind: 'decision',
        background: '',
        proposedDecision: 'Innkalling og saksliste godkjent.',
        decision: 'Innkalling og saksliste godkjent.',
        discussion: '',
      },
      {
        title: 'Godkjenning av møtereferat',
        owner: 'kari',
        kind: 'decision',
        background: '',
        proposedDecision: 'Møtereferat fra møtet 11.10.2023 godkjent.',
        decision: 'Møtereferat fra møtet 11.10.2023 godkjent.',
        discussion: '',
      },
      {
        title: 'Økonomi- og aktivitetsrapport',
        owner: 'leif',
        kind: 'information',
        background: '',
        proposedDecision: 'Saken tas til orientering.',
        decision: 'Saken tas til orientering.',
        discussion:
          'Leder ROR-IKT gjennomgikk rapporten.\n\n' +
          'Det ble påpekt at tabellen med driftsbudsjettet inneholdt en feil. Avvik mellom regnskap og årsbudsjett ' +
          'stemte ikke. Leder ROR-IKT antydet en regnefeil i tabellen, men at avviket var riktig oppført.\n\n' +
          'Antall PC-er for utskiftning for Hustadvika er feil angitt – for mange utløpte PC-er er tatt med.',
      },
      {
        title: 'Orienteringssaker',
        owner: 'leif',
        kind: 'information',
        background:
          'Samarbeidsrådet orienteres om følgende saker:\n\n' +
          '• Status PC-anskaffelsen\n' +
          '• Status sikkerhetspartner-anskaffelsen\n' +
          '• Anskaffelse kontraktadministrasjonsverktøy\n' +
          '• ROR-IKT support for politikere\n' +
          '• Fremtidsvisjon dokumentasjonsforvaltning',
        proposedDecision: 'Saken tas til orientering.',
        decision: 'Saken tas til orientering.',
        discussion:
          'Samarbeidsrådet ble gitt en kort orientering om følgende saker:\n\n' +
          '• Status PC-anskaffelsen: Det ble gjort en tildeling og det kom ingen klager i karenstiden. Det betyr at ' +
          'vi fortsetter med Dustin som leverandør og konkrete modeller blir tatt fram.\n' +
          '• Status sikkerhetspartner-anskaffelsen: Atea ble utropt som vinner av konkurransen. ROR Innkjøp har ' +
          'startet kontraktsarbeidet. Det foreligger ikke en konkret prislapp for vår del av avtalen. ROR-IKT vil gå ' +
          'i dialog med leverandør for å utarbeide et beslutningsgrunnlag.\n' +
          '• Anskaffelse kontraktadministrasjonsverktøy: Arbeidet med anskaffelse av kontraktadministrasjonsverktøy ' +
          'skrider fram. ROR-IKT har vært i kontakt med Ålesund kommune samt 5 ulike leverandører for å komme i gang ' +
          'med kravspesifikasjonen. Samarbeidsrådet ønsket demonstrasjon av verktøyet for å se nytten av det.\n' +
          '• ROR-IKT support for politikere: Kartleggingen viser ulik praksis i dag – 4 ulike prinsipper i de 5 ' +
          'kommunene. Til tross for ønske om standardisering, ser vi at økte kostnader medfører ønske om rimelige ' +
          'løsninger. Aukra uttrykte dog ønske om en løsning for sin kommune. Vi vil derfor utarbeide en tjeneste for ' +
          'dette for Aukra og presentere denne til samarbeidsrådet når denne er ferdig.\n' +
          '• Fremtidsvisjon dokumentasjonsforvaltning: Rådgiver dokumentasjonsforvaltning presenterte en visjon for ' +
          'den fremtidige dokumentasjonsforvaltningen. Mye kan gjøres enklere og mye kan automatiseres.',
        guests: ['silje', 'ingvild'],
      },
    ],
  },
  // 2024/M6 on 9.10.2024: no notice or minutes of it are among the seeds; seed 002 only refers to it
  // (cases 2024/M6-003 and -004). Time is not known: 08:15–11:00 as the other meetings; place, attendees
  // and minute-taker are unknown. Decisions only where seed 002 states them.
  {
    year: 2024,
    number: 6,
    date: '2024-10-09',
    start: '08:15',
    end: '11:00',
    place: '',
    present: [],
    absent: [],
    minuteTaker: null,
    chair: 'kari',
    cases: [
      {
        title: 'Godkjenning av innkalling og saksliste',
        owner: 'kari',
        kind: 'decision',
        background: '',
        proposedDecision: 'Innkalling og saksliste godkjennes',
        decision: null,
        discussion: '',
      },
      {
        title: 'Godkjenning av møtereferat',
        owner: 'kari',
        kind: 'decision',
        background: '',
        proposedDecision: 'Møtereferat fra forrige møte godkjennes',
        decision: null,
        discussion: '',
      },
      {
        title: 'Økonomi- og aktivitetsrapport',
        owner: 'leif',
        kind: 'information',
        background:
          'Saken gjelder orientering om økonomistatus og oversikt over aktiviteter for ROR-IKT siden forrige ' +
          'rapportering, knyttet til samarbeidsavtalen.\n\n' +
          'Rapporten inneholder en prognose på et mindreforbruk av investeringsmidler for 2024. Per 1.10.2024 er ' +
          'mindreforbruket estimert til 3,4 mill. kr (= 2,72 mill. kr eks. mva).',
        proposedDecision: 'Saken tas til orientering',
        decision: null,
        discussion: '',
      },
      {
        title: 'Budsjett 2025',
        owner: 'leif',
        kind: 'decision',
        background: 'Et forslag til budsjett 2025 på 96,343 mill. kr legges fram i revidert form.',
        // seed 002 does not state the proposed decision
        proposedDecision: '',
        decision:
          'Forslaget til budsjett 2025 på 96,343 mill. kr ble ikke antatt. Samarbeidsrådet oppfordret ROR-IKT til ' +
          'å komme med et nytt forslag på nivå med inneværende års budsjett.',
        discussion: '',
      },
    ],
  },
  // 2024/M7 (seeds 002 and 003).
  {
    year: 2024,
    number: 7,
    date: '2024-11-14',
    start: '08:15',
    end: '11:00',
    place: 'Del (Storgata 33, 3. etg.)',
    present: ['leif', 'kari', 'per', 'siri', 'hanne', 'lars', 'randi', 'silje'],
    absent: [],
    minuteTaker: 'silje',
    chair: 'kari',
    cases: [
      {
        title: 'Godkjenning av innkalling og saksliste',
        owner: 'kari',
        kind: 'decision',
        background: '',
        proposedDecision: 'Innkalling og saksliste godkjennes',
        decision: 'Innkalling og saksliste godkjennes',
        discussion: '',
      },
      {
        title: 'Godkjenning av møtereferat',
        owner: 'kari',
        kind: 'decision',
        background: '',
        proposedDecision: 'Møtereferat fra møtet 9.10.2024 godkjennes',
        decision: 'Møtereferat fra møtet 9.10.2024 godkjennes',
        discussion: '',
      },
      {
        title: 'Økonomi- og aktivitetsrapport',
        owner: 'leif',
        kind: 'information',
        background:
          'Saken gjelder orientering om økonomistatus og oversikt over aktiviteter for ROR-IKT siden forrige ' +
          'rapportering.\n\n' +
          'Driftskostnadene per 1.11.2024 viser at vi fortsatt ligger an til et estimert mindreforbruk på 1,936 ' +
          'mill. kr.\n\n' +
          'For investeringene innser vi nå at vi ikke vil klare å gjennomføre brannmuranskaffelsen, og vil fokusere ' +
          'på fornying av backup-infrastruktur. Vi styrer derfor fortsatt mot et mindreforbruk, per nå estimert til ' +
          '3,414 mill. kr.',
        proposedDecision: 'Saken tas til orientering',
        decision: 'Saken tas til orientering',
        discussion:
          'Leder ROR-IKT trakk fram de aller viktigste momentene i rapporten:\n\n' +
          '• Endret tidsplan for KI i turnusplanlegging\n' +
          '• Kompetanseportalen får mange besøk – positivt etter omleggingen av menystrukturen\n' +
          '• Rakel kobles sammen med Copilot Studio for å teste ut om vi får den forventede effekten av en smartere ' +
          'Rakel.',
      },
      {
        title: 'Budsjett 2025',
        owner: 'leif',
        kind: 'information',
        background:
          'Foreslått budsjett for 2025 på 88,439 mill. kr (drift) og 11,5 mill. kr (investering) legges fram for ' +
          'samarbeidsrådet til orientering.\n\n' +
          'Et forslag til budsjett 2025 på 96,343 mill. kr ble framlagt i revidert form i sak 2024/M6-004. Dette ' +
          'forslaget ble ikke antatt, og samarbeidsrådet oppfordret ROR-IKT til å komme med et nytt forslag på nivå ' +
          'med inneværende års budsjett. I arbeidet med budsjettet ble rammen for Molde kommunes andel av ROR-IKTs ' +
          'budsjett satt ned til 42,539 mill. kr. Da Molde kommunes andel utgjør 48,1 % av budsjettet, blir ' +
          'budsjettet 88,439 mill. kr. Dette tilsvarer en reduksjon på 1,2 % fra 2024. Budsjettet er basert på et ' +
          'lønnsoppgjør for 2024 på 5,2 % og for 2025 på 4,6 %; andre kostnader er justert for en antatt prisvekst ' +
          'på 3,5 %.\n\n' +
          'For å møte denne rammen har vi identifisert følgende tiltak, som til sammen utgjør innsparinger på 7,711 ' +
          'mill. kr:\n\n' +
          '• Redusere årsverk: fire vakanser besettes ikke, og frikjøp av en Mac-ressurs og traineeordningen avsluttes ' +
          '(4,079 mill. kr)\n' +
          '• Avslutte programvareavtaler for nanolæring (Junglemap), spørreundersøkelser (Questback) og webside ' +
          'kontroll (knappe 300 000 kr)\n' +
          '• Bytte endepunktssikkerhet: Microsoft sikkerhetsprogramvare byttes ut med en rimeligere variant (rundt ' +
          '2,2 mill. kr)\n' +
          '• Riktigere lisensiering: mange brukere innen helse trenger ikke e-post i arbeidshverdagen (rundt 500 000 ' +
          'kr)\n' +
          '• Diverse justeringer av poster i budsjettet (rundt 635 000 kr)\n\n' +
          'Konsekvensene for kommunene vil være at IKT-tjenestene leveres med dårligere kvalitet: lengre ventetid på ' +
          'brukerstøtte, mindre tid til proaktive aktiviteter og lavere kapasitet til å følge opp nye prosjekter og ' +
          'digitaliseringsprosjekter. Ny løsning for endepunktssikkerhet vil være mindre helhetlig og kan medføre en ' +
          'noe økt risiko for sikkerhetshendelser.\n\n' +
          'Kostnadsfordelingen bygger på modellen basert på tjenesteuttak som kommunedirektørene ble enige om ' +
          '05.01.2023. Fordelingen for 2025 blir: Aukra 7,83 % (6,925 mill. kr), Hustadvika 19,39 % (17,148 mill. ' +
          'kr), Molde 48,10 % (42,539 mill. kr), Rauma 11,78 % (10,414 mill. kr) og Vestnes 12,91 % (11,414 mill. ' +
          'kr).\n\n' +
          'Rammen for investeringer er 9,0 mill. kr. Vi ber om at mindreforbruket i 2024, estimert til 3,4 mill. kr ' +
          '(2,72 mill. kr eks. mva), overføres til 2025 på grunn av behovet for større investeringer i ' +
          'brannmurinfrastruktur. Investeringsbudsjettet for 2025 blir da 11,5 mill. kr, hvorav 6,0 mill. kr til ' +
          'brannmursprosjektet.',
        proposedDecision: 'Saken tas til orientering',
        decision: 'Saken tas til orientering',
        discussion:
          'Leder ROR-IKT presenterte det endelige budsjettet for 2025 og hvilke tiltak som er iverksatt for å ' +
          'imøtekomme bestillingen om et budsjett på linje med 2024 og helst 1,5 % ned – se vedlagte presentasjon.\n\n' +
          'ROR-IKT sin ramme i Molde kommune sitt budsjett for 2025 er 42,539 mill. kr. Med en andel av ROR-IKT sitt ' +
          'budsjett på 48,1 % blir budsjettet for ROR-IKT på 88,439 mill. kr. En reduksjon på 1,2 % fra 2024.\n\n' +
          'For å oppnå dette med den bebudede økningen fra Microsoft på 5 mill. kr, er følgende tiltak identifisert ' +
          'og under gjennomføring:\n\n' +
          '1. Redusere årsverk => 4 stillinger tas bort + avslutning av frikjøp og trainee\n' +
          '2. Avslutte SW => Junglemap, Questback, webside kontroll\n' +
          '3. Bytte endepunktssikkerhet => mindre helhetlig løsning + noe mindre sikker løsning\n' +
          '4. Riktigere lisensiering => helsebrukere uten behov for e-post(?)\n' +
          '5. Nedjustering av ulike poster i budsjettet\n\n' +
          'Punkt 1 ovenfor vil kunne ha følgende konsekvenser på Kundeservice:\n\n' +
          '• Lengre ventetid for å få hjelp og løsning på feilene/problemene\n' +
          '• Mindre tid til proaktive aktiviteter som igjen vil medføre flere innrapporterte hendelser\n' +
          '• Fører til lavere produktivitet hos de ansatte\n\n' +
          'For ROR-IKT generelt vil dette punktet føre til:\n\n' +
          '• Lavere kapasitet generelt\n' +
          '• Prosjekter vil måtte utsettes/nedprioriteres/kuttes\n' +
          '• Digi-prosjekt blir ikke startet eller fulgt opp\n' +
          '• Utviklingstakten vil bli betydelig lavere, som vil kunne medføre at solo-prosjekter startes opp, som ' +
          'igjen vil kunne medføre dårligere sikkerhet og dårligere avtaler, og kan lede til mindre samkjøring og mer ' +
          'kostbare avtaler\n\n' +
          'I punkt 3 ovenfor påpekte ROR-IKT at bytting av endepunktsikkerhetsløsning vil gi mindre helhetlige ' +
          'tjenester, men understreket at sikkerheten vil være godt nok ivaretatt.\n\n' +
          'Punkt 4 ovenfor handler om muligheten for å kutte ut e-post til utvalgte grupper innenfor helse og ' +
          'omsorg. Tiltaket er noe usikkert både med tanke på funksjon og innsparingsmuligheter, men vil bli ' +
          'utforsket ifbm. ny enterprise-avtale hos Microsoft. Denne skal være ferdig forhandlet i slutten av januar ' +
          '2025.\n\n' +
          'Leder ROR-IKT presenterte så den nye fordelingen mellom kommunene for budsjettåret 2025: Aukra 7,83 %, ' +
          'Hustadvika 19,39 %, Molde 48,10 %, Rauma 11,78 % og Vestnes 12,91 %.\n\n' +
          'Videre ble økonomiplanen 2026–2027 for Molde kommune presentert og diskutert. Denne inneholder ytterligere ' +
          'rammekutt for ROR-IKT på 3,773 mill. kr i 2026 og 0,574 mill. kr i 2027. Leder ROR-IKT påpekte at disse ' +
          'kuttene vil kunne medføre ytterligere bemanningsreduksjoner da lisens- og vedlikeholdskostnader utgjør ' +
          '60 % av ROR-IKT sitt budsjett, mens lønn utgjør kun 30 %. Lisens- og vedlikeholdskostnader går til ' +
          'tjenester og produkter kommunene er avhengig av i sitt virke og lar seg ikke lett redusere. Svaret på ' +
          'ytterligere rammekutt blir derfor videre nedbemanning. Dette vil også skje ved innføring av nye ' +
          'digitaliseringsinitiativer hvor ROR-IKT må bære kostnadsøkningen dette medfører.\n\n' +
          'Noen av kommunedirektørene påpekte nødvendigheten av å øke rammene i slike situasjoner, men dette ble ikke ' +
          'understøttet av vertskommunedirektøren som mente alle må bidra i effektivisering og at ingen enheter kan ' +
          'bli skjermet.\n\n' +
          'Hustadvika påpekte at kutt kommer «overalt» og var innforstått med at dette betyr redusert kvalitet på ' +
          'tjenestene.\n\n' +
          'Leder ROR-IKT avsluttet med tre alternativer for veien framover. Kostnadene for lisens/vedlikehold:\n\n' +
          '1. blir hos ROR-IKT, men merkostnader dekkes inn gjennom økt ramme\n' +
          '2. slik de er nå (= baseline), dekkes av ROR-IKT, men nye kostnader heretter viderefaktureres\n' +
          '3. overføres til kommunene – budsjettet til ROR-IKT reduseres tilsvarende\n\n' +
          'Leder ROR-IKT legger fram sak i neste møte i samarbeidsrådet som utreder de tre alternativene ovenfor.',
      },
      {
        title: 'Prosjektskjønn',
        owner: 'Alle',
        kind: 'discussion',
        background:
          'Statsforvalteren kunngjorde fordelingen av prosjektskjønn for 2025 den 7. oktober 2024. ' +
          'Romsdalskommunene er tildelt prosjektskjønn til interkommunalt samarbeid om regnskap (Molde, Aukra, ' +
          'Hustadvika, Rauma og Vestnes; 500 000 kr) og interkommunalt samarbeid om lønn (også med Ålesund).\n\n' +
          'Statsforvalterens merknad til tildelingen: «Prosjekta vert sett i samanheng med kvarandre og det vert føresett at prosjekta ' +
          'vert slått saman. Grunnavtalen blei ikkje vedtatt i formannskapet og er sendt tilbake til ' +
          'administrasjonen. Statsforvaltaren forutset vedtak for å innvilge.»\n\n' +
          'Grunnavtalen kan være ganske enkel – se vedlagte generiske eksempel framlagt basert på Ålesund kommunes ' +
          'grunnavtale.\n\n' +
          'Leder ROR-IKT inviterer til diskusjon rundt temaet:\n\n' +
          '1. skal deltakerkommunene starte opp utredninger for samarbeid på lønn og regnskap?\n' +
          '2. er det en utfordring med avvikende deltakerkommuner i de to utredningene?\n' +
          '3. skal ROR-IKT ha en rolle i utredningsarbeidet eller er dette et rent fagorientert arbeid?',
        proposedDecision:
          'Avventer svar fra Ålesund og Kristiansund før beslutning om oppstart og politisk forankring gjennomføres.',
        decision:
          'Avventer svar fra Ålesund og Kristiansund før beslutning om oppstart og politisk forankring gjennomføres.',
        discussion:
          'Statsforvalteren kunngjorde fordelingen av prosjektskjønn for 2025 den 7. oktober 2024. Leder ROR-IKT ' +
          'inviterte til en diskusjon om veien videre.\n\n' +
          'Det var noe ulik oppfatning av stemningen politisk for å gå videre med dette – noen positive og noen «litt ' +
          'lunkne». Vertskommunedirektøren avventer svar fra Ålesund og Kristiansund før vi evt. går videre med ' +
          'prosjektet og distribuerer underlaget til politisk behandling.\n\n' +
          'Punkt 3 i saksfremlegget avgjøres på et senere tidspunkt.',
      },
      {
        title: 'Møtefrekvens i samarbeidsrådet',
        owner: 'leif',
        kind: 'decision',
        background:
          'Molde kommune er vertskommune for flere administrative vertskommunesamarbeid. Fra høsten 2024 endrer ' +
          'Molde kommune på rutine for dialog og oppfølging av samarbeidsavtalene, og kalte derfor inn til et samlet ' +
          'møte i forkant av budsjettbehandling. Denne endringen ble for øvrig formidlet til kommunedirektørene i ROR ' +
          'i møte onsdag 8. mai 2024.\n\n' +
          'Leder ROR-IKT rapporterte i møtet 9.10.2024 på:\n\n' +
          '1. økonomi- og aktivitetsrapport 2024 knyttet til samarbeidsavtale\n' +
          '2. budsjett 2025\n\n' +
          'Et nytt møte for oppfølging av samarbeidsavtalene vil bli gjennomført på våren med fokus på ' +
          'resultatoppnåelse foregående år samt fokus på aktiviteter som skal gjennomføres i tiden framover.\n\n' +
          'I lys av denne endringen av oppfølging og rapportering av samarbeidet ønsker leder ROR-IKT en diskusjon ' +
          'med samarbeidsrådet om møtefrekvensen i dette rådet.\n\n' +
          'ROR-IKT er sannsynligvis et mer omfattende vertskommunesamarbeid enn noen av de andre samarbeidene Molde ' +
          'kommune deltar i. Sakene som behandles er ofte av strategisk art, og samarbeidsrådet utgjør ' +
          'porteføljestyret for interkommunale initiativer for digital transformasjon. Det er derfor viktig at rådet ' +
          'møtes ofte nok til at beslutningspunkter i prosjektene kan gjennomføres.',
        proposedDecision:
          'Møtene i mars, mai og november avlyses. Møtene starter kl. 08:15 og avsluttes kl. 12:00 og kombineres med ' +
          'KD ROR-møtet.',
        decision:
          'Møtene i mars, mai og november avlyses. Møtene starter kl. 08:15 og avsluttes kl. 12:00 og kombineres med ' +
          'KD ROR-møtet.',
        discussion:
          'Molde kommune er vertskommune for flere administrative vertskommunesamarbeid. Fra høsten 2024 endrer ' +
          'Molde kommune på rutine for dialog og oppfølging av samarbeidsavtalene og møtene i samarbeidsrådet må ' +
          'tilpasses denne rutinen. Molde kommune vil gjennomføre to møter, vår og høst, for å følge opp ' +
          'samarbeidene.\n\n' +
          'I tilpasningen til møtefrekvens ble det poengtert av leder ROR-IKT at samarbeidsrådet er porteføljestyre ' +
          'for felles prosjekter i ROR-IKT. Det er derfor viktig at kommunedirektørene møtes mer enn to ganger i ' +
          'året.\n\n' +
          'Kommunedirektørene etterlyste de tidligere gjennomførte faste møtene i ROR-samarbeidet og ble enige om å ' +
          'samkjøre møtene i samarbeidsrådet for ROR-IKT etterfulgt av KD-møtene for Romsdal. Leder ROR-IKT kaller ' +
          'inn til møter i samarbeidsrådet i februar, april, juni, september, oktober og desember. Første del av ' +
          'møtet vies til samarbeidsrådet og andre del av møtet vies til ROR-samarbeidet.',
      },
      {
        title: 'Orienteringssaker',
        owner: 'leif',
        kind: 'information',
        background:
          'Samarbeidsrådet for ROR-IKT vil bli orientert om følgende saker:\n\n' +
          '• evaluering av og videre arbeid med dataplattformen\n' +
          '• arbeid med ny samstyringsstruktur\n' +
          '• kostnader i sky',
        proposedDecision: 'Sakene tas til orientering',
        decision: 'Sakene tas til orientering',
        discussion:
          'Samarbeidsrådet for ROR-IKT ble orientert om følgende saker:\n\n' +
          '• evaluering av og videre arbeid med dataplattformen\n' +
          '• arbeid med ny samstyringsstruktur\n' +
          '• kostnader i sky\n\n' +
          'Dataplattformen\n\n' +
          'Molde kommune har arbeidet med en dataplattform i skyen de siste 3–4 årene og denne evalueres nå. Arbeidet ' +
          'har gitt oss verdifulle erfaringer i muligheter og utfordringer, men det stilles spørsmål ved gevinst. Vi ' +
          'arbeider nå tett med leverandøren for å få nye forslag/tilbud. Vi ser også om kommunene ønsker å benytte ' +
          'gratis bistand fra leverandøren for å kvalitetssjekke data i ledningsnettet. Molde VA har så langt takket ' +
          'nei til dette prosjektet, men leder ROR-IKT ønsker en endelig avklaring med leder MVAKF før prosjektet ' +
          'skrinlegges for Molde sin del. De andre kommunene blir kontaktet for å sjekke interessen for en slik ' +
          'kvalitetssjekk.\n\n' +
          'I den endelige evalueringen vil vi ha tett dialog med Ålesund som har en egen instans av samme ' +
          'dataplattform.\n\n' +
          'Samstyringsstrukturen\n\n' +
          'Vår styringsstruktur med faggrupper, porteføljeråd (bestillerutvalg) og samarbeidsråd er under ' +
          'evaluering. Vi har innhentet informasjon om IKT Agder sin nye organisering og følger opp denne ' +
          'informasjonen med avklaringsmøte. Vi vil arbeide videre med forslag til en ny samstyringsstruktur som ' +
          'legges fram i møtet i samarbeidsrådet i februar 2025.\n\n' +
          'Skyreisen og kostnader\n\n' +
          'Vi har startet et arbeid med dette som legges fram som orienteringssak i neste møte i samarbeidsrådet.',
      },
    ],
  },
];
