// Demo help articles of Kompetanseportalen (ROR-IKT). Invented but realistic; addresses under ror-ikt.no are demo addresses.
export interface DemoArticle {
  /** unique, lowercase ascii kebab-case, e.g. 'teams-mote-opptak' */
  slug: string;
  kind: 'article' | 'elearning';
  title: string;
  /** one or two sentences */
  summary: string;
  /** the body in Markdown: '## ' and '### ' headings, paragraphs, '- ' lists, '1. ' lists, **bold**, *italic*, [text](https://…) links. No images, no tables, no HTML. */
  markdown: string;
  tags: string[];
  audience: 'everyone' | 'employees' | 'managers' | 'it_staff';
  /** names of service-catalogue items it concerns (only these exist): 'Ny brukerkonto', 'Tilgang til fagsystem', 'Installere programvare', 'PC utenom rullering', 'Mobiltelefon', 'Microsoft 365 E1-lisens' */
  services?: string[];
  /** member codes it applies to when not all: 'molde', 'aukra', 'hustadvika', 'rauma', 'vestnes' */
  members?: string[];
  /** recording of a webinar or an e-learning video (e-learning entries should have one) */
  videoUrl?: string;
  /** how many days ago it was last updated (0–900) */
  updatedDaysAgo: number;
  /** days until its review date; negative = past review (make about 6 articles overdue) */
  reviewInDays: number;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  // --- Kundeservice, driftsmeldinger og feilmelding ---
  {
    slug: 'kontakte-kundeservice',
    kind: 'article',
    title: 'Kontakt Kundeservice',
    summary:
      'Kundeservice i ROR-IKT hjelper ansatte i Aukra, Hustadvika, Molde, Rauma og Vestnes. Her finner du kanalene, åpningstidene og hvilken kanal som passer når.',
    markdown: `## Slik kontakter du Kundeservice

Du når Kundeservice enklest gjennom selvbetjeningsportalen på [portal.ror-ikt.no](https://portal.ror-ikt.no). Der kan du melde feil, bestille fra tjenestekatalogen og følge med på sakene dine. Du kan også:

- ringe **+47 71 11 10 00**
- sende e-post til kundeservice@ror-ikt.no
- møte opp i skranken i 1. etasje på Molde rådhus

Saker som kommer inn via portalen, havner direkte hos riktig team, og du slipper å vente i telefonkø.

## Åpningstider

Kundeservice er bemannet **kl. 08:00–15:30 alle virkedager**. På inneklemte dager og i fellesferien kan åpningstiden være redusert, og det varsler vi alltid som driftsmelding. Utenom åpningstid behandler vi bare kritiske feil som gjelder liv og helse, for eksempel at helsepersonell ikke kommer inn i pasientjournalen. Ring da samme nummer og følg instruksjonene for vakt.

## Hvilken kanal bør jeg velge?

Portalen er riktig kanal for det aller meste, også når det haster litt: du får saksnummer med en gang og kan legge ved skjermbilder. Ring oss når du ikke kommer deg inn på PC-en i det hele tatt, eller når en feil stopper arbeidet for mange samtidig. Oppmøte passer når du skal hente eller levere utstyr, eller trenger at noen ser på PC-en sammen med deg. Sjekk gjerne driftsmeldingene før du tar kontakt – kanskje vet vi om feilen allerede.
`,
    tags: ['kundeservice', 'kontakt', 'åpningstider', 'portal'],
    audience: 'everyone',
    updatedDaysAgo: 21,
    reviewInDays: 160,
  },
  {
    slug: 'driftsmeldinger',
    kind: 'article',
    title: 'Driftsmeldinger: sjekk status før du melder feil',
    summary:
      'Driftsmeldingene forteller om kjente feil, planlagt vedlikehold og når tjenester er tilbake. Les dem før du melder feil, og abonner på dem du trenger.',
    markdown: `## Hvor finner jeg driftsmeldingene?

Driftsmeldingene ligger øverst på forsiden av [portal.ror-ikt.no](https://portal.ror-ikt.no) og på egen side under **Driftsmeldinger**. Der ser du pågående feil, planlagt vedlikehold og meldinger som nylig er løst. Hver melding viser hvilke tjenester og hvilke kommuner som er berørt, når feilen startet og når vi regner med å gi ny oppdatering.

## Hvorfor bør jeg sjekke driftsmeldingene først?

Når en feil rammer mange, får Kundeservice ofte hundrevis av henvendelser på kort tid. Står feilen allerede som driftsmelding, trenger du ikke melde den på nytt: vi jobber med saken og oppdaterer meldingen fortløpende. Da holder telefonlinjene seg ledige for dem som har feil vi ennå ikke kjenner til. Opplever du noe annet enn det meldingen beskriver, eller rammes du fortsatt etter at den er markert som løst, skal du melde feil som vanlig.

## Planlagt vedlikehold

Planlagt vedlikehold varsles normalt minst fem virkedager i forveien. Større arbeider legges til kveld eller helg, og tjenester som gjelder liv og helse, for eksempel pleie- og omsorgssystemene, får eget varsel til fagsystemansvarlig. Les vedlikeholdsmeldingen for å se om du må lagre arbeid, logge av eller starte PC-en på nytt på et bestemt tidspunkt.

## Få varsel om nye driftsmeldinger

Du kan abonnere på driftsmeldinger for tjenestene du bruker. Åpne siden **Driftsmeldinger**, velg **Abonner** og kryss av for tjenester og kommune. Du får da e-post når en melding opprettes, oppdateres eller lukkes. Systemeiere og fagsystemansvarlige får i tillegg varsler i Teams-teamet for varsling.
`,
    tags: ['driftsmeldinger', 'status', 'vedlikehold', 'varsling'],
    audience: 'everyone',
    updatedDaysAgo: 64,
    reviewInDays: 210,
  },
  {
    slug: 'melde-feil',
    kind: 'article',
    title: 'Melde feil: dette bør saken inneholde',
    summary:
      'En god feilmelding gjør at Kundeservice kan løse saken raskere. Slik melder du feil i portalen, og dette bør du ta med.',
    markdown: `## Slik melder du feil

Du melder feil i portalen på [portal.ror-ikt.no](https://portal.ror-ikt.no) ved å velge **Meld feil**. Skriv en kort overskrift som sier hva som ikke virker, for eksempel «Får ikke skrevet ut på skriveren i 2. etasje», og beskriv feilen i feltet under. Du får en bekreftelse på e-post med saksnummer. Svar på den e-posten hvis du vil legge til mer informasjon, så havner alt i samme sak.

## Hva bør stå i feilmeldingen?

Jo mer konkret beskrivelsen er, desto raskere kan vi hjelpe. Ta med:

1. Hva du prøvde å gjøre, og hva som skjedde i stedet.
2. Nøyaktig feilmelding – et skjermbilde er best (trykk **Windows + Shift + S**).
3. Når feilen startet, og om den skjer hver gang.
4. PC-navnet, som står på klistremerket på maskinen, eller navnet på skriveren eller fagsystemet.
5. Om kolleger har samme problem.
6. Hvor du er: kontor, hjemmekontor eller annen lokasjon.

## Hvor alvorlig er feilen?

Kundeservice setter prioritet ut fra hvor mange som er rammet og hva feilen stopper. Feil som hindrer tjenester knyttet til liv og helse, er **kritiske** og skal alltid meldes på telefon i tillegg til portalen. Når et helt fagsystem er nede for en enhet, er saken som regel **høy**. Feil som bare gjør arbeidet tungvint, får **lav** prioritet. Skriv gjerne i saken hvilke konsekvenser feilen har for deg, så vurderer vi prioriteten riktig.
`,
    tags: ['feilmelding', 'kundeservice', 'portal', 'prioritet'],
    audience: 'everyone',
    updatedDaysAgo: 133,
    reviewInDays: 95,
  },
  {
    slug: 'melde-sikkerhetshendelse',
    kind: 'article',
    title: 'Melde fra om en sikkerhetshendelse',
    summary:
      'Har du klikket på en mistenkelig lenke, sendt personopplysninger til feil mottaker eller mistet utstyr? Meld fra med en gang – det er aldri for sent eller for lite.',
    markdown: `## Hva er en sikkerhetshendelse?

En sikkerhetshendelse er alt som kan true konfidensialitet, integritet eller tilgjengelighet for kommunens informasjon. Typiske eksempler er:

- Du har klikket på en lenke eller åpnet et vedlegg i en e-post som virket falsk.
- Du har oppgitt brukernavn og passord på en side du ikke stoler på.
- E-post med personopplysninger er sendt til feil mottaker.
- PC, mobiltelefon eller sikkerhetsnøkkel er mistet eller stjålet.
- Noen har fått tilgang til opplysninger de ikke skulle hatt.

## Slik melder du fra

Ring Kundeservice på **+47 71 11 10 00** med en gang hvis du har oppgitt passordet ditt, eller hvis PC-en oppfører seg rart etter at du åpnet noe. Koble da PC-en fra nettverket ved å slå av wifi og trekke ut nettverkskabelen, men ikke slå den av. I andre tilfeller melder du hendelsen i portalen med **Meld feil** og skriver «Sikkerhetshendelse» først i overskriften. Beskriv hva som skjedde, når det skjedde og hvilke opplysninger eller enheter det gjelder.

## Avvik som gjelder personopplysninger

Gjelder hendelsen personopplysninger, skal den også registreres i kommunens avvikssystem, og din leder skal varsles. Kommunen har bare 72 timer på å melde alvorlige brudd til Datatilsynet, så det haster. Personvernombudet i din kommune hjelper med vurderingen. Ingen får kjeft for å melde fra: jo raskere vi vet om hendelsen, desto mindre blir skaden.
`,
    tags: ['sikkerhet', 'avvik', 'personvern', 'sikkerhetshendelse'],
    audience: 'everyone',
    updatedDaysAgo: 47,
    reviewInDays: 120,
  },
  {
    slug: 'mistet-pc',
    kind: 'article',
    title: 'Mistet eller stjålet PC',
    summary:
      'Har du mistet jobb-PC-en eller fått den stjålet, må du varsle Kundeservice samme dag. Slik sperrer vi maskinen, og slik får du en ny.',
    markdown: `## Varsle Kundeservice med en gang

Ring Kundeservice på **+47 71 11 10 00** så snart du oppdager at PC-en er borte, også om du tror den bare er forlagt. Utenom åpningstid melder du saken i portalen med **Meld feil** og overskriften «Sikkerhetshendelse: mistet PC», og vi tar den først i køen neste morgen. Oppgi PC-navnet hvis du vet det, når og hvor du sist hadde maskinen, og om den var låst.

## Hva gjør ROR-IKT med maskinen?

Alle kommunale PC-er er kryptert med BitLocker, så data på disken er ikke lesbare for en finner. Kundeservice sperrer likevel maskinen i Intune og logger deg ut av alle aktive økter i Microsoft 365. Hvis PC-en er stjålet, sender vi en fjernsletting som utføres neste gang maskinen kobler seg på internett. Du bør bytte passordet ditt etterpå, særlig om du hadde lagret passord i nettleseren.

## Politianmeldelse og ny PC

Er PC-en stjålet, skal tyveriet anmeldes til politiet. Anmeldelsen trenger kommunen for forsikringen. Du får låne en PC fra lageret til Kundeservice til erstatningen er klar. Erstatning for en tapt PC bestilles av lederen din som **PC utenom rullering**, og kostnaden belastes enheten. Har du hatt filene dine i OneDrive eller SharePoint, er de tilgjengelige igjen så snart du logger på den nye maskinen.
`,
    tags: ['sikkerhet', 'pc', 'tyveri', 'intune'],
    audience: 'employees',
    services: ['PC utenom rullering'],
    updatedDaysAgo: 310,
    reviewInDays: 55,
  },
  // --- Teams ---
  {
    slug: 'teams-mote-planlegge',
    kind: 'article',
    title: 'Planlegge et Teams-møte',
    summary:
      'Slik setter du opp et Teams-møte fra Teams eller Outlook, inviterer deltakere og velger møtealternativer før møtet starter.',
    markdown: `## Planlegge møtet i Teams

Du planlegger et møte i Teams ved å åpne **Kalender** i menyen til venstre og velge **Nytt møte**. Gi møtet en tittel, legg til deltakere i feltet **Inviter deltakere**, og velg dato og klokkeslett. Bruk **Planleggingsassistent** for å se når deltakerne er ledige. Trykk **Send** når du er ferdig, så får alle en invitasjon i Outlook-kalenderen sin.

## Planlegge møtet fra Outlook

Du kan også lage Teams-møtet direkte i Outlook. Gå til kalenderen, velg **Ny hendelse** og slå på bryteren **Teams-møte** (i klassisk Outlook heter knappen **Nytt Teams-møte**). Møtelenken legges automatisk inn i invitasjonen. Dette er praktisk når du også skal booke et møterom, fordi rommet kan legges til i samme invitasjon.

## Møtealternativer

Før møtet bør du sjekke **Møtealternativer**, som du finner ved å åpne møtet i kalenderen. Her bestemmer du blant annet:

- hvem som kan gå forbi lobbyen og komme rett inn
- hvem som kan presentere
- om deltakerne kan slå på mikrofon og kamera
- om opptak og transkripsjon skal starte automatisk

For møter med innbyggere eller eksterne samarbeidspartnere anbefaler vi at bare du og medarrangører kan presentere, og at eksterne venter i lobbyen til du slipper dem inn.

## Møter i møterom

Skal noen delta fra et møterom med Teams-utstyr, legger du rommet til som deltaker. Romnavnene begynner med kommunenavnet, for eksempel «Molde rådhus – Romsdalssalen». Da kan rommet bli med i møtet med ett trykk på skjermen i rommet.
`,
    tags: ['teams', 'møter', 'outlook', 'kalender'],
    audience: 'employees',
    updatedDaysAgo: 188,
    reviewInDays: 240,
  },
  {
    slug: 'teams-kanaler',
    kind: 'article',
    title: 'Team og kanaler: samarbeide i Teams',
    summary:
      'Et team samler en gruppe som jobber sammen, og kanalene deler arbeidet inn i temaer. Slik oppretter og bruker du team og kanaler.',
    markdown: `## Når bør vi lage et team?

Et team passer når en fast gruppe skal jobbe sammen over tid, for eksempel en avdeling, en arbeidsgruppe eller et prosjekt. Teamet får et eget SharePoint-område for filer, en felles kalender og kanaler for samtaler. For korte avklaringer mellom få personer er en gruppechat ofte bedre. Nye team opprettes av Kundeservice etter en forespørsel i portalen, slik at navn, eierskap og tilgang blir riktig fra starten. Navnet følger mønsteret *kommune – enhet – formål*, for eksempel «Rauma – Helsestasjonen – Fagutvikling».

## Kanaler

Kanaler deler teamet inn i temaer. Teamets eiere oppretter nye kanaler via **...** (Flere alternativer) ved teamnavnet og **Legg til kanal**. Velg **Standard** når alle i teamet skal se kanalen, **Privat** når bare noen skal ha tilgang, og **Delt** når personer utenfor teamet skal være med. Hold antallet kanaler nede; fem gode kanaler er bedre enn tjue tomme.

## Innlegg og svar

Start en ny samtale i en kanal med **Nytt innlegg**, og svar alltid i tråden med **Svar** i stedet for å lage nye innlegg. Da holder samtalene seg samlet. Bruk @omtale for å varsle en kollega, eller @kanalnavn når alle som følger kanalen skal få beskjed. Filer du deler i en kanal, lagres i kanalens mappe under fanen **Filer**.

## Eiere og medlemmer

Hvert team skal ha minst to eiere. Eierne legger til og fjerner medlemmer, og de har ansvar for at innholdet ryddes når teamet ikke lenger er i bruk. Team uten aktivitet på ett år får et varsel om fornyelse.
`,
    tags: ['teams', 'kanaler', 'samarbeid', 'sharepoint'],
    audience: 'employees',
    updatedDaysAgo: 402,
    reviewInDays: 75,
  },
  {
    slug: 'teams-chat',
    kind: 'article',
    title: 'Chat i Teams: en-til-en og gruppechat',
    summary:
      'Chatten i Teams brukes til raske beskjeder mellom kolleger. Slik starter du en samtale, lager en gruppechat og holder orden på meldingene.',
    markdown: `## Starte en chat

Du starter en chat ved å velge **Chat** i menyen til venstre og trykke på ikonet for **Ny melding** (blyanten) øverst. Skriv navnet på kollegaen i **Til**-feltet, skriv meldingen og trykk **Enter**. Alle ansatte i de fem kommunene i ROR-IKT finnes i adresselisten, så du kan chatte på tvers av kommunene.

## Gruppechat

En gruppechat lager du på samme måte, men legger til flere navn i **Til**-feltet. Gi gjerne gruppen et navn via **Navngi gruppechat**, så er den lettere å finne igjen. Gruppechat passer for korte avklaringer. Skal gruppen samarbeide over lengre tid og dele mange filer, er det bedre å be om et eget team.

## Holde orden i chatten

Du holder orden ved å feste viktige samtaler: hold pekeren over samtalen, velg **...** og **Fest**. Samtaler du ikke trenger varsler fra, kan du dempe med **Demp**. Vil du huske en bestemt melding, velg **...** ved meldingen og **Lagre denne meldingen**. Med **Merk som ulest** kan du komme tilbake til en melding senere.

## Hva skal ikke i chatten?

Teams-chat er ikke et arkiv, og den er ikke godkjent for sensitive personopplysninger som helseopplysninger eller barnevernssaker. Slike opplysninger hører hjemme i fagsystemet. Beslutninger som skal dokumenteres, må journalføres i sak- og arkivsystemet.
`,
    tags: ['teams', 'chat', 'meldinger'],
    audience: 'employees',
    updatedDaysAgo: 512,
    reviewInDays: 33,
  },
  {
    slug: 'teams-eksterne-gjester',
    kind: 'article',
    title: 'Eksterne deltakere i Teams: møter, gjester og chat',
    summary:
      'Du kan invitere personer utenfor kommunen til Teams-møter, legge dem til som gjester i et team eller chatte med dem. Her er forskjellene og hva du bør passe på.',
    markdown: `## Invitere eksterne til et Teams-møte

Eksterne deltakere inviterer du til et Teams-møte ved å skrive inn e-postadressen deres i feltet **Inviter deltakere**, akkurat som for kolleger. De trenger ikke egen Teams-konto, men kan delta fra nettleseren. Eksterne havner som standard i lobbyen, og du slipper dem inn med **Tillat**. Husk at alt du deler på skjermen i møtet, også blir synlig for dem.

## Gjester i et team

En gjest er en ekstern person som er lagt til som medlem i et team og får tilgang til kanaler og filer der. Eieren av teamet legger til gjester via **...** ved teamnavnet, **Legg til medlem** og e-postadressen. Gjesten må godta invitasjonen og sette opp tofaktorpålogging. Gjestetilgang i ROR-IKT gjennomgås hvert halvår, og gjester som ikke har vært aktive på 90 dager, fjernes automatisk. Legg aldri filer med personopplysninger i et team som har gjester.

## Chat med eksterne

Chat med personer i andre virksomheter fungerer når begge organisasjoner tillater ekstern tilgang. De fleste kommuner og statlige virksomheter i Norge er åpne. Skriv hele e-postadressen i **Til**-feltet når du starter en ny chat. Eksterne chatter merkes med **Ekstern**, slik at du ser at samtalen går ut av kommunen.

## Delte kanaler

Skal dere samarbeide tett med en annen kommune eller virksomhet over tid, kan en delt kanal være et bedre valg enn gjestetilgang. Kontakt Kundeservice, så hjelper vi med oppsettet.
`,
    tags: ['teams', 'eksterne', 'gjester', 'møter'],
    audience: 'employees',
    updatedDaysAgo: 276,
    reviewInDays: 150,
  },
  {
    slug: 'teams-mote-opptak',
    kind: 'article',
    title: 'Ta opp et Teams-møte',
    summary:
      'Opptak av Teams-møter er nyttig for dem som ikke kunne delta, men krever at deltakerne er informert. Slik starter du opptaket, og her blir det lagret.',
    markdown: `## Starte opptaket

Du tar opp et Teams-møte ved å velge **Mer** (**...**) i møtekontrollene og deretter **Ta opp og transkriber** og **Start opptak**. Alle deltakerne får et varsel om at møtet tas opp. Bare arrangøren og personer fra samme organisasjon kan starte opptak; eksterne gjester kan ikke. Stopp opptaket på samme sted med **Stopp opptak**, eller la det stoppe av seg selv når alle har forlatt møtet.

## Informasjon og samtykke

Et opptak inneholder personopplysninger, så deltakerne skal vite om opptaket på forhånd. Skriv det i møteinnkallingen, og gjenta det muntlig før du trykker på opptaksknappen. Møter der enkeltpersoner, helse eller andre sensitive forhold diskuteres, skal ikke tas opp. Er du i tvil, spør personvernombudet i din kommune.

## Hvor lagres opptaket?

Opptaket lagres i OneDrive til den som startet det, eller i kanalens SharePoint-mappe hvis møtet ble holdt i en kanal. En lenke til opptaket dukker opp i møtechatten. Opptak slettes automatisk etter **120 dager**. Skal opptaket tas vare på lenger, må du laste det ned og lagre det på riktig sted, for eksempel i sak- og arkivsystemet.

## Dele opptaket

Deltakerne i møtet får tilgang til opptaket automatisk. Vil du dele opptaket med andre, åpner du det fra møtechatten og velger **Del**. Velg **Bestemte personer** i stedet for lenker som gjelder hele organisasjonen.
`,
    tags: ['teams', 'opptak', 'møter', 'personvern'],
    audience: 'employees',
    updatedDaysAgo: 95,
    reviewInDays: 270,
  },
  {
    slug: 'teams-pa-mobilen',
    kind: 'article',
    title: 'Teams på mobiltelefonen',
    summary:
      'Med Teams-appen kan du delta i møter, chatte og finne filer fra jobbmobilen. Slik installerer og logger du på, og slik styrer du varslene.',
    markdown: `## Installere Teams på jobbmobilen

Teams installerer du fra **Firmaportal** på jobbmobilen: åpne Firmaportal, søk etter **Microsoft Teams** og velg **Installer**. Når appen er installert, logger du på med e-postadressen din på jobb og godkjenner påloggingen i Microsoft Authenticator. Mobilen må være registrert i kommunens mobilhåndtering (Intune) for at du skal få tilgang.

## Teams på privat telefon

Teams kan også brukes på privat telefon, men bare gjennom appen og ikke via nettleseren. Første gang du logger på, ber appen deg om å installere **Firmaportal** eller godta kommunens appbeskyttelse. Appbeskyttelsen gjør at du ikke kan kopiere tekst fra Teams til private apper, og at jobbdata kan slettes fra appen hvis telefonen blir borte. Private bilder og apper berøres ikke.

## Varsler og arbeidstid

Varslene i Teams-appen justerer du ved å trykke på bildet ditt og velge **Innstillinger** og **Varsler**. Med **Stilletid** kan du slå av varsler utenfor arbeidstiden, for eksempel fra kl. 16:00 til 07:30 og hele helgen. Da får du fortsatt meldingene, men telefonen lager ikke lyd.

## Delta i møter fra mobilen

Du blir med i et møte ved å trykke på møtet i **Kalender** og velge **Bli med**. Bytter du mellom mobildata og wifi, holder samtalen seg oppe. Du kan også flytte et pågående møte fra PC-en til mobilen med **Bli med på denne enheten**.
`,
    tags: ['teams', 'mobil', 'app', 'varsler'],
    audience: 'employees',
    updatedDaysAgo: 233,
    reviewInDays: 190,
  },
  {
    slug: 'teams-telefoni',
    kind: 'article',
    title: 'Ringe og ta imot telefonsamtaler i Teams',
    summary:
      'Har du Teams-telefoni, er telefonnummeret ditt knyttet til Teams. Slik ringer du ut, setter over samtaler og viderekobler når du er borte.',
    markdown: `## Ringe ut fra Teams

Med Teams-telefoni ringer du vanlige telefonnumre direkte fra Teams. Velg **Anrop** i menyen til venstre, skriv nummeret i tastaturet og trykk **Ring**. Mottakeren ser kommunens sentralbordnummer eller ditt direktenummer, avhengig av hvordan nummeret ditt er satt opp. Du ser om du har Teams-telefoni ved at **Anrop** viser et tastatur og ditt eget nummer.

## Sette over en samtale

En samtale setter du over ved å velge **Mer** (**...**) i samtalevinduet og **Overfør**. Velg **Overfør nå** for å sende samtalen direkte, eller **Rådfør deg først** når du vil snakke med kollegaen før du setter over. Skriv navnet eller nummeret og bekreft.

## Viderekobling og fravær

Viderekobling stiller du inn under **Innstillinger** og **Anrop**. Velg om samtaler skal **videresendes** til et annet nummer, en kollega eller talepost, og om de skal ringe samtidig på mobilen. Husk å slå av viderekoblingen når du er tilbake. Talepostmeldinger kommer også som e-post i Outlook.

## Bruk godkjent hodesett

For god lyd i samtaler bør du bruke et hodesett som er sertifisert for Teams. Hodesett bestilles av lederen din. Høres det dårlig ut, se artikkelen om hodesett og lyd i Teams.
`,
    tags: ['teams', 'telefoni', 'anrop', 'viderekobling'],
    audience: 'employees',
    updatedDaysAgo: 349,
    reviewInDays: 110,
  },
  {
    slug: 'sentralbord-aukra-vestnes',
    kind: 'article',
    title: 'Sentralbordet i Teams for Aukra og Vestnes',
    summary:
      'I Aukra og Vestnes betjenes sentralbordet i Teams med egne svargrupper. Slik logger du deg på og av køen, og slik ser du hvem som venter.',
    markdown: `## Hvordan fungerer sentralbordet i Teams?

Sentralbordene i Aukra og Vestnes er satt opp som **svargrupper** i Teams. Innringere til kommunens hovednummer hører en velkomstmelding og settes i kø, og samtalen ringer hos alle som er pålogget svargruppen. Den som svarer først, får samtalen. Er ingen pålogget innen åpningstid, går samtalen til talepost som leses av servicetorget.

## Logge seg på og av svargruppen

Du logger deg på svargruppen i Teams under **Anrop**. I feltet **Samtalekøer** til høyre ser du køene du er medlem av. Slå på bryteren ved køen for å begynne å ta imot samtaler, og slå den av når du går til lunsj eller møte. Husk å logge av før du går hjem for dagen.

## Sette over til riktig person

Når du skal sette over til en saksbehandler, bruker du **Overfør** og velger **Rådfør deg først** hvis du vil forsikre deg om at personen kan ta samtalen. Ser du at kollegaen er i møte (rød status), kan du heller sende en melding i chatten om at innringeren ønsker å bli ringt opp.

## Endringer i oppsettet

Endringer i åpningstider, velkomstmeldinger eller hvem som er med i svargruppen, bestiller servicetorgleder i portalen. Kundeservice gjør endringen innen to virkedager. Ved helligdager og fellesferie legger vi inn egne meldinger etter avtale.
`,
    tags: ['teams', 'telefoni', 'sentralbord', 'svargruppe'],
    audience: 'employees',
    members: ['aukra', 'vestnes'],
    updatedDaysAgo: 590,
    reviewInDays: -40,
  },
  {
    slug: 'moterom-rauma-radhus',
    kind: 'article',
    title: 'Videomøterommene i Rauma rådhus',
    summary:
      'Møterommene i Rauma rådhus har Teams-utstyr med kamera, høyttaler og berøringsskjerm. Slik starter du et møte i rommet og deler skjermen.',
    markdown: `## Starte et Teams-møte i møterommet

Møterommene Romsdalshorn, Trollveggen og Vengetind i Rauma rådhus har fast Teams-utstyr. Når rommet er lagt til som deltaker i møteinnkallingen, vises møtet på berøringsskjermen på bordet. Trykk **Bli med**, så kobles kamera, mikrofon og skjerm i rommet til møtet. Rommet bookes i Outlook som en vanlig møtedeltaker.

## Dele skjermen fra PC-en din

Du deler skjermen i møterommet ved å bli med i møtet fra PC-en med lyden avslått (velg **Ikke bruk lyd**), og så trykke **Del**. Da unngår du ekko fra to mikrofoner i samme rom. Vil du bare vise noe på storskjermen uten et Teams-møte, kobler du til HDMI-kabelen på bordet.

## Når noe ikke virker

Virker ikke utstyret, prøver du først å starte det på nytt: trykk på tannhjulet på berøringsskjermen og velg **Start enheten på nytt**. Det tar omtrent to minutter. Hjelper ikke det, melder du feil i portalen og skriver navnet på rommet. Servicetorget i 1. etasje har en reservehøyttaler som kan lånes ved akutt behov.
`,
    tags: ['teams', 'møterom', 'videomøte'],
    audience: 'employees',
    members: ['rauma'],
    updatedDaysAgo: 14,
    reviewInDays: 300,
  },
  // --- OneDrive og SharePoint ---
  {
    slug: 'onedrive-synkronisering',
    kind: 'article',
    title: 'Synkronisere filer med OneDrive',
    summary:
      'OneDrive holder filene dine like på PC-en, i nettleseren og på mobilen. Slik kontrollerer du at synkroniseringen virker, og hva du gjør når den stopper.',
    markdown: `## Slik fungerer OneDrive på PC-en

OneDrive synkroniserer mappene **Skrivebord**, **Dokumenter** og **Bilder** automatisk på alle kommunale PC-er. Det betyr at filene dine lagres i skyen og er tilgjengelige fra andre enheter. Filene vises som **Filer ved behov**: en sky betyr at filen bare ligger i skyen, og en grønn hake betyr at den også er lastet ned på PC-en. Høyreklikk og velg **Behold alltid på denne enheten** for filer du trenger uten nett.

## Synkronisere et SharePoint-bibliotek

Du synkroniserer en mappe fra et team eller SharePoint-område ved å åpne den i nettleseren og velge **Legg til snarvei i Mine filer**. Da dukker mappen opp i OneDrive i Filutforsker. Vi anbefaler snarveier framfor den eldre knappen **Synkroniser**, fordi snarveier følger deg til ny PC.

## Når synkroniseringen stopper

Synkroniseringsproblemer ser du på OneDrive-ikonet (skyen) nederst til høyre på skjermen. Rødt kryss eller gult varseltrekant betyr at noe ikke synkroniseres. Klikk på skyen for å se hvilken fil det gjelder. Vanlige årsaker er:

- filnavn med tegn som ikke er tillatt, som anførselstegn, stjerne, kolon, spørsmålstegn og skråstrek
- filer som er åpne i et program mens de synkroniseres
- svært lange filbaner i dype mappestrukturer
- full lagringsplass (grensen er 1 TB per bruker)

Hjelper det ikke å rette filen, kan du velge **Innstillinger** (tannhjulet) og **Sett synkronisering på pause** og deretter **Fortsett synkronisering**.
`,
    tags: ['onedrive', 'synkronisering', 'filer', 'sharepoint'],
    audience: 'employees',
    updatedDaysAgo: 455,
    reviewInDays: 60,
  },
  {
    slug: 'onedrive-dele-filer',
    kind: 'article',
    title: 'Dele filer og mapper fra OneDrive',
    summary:
      'Deling fra OneDrive gir andre tilgang til én fil uten at du sender vedlegg. Slik velger du riktig type lenke og fjerner tilgang når den ikke trengs lenger.',
    markdown: `## Dele en fil

Du deler en fil ved å høyreklikke på den i Filutforsker eller OneDrive på nett og velge **Del**. Skriv navnet eller e-postadressen til dem som skal ha tilgang, velg om de kan redigere eller bare se, og trykk **Send**. Mottakerne får en e-post med lenke. Vil du lime lenken inn i en chat i stedet, velger du **Kopier kobling**.

## Velg riktig type lenke

Innstillingene for lenken åpner du med tannhjulet i delingsvinduet. Du kan velge mellom:

- **Bestemte personer** – bare de du navngir, får tilgang. Dette er standard og tryggest.
- **Personer i organisasjonen** – alle ansatte i kommunen som får lenken, kan åpne filen.
- **Personer med eksisterende tilgang** – brukes for å sende lenke til noen som allerede har tilgang.

Lenker som «Alle med koblingen» er slått av i ROR-IKT. Filer med personopplysninger skal aldri deles med hele organisasjonen.

## Se og fjerne tilgang

Hvem som har tilgang til en fil, ser du ved å velge **Del** og deretter **Administrer tilgang**. Der kan du endre rettigheter eller fjerne personer og lenker. Rydd i delingene dine når et samarbeid er over.

## OneDrive eller team?

OneDrive er for dine egne arbeidsfiler og for deling med noen få. Filer som tilhører en avdeling eller et prosjekt, bør ligge i et team eller SharePoint-område, slik at de ikke forsvinner når du slutter.
`,
    tags: ['onedrive', 'deling', 'filer', 'tilgang'],
    audience: 'employees',
    updatedDaysAgo: 121,
    reviewInDays: 220,
  },
  {
    slug: 'gjenopprette-slettede-filer',
    kind: 'article',
    title: 'Gjenopprette slettede filer og tidligere versjoner',
    summary:
      'Filer i OneDrive og SharePoint kan hentes tilbake i 93 dager etter sletting, og tidligere versjoner ligger i versjonsloggen. Slik gjør du det selv.',
    markdown: `## Gjenopprette en slettet fil

Slettede filer henter du fra papirkurven i OneDrive eller SharePoint. Åpne OneDrive i nettleseren via [office.com](https://www.office.com), og velg **Papirkurv** nederst i menyen til venstre. Merk filen og trykk **Gjenopprett**. Filen legges tilbake i mappen den ble slettet fra. For filer i et team åpner du teamets SharePoint-område og velger **Papirkurv** der.

## Hvor lenge ligger filene i papirkurven?

Filer kan gjenopprettes i **93 dager** etter at de ble slettet. Etter det er de borte for godt, og heller ikke Kundeservice kan hente dem. Tømmer du papirkurven selv, havner filene i en andre papirkurv som eieren av området kan gjenopprette fra resten av perioden.

## Hente en tidligere versjon

En tidligere versjon av et dokument henter du fra versjonsloggen. Høyreklikk på filen i OneDrive eller SharePoint og velg **Versjonslogg**. Du ser hvem som har endret filen og når. Velg **...** ved versjonen du vil ha, og deretter **Gjenopprett**, eller **Åpne** for å se den først. Fra Word og Excel kan du også bruke **Fil** og **Info** og **Versjonslogg**.

## Hele mapper eller mange filer

Har mange filer blitt endret eller slettet samtidig, for eksempel etter et uhell med synkroniseringen, kan du tilbakestille hele OneDrive til et tidspunkt. Velg **Innstillinger** og **Gjenopprett OneDrive**. Gjelder det et team, må en eier gjøre det – eller kontakt Kundeservice.
`,
    tags: ['onedrive', 'sharepoint', 'gjenoppretting', 'versjonslogg'],
    audience: 'employees',
    updatedDaysAgo: 38,
    reviewInDays: 330,
  },
  {
    slug: 'flytte-fra-filserver',
    kind: 'article',
    title: 'Fra fellesområdet til Teams og SharePoint',
    summary:
      'Fellesområdene på den gamle filserveren fases ut, og innholdet flyttes til Teams og SharePoint. Slik foregår flyttingen, og dette må enheten gjøre på forhånd.',
    markdown: `## Hvorfor flytter vi fra filserveren?

Fellesområdene på filserveren (stasjonene G: og S:) erstattes av team og SharePoint-områder, fordi filene da blir tilgjengelige uten VPN, kan deles og redigeres samtidig og har versjonslogg. Filserveren er også gammel og skal avvikles. Flyttingen skjer enhet for enhet etter en plan som lederne får tilsendt.

## Forberedelser i enheten

Før flyttingen bør enheten rydde i fellesområdet. Jo mindre som flyttes, desto ryddigere blir det nye området. Gjør dette:

1. Slett dubletter, gamle kladder og filer som ingen trenger.
2. Flytt dokumenter som skal arkiveres, til sak- og arkivsystemet.
3. Gi beskjed om mapper med sensitive opplysninger, slik at de får egen tilgangsstyring.
4. Lag en enkel oversikt over hvilke mapper som skal til hvilket team.

## Flyttedagen

På flyttedagen settes fellesområdet til skrivebeskyttet kl. 15:30, og filene kopieres over natten. Neste morgen finner du dem i teamet under **Filer**. Den gamle stasjonen er lesbar i 60 dager, slik at du kan sjekke at alt er med. Snarveier og lenker i dokumenter som pekte til G: eller S:, må oppdateres.

## Etter flyttingen

Etter flyttingen kan du legge mappene til i Filutforsker med **Legg til snarvei i Mine filer**. Excel-filer med koblinger mellom flere regneark bør åpnes og lagres på nytt. Mangler du noe, melder du det i portalen innen 60 dager.
`,
    tags: ['sharepoint', 'filserver', 'migrering', 'teams'],
    audience: 'employees',
    updatedDaysAgo: 680,
    reviewInDays: -75,
  },
  // --- Outlook og e-post ---
  {
    slug: 'felles-postboks',
    kind: 'article',
    title: 'Bruke en felles postboks i Outlook',
    summary:
      'En felles postboks, for eksempel postmottak@ eller servicetorget@, lar flere lese og svare på samme e-post. Slik får du tilgang og sender fra postboksen.',
    markdown: `## Få tilgang til en felles postboks

Tilgang til en felles postboks bestilles av lederen som eier postboksen, som en forespørsel i portalen. Når tilgangen er gitt, dukker postboksen opp av seg selv i Outlook på PC-en innen et par timer. I Outlook på nett høyreklikker du **Mapper** og velger **Legg til delt mappe eller postboks**.

## Sende fra den felles postboksen

Du sender fra felles postboksen ved å skrive en ny e-post og endre **Fra**-feltet. Finner du ikke feltet, velger du **Alternativer** og **Vis fra**. Skriv adressen til postboksen første gang; deretter huskes den. Svar du sender fra postboksen, lagres i **Sendte elementer** i postboksen, slik at kollegene ser hva som er besvart.

## Jobbe sammen i postboksen

Når flere jobber i samme postboks, må dere bli enige om hvem som tar hvilke e-poster. Vanlige løsninger er å bruke kategorier med navn eller farger, eller å flytte e-post til undermapper som «Under behandling» og «Ferdig». Merk at lest/ulest er felles: åpner du en e-post, blir den lest for alle.

## Ikke bruk felles postboks til sensitive saker

Felles postbokser er ikke egnet for sensitive personopplysninger, som helseopplysninger. Slike henvendelser skal over i fagsystemet eller arkivet, og e-posten slettes fra postboksen.
`,
    tags: ['outlook', 'e-post', 'felles postboks'],
    audience: 'employees',
    updatedDaysAgo: 367,
    reviewInDays: 140,
  },
  {
    slug: 'autosvar',
    kind: 'article',
    title: 'Autosvar ved fravær',
    summary:
      'Autosvar forteller avsendere at du er borte og hvem de kan kontakte. Slik slår du det på i Outlook på PC, på nett og på mobilen.',
    markdown: `## Slå på autosvar i Outlook

Autosvar slår du på i nye Outlook ved å velge **Innstillinger** (tannhjulet), **Kontoer** og **Automatiske svar**. Slå på **Aktiver automatiske svar**, kryss av for **Send svar bare i løpet av en tidsperiode** og velg start og slutt. Skriv meldingen og trykk **Lagre**. I klassisk Outlook finner du det samme under **Fil** og **Automatiske svar**.

## Interne og eksterne mottakere

Du kan skrive én melding til kolleger og en annen til avsendere utenfor kommunen. Til eksterne bør meldingen være kort og ikke si mer enn nødvendig, for eksempel:

*Takk for e-posten. Jeg er borte til og med 12. august og leser ikke e-post. Haster det, ta kontakt med servicetorget på telefon 71 11 10 00.*

Unngå å skrive hvorfor du er borte eller hvor du er.

## Autosvar fra mobilen

Fra Outlook-appen på mobilen slår du på autosvar ved å trykke på kontoikonet, tannhjulet, kontoen din og **Automatiske svar**. Det er nyttig når fraværet kommer brått.

## Fravær i Teams

Autosvaret i Outlook vises også i Teams, slik at de som skriver til deg i chatten, ser meldingen. Sett gjerne fraværet i kalenderen også, slik at kolleger ser at du er borte når de planlegger møter.
`,
    tags: ['outlook', 'autosvar', 'fravær', 'e-post'],
    audience: 'employees',
    updatedDaysAgo: 8,
    reviewInDays: 350,
  },
  {
    slug: 'dele-kalender',
    kind: 'article',
    title: 'Dele kalenderen med kolleger',
    summary:
      'Du kan la kolleger se når du er ledig, se detaljene i kalenderen din eller styre den for deg. Slik deler du kalenderen og velger riktig tilgangsnivå.',
    markdown: `## Dele kalenderen

Kalenderen deler du i Outlook ved å åpne **Kalender**, høyreklikke på kalenderen din og velge **Deling og tillatelser** (i nye Outlook: **Del**). Skriv navnet på kollegaen, velg tilgangsnivå og trykk **Del**. Kollegaen får en e-post og kan legge kalenderen til i sin egen Outlook.

## Tilgangsnivåer

Som standard kan alle i kommunen se om du er opptatt eller ledig, men ikke hva avtalene gjelder. Ved deling kan du velge:

- **Kan se når jeg er opptatt** – bare opptatt og ledig.
- **Kan se titler og steder** – emnet og stedet for avtalene vises.
- **Kan se alle detaljer** – hele avtalen, også teksten.
- **Kan redigere** – kollegaen kan lage og endre avtaler.
- **Delegat** – kollegaen kan i tillegg svare på møteinnkallinger på dine vegne.

Avtaler du merker som **Privat**, vises ikke med detaljer for andre, uansett tilgangsnivå.

## Se andres kalender

Du åpner en kollegas kalender ved å velge **Legg til kalender** og **Fra katalog** i Outlook, og søke opp navnet. Kalenderen vises ved siden av din egen, og du kan slå visningen av og på i listen til venstre.

## Delegat for ledere

Ledere som har en assistent til å styre kalenderen, bør gi delegattilgang. Assistenten kan da sende innkallinger i lederens navn. Tilgangen kan endres eller fjernes når som helst fra samme meny.
`,
    tags: ['outlook', 'kalender', 'deling'],
    audience: 'employees',
    updatedDaysAgo: 298,
    reviewInDays: 180,
  },
  {
    slug: 'melde-phishing-outlook',
    kind: 'article',
    title: 'Melde søppelpost og phishing i Outlook',
    summary:
      'Mistenkelige e-poster meldes med knappen Rapporter i Outlook. Slik skiller du vanlig reklame fra svindelforsøk, og slik melder du begge deler.',
    markdown: `## Slik melder du en mistenkelig e-post

Mistenkelige e-poster melder du med knappen **Rapporter** på verktøylinjen i Outlook. Velg **Rapporter nettfisking** hvis e-posten prøver å lure deg til å klikke, logge på eller betale. Velg **Rapporter søppelpost** hvis det bare er uønsket reklame. E-posten flyttes bort fra innboksen og sendes til sikkerhetsteamet, som bruker den til å stoppe lignende e-post til andre ansatte. I Outlook-appen på mobilen finner du det samme under **...** øverst i e-posten.

## Kjennetegn på phishing

En phishing-e-post er laget for å ligne noe du stoler på. Vær ekstra varsom når e-posten:

- haster eller truer med at kontoen din stenges
- ber deg logge på via en lenke eller oppgi kode fra Authenticator
- kommer fra en leder eller leverandør som plutselig ber om betaling eller endret kontonummer
- har avsenderadresse som nesten ligner en kjent adresse
- har vedlegg du ikke ventet

Hold pekeren over lenker for å se hvor de egentlig går. ROR-IKT ber deg aldri om passordet ditt på e-post.

## Hvis du har klikket

Har du klikket på en lenke eller oppgitt passordet ditt, må du ringe Kundeservice på **+47 71 11 10 00** med en gang. Det er ikke flaut – det kan skje alle, og det er viktigere å stoppe skaden raskt. Se også artikkelen om å melde fra om en sikkerhetshendelse.
`,
    tags: ['e-post', 'phishing', 'sikkerhet', 'outlook', 'søppelpost'],
    audience: 'everyone',
    updatedDaysAgo: 57,
    reviewInDays: 125,
  },
  {
    slug: 'full-postboks',
    kind: 'article',
    title: 'Full postboks: slik frigjør du plass',
    summary:
      'Når postboksen nærmer seg grensen, får du varsel og kan etter hvert ikke sende e-post. Slik ser du hvor mye plass du bruker, og hvordan du rydder.',
    markdown: `## Hvor stor kan postboksen være?

Postboksen til ansatte med Microsoft 365 E3 er på 100 GB, mens brukere med E1- eller F3-lisens har 50 GB eller 2 GB. Du får et varsel når postboksen er 90 % full. Er den helt full, kan du ikke sende e-post, og etter hvert heller ikke motta. Hvor mye du bruker, ser du i Outlook på nett under **Innstillinger**, **Generelt** og **Lagring**.

## Rydde i postboksen

Den raskeste måten å frigjøre plass på, er å slette store vedlegg og tømme mappene for slettet post. Gjør slik:

1. Sorter innboksen etter størrelse: velg **Sorter** og **Størrelse**, så kommer de største e-postene øverst.
2. Lagre vedlegg du trenger, i OneDrive eller Teams, og slett e-posten.
3. Tøm **Slettede elementer** og **Søppelpost**.
4. Slett gamle nyhetsbrev og automatiske varsler i bulk med **Rydd opp** eller **Feie**.

## Arkivpostboks

Ansatte med E3-lisens har også en arkivpostboks som e-post eldre enn to år flyttes automatisk til. Arkivet vises som en egen mappe i Outlook og teller ikke mot grensen. Trenger du arkivet aktivert, melder du det i portalen.

## Felles postbokser

Er det en felles postboks som er full, må de som jobber i den rydde sammen. Felles postbokser har 50 GB uten egen lisens. Kundeservice kan utvide med lisens etter bestilling fra leder.
`,
    tags: ['outlook', 'postboks', 'lagring', 'e-post'],
    audience: 'employees',
    services: ['Microsoft 365 E1-lisens'],
    updatedDaysAgo: 740,
    reviewInDays: 45,
  },
  // --- Skrivere og utskrift ---
  {
    slug: 'folg-meg-utskrift',
    kind: 'article',
    title: 'Følg meg-utskrift med adgangskortet',
    summary:
      'Med Følg meg-utskrift sender du dokumentet til én felles utskriftskø og henter det ut på den skriveren du står ved, ved å holde adgangskortet mot kortleseren.',
    markdown: `## Hva er Følg meg-utskrift?

Følg meg-utskrift betyr at utskriftene dine venter i en sikker kø til du henter dem med adgangskortet. Du velger skriveren **FolgMeg** når du skriver ut, og kan deretter hente utskriften på hvilken som helst Følg meg-skriver i kommunen din. Ingen andre kan se papirene dine før du står ved skriveren, og det blir mindre papir som blir liggende igjen.

## Registrere kortet første gang

Første gang du bruker en Følg meg-skriver, må adgangskortet knyttes til brukeren din:

1. Hold kortet mot kortleseren på skriveren.
2. Skjermen ber deg logge på. Skriv brukernavnet ditt (det som står foran @ i e-postadressen) og passordet.
3. Trykk **Registrer kort**.

Etter dette holder det å vise kortet. Får du nytt adgangskort, må det registreres på nytt på samme måte.

## Hente utskriften

Du henter utskriften ved å holde kortet mot leseren og velge **Skriv ut alle** eller velge enkeltdokumenter i listen. Der kan du også slette dokumenter du ikke trenger likevel. Utskrifter som ikke hentes, slettes automatisk etter **24 timer**.

## Har du ikke kort med deg?

Har du glemt kortet, kan du logge på skriveren med brukernavn og passord direkte på skjermen ved å trykke **Manuell pålogging**. Vikarer og ansatte uten adgangskort kan bruke samme metode.
`,
    tags: ['skriver', 'utskrift', 'følg meg', 'adgangskort'],
    audience: 'employees',
    updatedDaysAgo: 205,
    reviewInDays: 260,
  },
  {
    slug: 'legge-til-skriver',
    kind: 'article',
    title: 'Legge til en skriver på PC-en',
    summary:
      'De fleste får Følg meg-skriveren automatisk. Trenger du en bestemt lokal skriver, for eksempel en etikettskriver, legger du den til slik.',
    markdown: `## Skriveren FolgMeg kommer automatisk

På alle kommunale PC-er legges Følg meg-skriveren til automatisk første gang du logger på. Den heter **FolgMeg** etterfulgt av kommunenavnet, for eksempel *FolgMeg-Vestnes*. Ser du den ikke, starter du PC-en på nytt mens den er koblet til kommunens nett eller VPN, og venter et par minutter etter pålogging.

## Legge til en bestemt skriver

En bestemt skriver på nettverket legger du til i Windows slik:

1. Åpne **Innstillinger** og velg **Bluetooth og enheter**.
2. Velg **Skrivere og skannere** og **Legg til enhet**.
3. Vent til listen er ferdig søkt, og velg skriveren. Navnet står på klistremerket på skriveren, for eksempel *MOL-RH-2ETG-01*.
4. Finner du den ikke, velger du **Legg til manuelt** og skriver inn navnet.

Driveren installeres automatisk. Du trenger ikke administratorrettigheter for skrivere som ROR-IKT har satt opp.

## Skrivere som ikke står i listen

Etikettskrivere, kvitteringsskrivere og skrivere koblet med USB krever ofte en egen driver. Bestill da **Installere programvare** i portalen og skriv modellnavnet på skriveren. Private skrivere hjemme kan brukes fra jobb-PC-en, men ROR-IKT gir ikke support på dem.

## Velge standardskriver

Standardskriveren velger du under **Skrivere og skannere**: klikk på skriveren og **Angi som standard**. Slå av **La Windows administrere standardskriveren** først, ellers bytter Windows den selv.
`,
    tags: ['skriver', 'windows', 'utskrift'],
    audience: 'employees',
    services: ['Installere programvare'],
    updatedDaysAgo: 610,
    reviewInDays: 45,
  },
  {
    slug: 'skriverko-star-fast',
    kind: 'article',
    title: 'Utskriften kommer ikke ut: når skriverkøen står fast',
    summary:
      'Blir utskriften stående i køen uten å komme ut, kan du ofte løse det selv ved å tømme skriverkøen. Slik går du fram før du melder feil.',
    markdown: `## Sjekk først hvor utskriften stopper

Når en utskrift ikke kommer ut, må du finne ut om den står fast på PC-en eller på skriveren. Åpne **Innstillinger**, **Bluetooth og enheter**, **Skrivere og skannere**, velg skriveren og **Åpne utskriftskø**. Står dokumentet der med status *Feil* eller blir stående, er det PC-en som ikke får sendt. Er køen tom, har dokumentet kommet fram, og feilen ligger på skriveren eller i Følg meg-køen.

## Tømme skriverkøen på PC-en

En skriverkø som står fast, tømmer du ved å høyreklikke på dokumentene i utskriftskøen og velge **Avbryt**. Lukk vinduet, vent et halvt minutt og send utskriften på nytt. Hjelper ikke det:

1. Start PC-en på nytt – ikke bare logg av.
2. Sjekk at du er på kommunens nett eller tilkoblet VPN.
3. Prøv å skrive ut et annet, lite dokument for å se om det er selve filen som er problemet.

Store PDF-filer med mange bilder kan bruke lang tid. Velg **Skriv ut som bilde** i PDF-leseren hvis en bestemt PDF henger.

## Når flere ikke får skrevet ut

Får ingen i avdelingen skrevet ut til samme skriver, er feilen sannsynligvis på skriveren eller utskriftsserveren. Sjekk driftsmeldingene, og meld deretter feil i portalen med navnet på skriveren (står på klistremerket) og hva skjermen på skriveren viser.
`,
    tags: ['skriver', 'skriverkø', 'feilsøking'],
    audience: 'employees',
    updatedDaysAgo: 84,
    reviewInDays: 200,
  },
  {
    slug: 'skanne-til-epost',
    kind: 'article',
    title: 'Skanne til e-post',
    summary:
      'Multifunksjonsskriverne kan skanne papir og sende det som PDF til e-postadressen din. Slik gjør du det, og dette må du passe på når dokumentet inneholder personopplysninger.',
    markdown: `## Skanne et dokument til deg selv

Du skanner til egen e-post ved å logge på skriveren med adgangskortet og trykke **Skann til meg**. Legg arkene i materen øverst med teksten opp, eller ett ark på glassplaten, og trykk **Start**. PDF-filen kommer som e-post fra skanner@ror-ikt.no i løpet av et minutt. Finner du den ikke, se i mappen **Søppelpost**.

## Innstillinger for skanningen

Før du trykker **Start**, kan du endre innstillingene på skjermen:

- **Tosidig** for ark med tekst på begge sider
- **Farge** eller **Svart-hvitt** – svart-hvitt gir mindre filer
- **Oppløsning** – 300 dpi er nok for tekst; høyere gir svært store filer
- **Filnavn** – gi filen et navn du kjenner igjen

E-post over 20 MB blir ikke levert. Del store dokumenter opp i flere skanninger.

## Skanning med personopplysninger

Skanner du dokumenter med personopplysninger, skal du sende dem bare til din egen adresse og så lagre dem i fagsystemet eller arkivet. Slett e-posten etterpå. Bruk aldri funksjonen for å skanne til en vilkårlig adresse for slike dokumenter; en feilskrevet adresse er et avvik som må meldes.

## Når skanningen ikke kommer fram

Kommer ikke e-posten, sjekker du først at kortet ditt er registrert på riktig bruker ved å logge av og på skriveren igjen. Meld deretter feil i portalen med skrivernavnet.
`,
    tags: ['skriver', 'skanning', 'e-post', 'personvern'],
    audience: 'employees',
    updatedDaysAgo: 430,
    reviewInDays: 88,
  },
  {
    slug: 'toner-og-papirstopp',
    kind: 'article',
    title: 'Tom for toner eller papirstopp',
    summary:
      'Papirstopp kan du nesten alltid løse selv, og toner bestilles for de fleste skrivere automatisk. Her er hva du gjør når skriveren stopper.',
    markdown: `## Fjerne papirstopp

Ved papirstopp viser skjermen på skriveren en animasjon av hvor arket sitter. Følg den steg for steg:

1. Åpne luken som skjermen peker på – ofte sidedøren til høyre eller papirskuffen.
2. Trekk arket forsiktig ut i papirets retning. Ikke riv; små papirbiter kan gi nye stopp.
3. Lukk alle luker. Skriveren fortsetter utskriften av seg selv.

Kommer papirstoppet igjen og igjen, kan papiret være fuktig eller feil type. Bruk bare kopipapir på 80 g, og ikke fyll skuffen over streken.

## Tom for toner

Toner til skriverne i Aukra, Hustadvika, Rauma og Vestnes bestilles automatisk av skriveren når nivået er lavt, og leveres til kontaktpersonen for skriveren i enheten. Ny toner ligger derfor ofte allerede i skapet ved skriveren. Skriveren viser en tegning av hvordan kassetten byttes. Brukte kassetter legges i esken den nye kom i, og hentes ved neste levering. For skrivere i Molde kommune gjelder egen avtale; se artikkelen om skriveravtalen i Molde.

## Når du må melde feil

Du må melde feil i portalen når skriveren viser en servicekode, lager merkelige lyder, gir streker på utskriftene eller når toner ikke er levert innen tre virkedager etter at skriveren varslet. Skriv navnet på skriveren og koden som står på skjermen. Ikke skru opp skriveren selv utover lukene som er beskrevet over.
`,
    tags: ['skriver', 'toner', 'papirstopp'],
    audience: 'employees',
    updatedDaysAgo: 156,
    reviewInDays: 230,
  },
  {
    slug: 'skriveravtale-molde',
    kind: 'article',
    title: 'Skriveravtalen i Molde kommune: toner, service og flytting av skrivere',
    summary:
      'Skriverne i Molde kommune leies gjennom en egen serviceavtale. Slik bestiller du toner, service og flytting av skrivere i Molde.',
    markdown: `## Hvordan er skriverne organisert i Molde?

Alle multifunksjonsskrivere i Molde kommune leies gjennom kommunens egen serviceavtale med skriverleverandøren, og hver skriver har en kontaktperson i enheten. Kontaktpersonen står på et gult merke på skriveren. Leverandøren har ansvar for reparasjon og forbruksmateriell, mens ROR-IKT har ansvar for utskriftskøen, Følg meg-løsningen og kortlesere.

## Bestille toner og stifter

Toner og stifter til skrivere i Molde bestilles av kontaktpersonen i leverandørens kundeportal, ikke i Samdrift-portalen. Bestillinger levert før kl. 12:00 kommer normalt neste virkedag til rådhuset, Kirkebakken og Molde helse- og omsorgssenter; andre adresser får levering innen tre virkedager. Skriverne i distriktet, for eksempel på Midsund og i Nesset, har alltid en ekstra kassett på lager.

## Feil som ikke løser seg med omstart

Maskinfeil som servicekoder, streker på utskriftene og gjentatt papirstopp melder du i portalen til ROR-IKT, som sender saken videre til leverandøren. Oppgi skriverens serienummer fra det gule merket. Leverandøren skal møte innen åtte arbeidstimer.

## Flytte, bytte eller si opp en skriver

Flytting av skrivere i Molde må avtales, fordi skriveren må få ny nettverksadresse. Lederen for enheten bestiller flyttingen i portalen minst to uker før. Nye skrivere og oppsigelse av leieavtaler bestilles også av leder og belastes enhetens ansvar.
`,
    tags: ['skriver', 'toner', 'molde', 'serviceavtale'],
    audience: 'employees',
    members: ['molde'],
    updatedDaysAgo: 860,
    reviewInDays: -120,
  },
  // --- Passord og MFA ---
  {
    slug: 'bytte-passord',
    kind: 'article',
    title: 'Bytte passord',
    summary:
      'Slik bytter du passordet når du vet det gamle, enten fra PC-en eller fra nettleseren. Har du glemt passordet, se artikkelen om tilbakestilling.',
    markdown: `## Bytte passord på PC-en

Du bytter passord på en kommunal PC ved å trykke **Ctrl + Alt + Delete** og velge **Endre et passord**. Skriv det gamle passordet én gang og det nye to ganger, og trykk **Enter**. PC-en bør være på kommunens nett eller tilkoblet VPN når du gjør dette, slik at det nye passordet blir lagret også på maskinen. Lås PC-en og logg på igjen med det nye passordet rett etterpå.

## Bytte passord i nettleseren

Er du ikke på jobb-PC-en, kan du bytte passord på [passord.ror-ikt.no](https://passord.ror-ikt.no). Logg på, velg **Endre passord**, og følg stegene. Det nye passordet gjelder med en gang i Microsoft 365, men en PC som står hjemme, vil kanskje be om det gamle passordet til den har vært på nettet.

## Etter passordbyttet

Etter et passordbytte må du ofte logge på igjen flere steder:

- Outlook og Teams på mobiltelefonen ber om det nye passordet.
- Trådløst nett (eduroam) på mobil og nettbrett må oppdateres.
- Lagrede passord i nettleseren for kommunale tjenester må oppdateres.

Får du gjentatte spørsmål om passord, eller blir kontoen låst, er det ofte en gammel enhet som fortsatt prøver det gamle passordet. Gå gjennom listen over og logg på på nytt.
`,
    tags: ['passord', 'passordbytte', 'pålogging'],
    audience: 'everyone',
    updatedDaysAgo: 27,
    reviewInDays: 320,
  },
  {
    slug: 'glemt-passord',
    kind: 'article',
    title: 'Glemt passord? Tilbakestill det selv',
    summary:
      'Har du glemt passordet eller blitt låst ute, kan du lage nytt passord selv på passord.ror-ikt.no – også utenom Kundeservice sin åpningstid.',
    markdown: `## Tilbakestille passordet selv

Et glemt passord tilbakestiller du selv på [passord.ror-ikt.no](https://passord.ror-ikt.no). Skriv inn e-postadressen din, bekreft med tegnene på skjermen og trykk **Neste**. Bekreft deretter at det er deg, med en av metodene du har registrert: godkjenning i Microsoft Authenticator, kode på SMS eller kode på e-post til privat adresse. Velg så et nytt passord. Tjenesten er åpen hele døgnet.

## Låst ute etter for mange forsøk

Kontoen låses i 15 minutter etter ti feilede påloggingsforsøk. Du kan vente til den låses opp av seg selv, eller tilbakestille passordet på [passord.ror-ikt.no](https://passord.ror-ikt.no) med en gang. Blir kontoen låst igjen og igjen, er det ofte en mobil eller et nettbrett med det gamle passordet lagret.

## Har du ikke registrert metoder?

For å kunne tilbakestille selv må du ha registrert minst én metode på forhånd. Det gjør du på [mysignins.microsoft.com/security-info](https://mysignins.microsoft.com/security-info) mens du husker passordet. Har du ikke gjort det, må du ringe Kundeservice på **+47 71 11 10 00** eller møte opp i skranken på Molde rådhus. Av sikkerhetshensyn må vi bekrefte hvem du er, for eksempel ved at du viser legitimasjon eller at lederen din bekrefter identiteten. Vi sender aldri nytt passord på e-post.

## Glemt PIN-koden på PC-en?

Glemt PIN-kode for Windows Hello er ikke det samme som glemt passord. Velg **Jeg har glemt PIN-koden** på påloggingsskjermen, logg på med passordet og lag en ny PIN.
`,
    tags: ['passord', 'selvbetjening', 'glemt passord', 'pålogging'],
    audience: 'everyone',
    updatedDaysAgo: 3,
    reviewInDays: 362,
  },
  {
    slug: 'passordregler',
    kind: 'article',
    title: 'Passordregler i ROR-IKT',
    summary:
      'Kravene til passord er like for alle ansatte i de fem kommunene. Her er reglene, og tips til hvordan du lager et passord som er sterkt og lett å huske.',
    markdown: `## Krav til passordet

Passordet til kommunekontoen din må oppfylle disse kravene:

- minst **14 tegn**
- ikke inneholde navnet ditt, brukernavnet eller kommunenavnet
- ikke være et av de siste fem passordene du har brukt
- ikke finnes på listen over kjente lekkede passord

Det er ikke lenger krav om spesialtegn eller tall, men de er lov. Lengden er det viktigste.

## Hvor ofte må jeg bytte?

Ansatte med tofaktorpålogging trenger ikke bytte passord etter fast tid. Du må bytte passordet når det er mistanke om at det er kjent for andre, for eksempel etter en phishing-e-post, og når Kundeservice ber deg om det. Tjenestekontoer og fellesbrukere i skolene har egne regler med bytte hvert år.

## Lag en passordfrase

En passordfrase av fire eller fem tilfeldige ord er både sterk og lett å huske, for eksempel *Fjellet måke sykkel brunost*. Unngå sitater, sangtekster og ord som henger naturlig sammen. Legg gjerne til et tall eller tegn et sted du selv velger.

## Ett passord per tjeneste

Passordet til kommunekontoen skal ikke brukes noe annet sted, og særlig ikke på private tjenester. Lekker en nettbutikk passordet ditt, vil angripere prøve det mot Microsoft 365 også. Del aldri passordet med kolleger, heller ikke med lederen din eller med Kundeservice.
`,
    tags: ['passord', 'sikkerhet', 'regler'],
    audience: 'everyone',
    updatedDaysAgo: 520,
    reviewInDays: 15,
  },
  {
    slug: 'sette-opp-authenticator',
    kind: 'article',
    title: 'Sette opp Microsoft Authenticator',
    summary:
      'Microsoft Authenticator er appen du bruker til tofaktorpålogging (MFA). Slik setter du den opp på mobilen første gang.',
    markdown: `## Hva er tofaktorpålogging?

Tofaktorpålogging (MFA) betyr at du bekrefter påloggingen med noe du har, i tillegg til passordet. I ROR-IKT bruker vi appen Microsoft Authenticator på mobilen. Når du logger på, viser skjermen et tall som du skriver inn i appen. Det stopper de fleste forsøk på å bruke stjålne passord.

## Installere og registrere appen

Du setter opp Authenticator fra PC-en og mobilen samtidig:

1. Installer **Microsoft Authenticator** fra App Store, Google Play eller Firmaportal på jobbmobilen.
2. Gå til [mysignins.microsoft.com/security-info](https://mysignins.microsoft.com/security-info) på PC-en og logg på.
3. Velg **Legg til påloggingsmetode** og **Microsoft Authenticator**, og trykk **Neste** til du ser en QR-kode.
4. Åpne appen på mobilen, trykk **+**, velg **Jobb- eller skolekonto** og **Skann QR-kode**.
5. Godkjenn testvarselet som kommer på mobilen.

## Privat telefon eller jobbtelefon?

Authenticator fungerer både på jobbtelefon og privat telefon. Appen får ikke tilgang til noe annet på telefonen og bruker svært lite data. Ansatte uten smarttelefon kan få en kodebrikke eller en sikkerhetsnøkkel fra Kundeservice.

## Legg til en reservemetode

Du bør registrere telefonnummeret ditt for SMS som reservemetode på samme side. Da kommer du deg inn selv om appen skulle slutte å virke, og du kan tilbakestille passordet selv på [passord.ror-ikt.no](https://passord.ror-ikt.no).
`,
    tags: ['mfa', 'authenticator', 'pålogging', 'sikkerhet'],
    audience: 'everyone',
    updatedDaysAgo: 112,
    reviewInDays: 255,
  },
  {
    slug: 'ny-telefon-flytte-mfa',
    kind: 'article',
    title: 'Ny telefon: flytte tofaktorpåloggingen',
    summary:
      'Når du bytter mobil, må Microsoft Authenticator flyttes til den nye telefonen. Gjør det før du leverer fra deg den gamle.',
    markdown: `## Flytt Authenticator mens du har den gamle telefonen

Det enkleste er å flytte Authenticator mens den gamle telefonen fortsatt virker. Installer Authenticator på den nye telefonen. Gå så til [mysignins.microsoft.com/security-info](https://mysignins.microsoft.com/security-info) på PC-en, logg på og godkjenn med den gamle telefonen. Velg **Legg til påloggingsmetode**, **Microsoft Authenticator**, og skann QR-koden med den nye telefonen. Når den nye telefonen virker, sletter du den gamle oppføringen i listen med **Slett**.

## Sikkerhetskopi i appen

Sikkerhetskopi i Authenticator flytter kontoene til ny telefon, men jobbkontoen må likevel bekreftes på nytt. Har du slått på **Sikkerhetskopi** i appens innstillinger, vises kontoen på den nye telefonen etter gjenoppretting, merket med at du må logge på. Trykk på kontoen og følg instruksjonene.

## Har du allerede levert den gamle telefonen?

Har den gamle telefonen blitt levert inn, tilbakestilt eller mistet, kan du bruke reservemetoden din, for eksempel SMS, til å logge på og registrere den nye appen. Har du ingen reservemetode, må Kundeservice tilbakestille tofaktorpåloggingen din. Ring **+47 71 11 10 00** eller møt opp i skranken. Vi må bekrefte identiteten din før vi gjør det.

## Jobbmobil fra ROR-IKT

Får du ny jobbmobil i rulleringen, bør du flytte Authenticator samme dag som du tar telefonen i bruk, og før du leverer den gamle. Den gamle telefonen tilbakestilles når den leveres, og da forsvinner appen.
`,
    tags: ['mfa', 'authenticator', 'mobil', 'ny telefon'],
    audience: 'everyone',
    updatedDaysAgo: 176,
    reviewInDays: 198,
  },
  {
    slug: 'mfa-foresporsel-du-ikke-startet',
    kind: 'article',
    title: 'MFA-forespørsel du ikke ba om',
    summary:
      'Får du et varsel i Microsoft Authenticator uten at du selv prøver å logge på, kan noen ha passordet ditt. Avvis varselet og bytt passord med en gang.',
    markdown: `## Avvis varselet

Et varsel i Authenticator som du ikke selv har startet, skal du alltid avvise. Trykk **Nei, det er ikke meg** eller **Avvis**, og skriv aldri inn et tall som ikke står på din egen skjerm. Et slikt varsel betyr som regel at noen har passordet ditt og prøver å logge på som deg. Angripere sender ofte mange varsler på rad i håp om at du godkjenner ett for å få fred.

## Bytt passordet med en gang

Når noen har prøvd å logge på med passordet ditt, må du bytte det med en gang. Bytt passordet på [passord.ror-ikt.no](https://passord.ror-ikt.no) eller med **Ctrl + Alt + Delete** på PC-en. Bruk et helt nytt passord som ikke ligner det gamle. Har du brukt samme passord andre steder, må du bytte det der også.

## Gi beskjed til Kundeservice

Meld fra til Kundeservice i portalen med **Meld feil** og overskriften «Sikkerhetshendelse: MFA-varsel», også om du avviste varselet. Sikkerhetsteamet sjekker påloggingsloggene, ser hvor forsøket kom fra og om andre kontoer er rammet. Har du ved et uhell godkjent et varsel du ikke startet, må du ringe **+47 71 11 10 00** med en gang – da må kontoen sperres.

## Varsler som skyldes deg selv

Av og til kommer varsler fra dine egne enheter, for eksempel når Outlook på et gammelt nettbrett prøver å logge på i bakgrunnen. Er du usikker, avvis likevel og logg på på nytt selv fra enheten du bruker.
`,
    tags: ['mfa', 'sikkerhet', 'authenticator', 'phishing'],
    audience: 'everyone',
    updatedDaysAgo: 69,
    reviewInDays: 290,
  },
  // --- VPN og hjemmekontor ---
  {
    slug: 'always-on-vpn',
    kind: 'article',
    title: 'Always On VPN: kommunens nett hjemmefra',
    summary:
      'Always On VPN kobler jobb-PC-en til kommunens nett automatisk når du er utenfor kontoret. Slik ser du at den virker, og hva du gjør når den ikke kobler til.',
    markdown: `## Hva gjør Always On VPN?

Always On VPN gir jobb-PC-en sikker tilgang til kommunens nett fra alle steder med internett, uten at du trenger å gjøre noe. Forbindelsen starter av seg selv når PC-en er på et nett utenfor kommunen. Du trenger VPN for fagsystemer som står i kommunens datasenter, for fellesområder på filserveren og for enkelte skrivere. Microsoft 365, som Teams, Outlook og OneDrive, virker også uten VPN.

## Slik ser du at du er tilkoblet

Du ser VPN-status ved å klikke på nettverksikonet nederst til høyre på skjermen. Under **VPN** skal **ROR-IKT AlwaysOn** stå som **Tilkoblet**. Det kan ta opptil et minutt etter at PC-en har fått internett før VPN er oppe.

## Når VPN ikke kobler til

Kobler VPN ikke til, kan du prøve dette i rekkefølge:

1. Sjekk at du har internett, for eksempel ved å åpne en nettside.
2. Klikk på **ROR-IKT AlwaysOn** og velg **Koble fra**, vent litt og velg **Koble til**.
3. Start PC-en på nytt.
4. Prøv et annet nett, for eksempel deling fra mobilen, for å utelukke problemer med hjemmenettet.

Hjelper ikke dette, melder du feil i portalen. Skriv hvilket nett du prøver fra, og ta skjermbilde av eventuell feilmelding.

## Private PC-er og Citrix

Always On VPN finnes bare på PC-er som ROR-IKT administrerer. Fra privat PC får du tilgang til fagsystemer gjennom Citrix Workspace.
`,
    tags: ['vpn', 'hjemmekontor', 'fjerntilgang', 'nettverk'],
    audience: 'employees',
    updatedDaysAgo: 240,
    reviewInDays: 170,
  },
  {
    slug: 'hjemmekontor',
    kind: 'article',
    title: 'Godt oppsett på hjemmekontoret',
    summary:
      'Jobber du hjemmefra, bør nettet, utstyret og informasjonssikkerheten være på plass. Her er det du trenger å vite om hjemmekontor med kommunalt utstyr.',
    markdown: `## Hvilket utstyr får jeg til hjemmekontoret?

Utstyr til hjemmekontoret avtales med lederen din, som også betaler for det. Vanlig er en ekstra skjerm, tastatur, mus og et hodesett. Ekstra utstyr bestilles av lederen i portalen og leveres til kontoret ditt, ikke hjem. ROR-IKT gir support på kommunalt utstyr, men ikke på hjemmenettet eller private skjermer og skrivere.

## Internett hjemme

Hjemmenettet bør ha minst 20 Mbit/s opp og ned for å fungere godt i videomøter. Står PC-en langt unna ruteren, gir en nettverkskabel mer stabil forbindelse enn wifi. Bytt standardpassordet på ruteren hvis du ikke har gjort det, og hold ruteren oppdatert. Når du er tilkoblet, kobler Always On VPN deg til kommunens nett automatisk.

## Informasjonssikkerhet hjemme

Taushetsplikten gjelder like mye hjemme som på kontoret. Lås skjermen med **Windows + L** når du går fra PC-en, også om det bare er familien hjemme. Ta samtaler om enkeltpersoner der ingen andre hører deg. Papirer med personopplysninger skal ikke tas med hjem uten avtale med lederen, og skal makuleres på jobb, ikke kastes i husholdningsavfallet.

## Skrive ut hjemmefra

Utskrift fra hjemmekontoret kan sendes til Følg meg-køen og hentes neste gang du er på kontoret. Private skrivere kan brukes til dokumenter uten personopplysninger, men vi installerer ikke drivere for dem.
`,
    tags: ['hjemmekontor', 'utstyr', 'sikkerhet', 'vpn'],
    audience: 'employees',
    updatedDaysAgo: 720,
    reviewInDays: 70,
  },
  {
    slug: 'jobbe-pa-reise-offentlig-wifi',
    kind: 'article',
    title: 'Jobbe på reise: hotellnett og offentlige trådløse nett',
    summary:
      'Hotellnett, tog og kafeer kan brukes med jobb-PC-en, men krever litt ekstra varsomhet. Slik kommer du gjennom påloggingssider og jobber trygt.',
    markdown: `## Koble til hotellnettet

Hotellnett og andre offentlige nett har ofte en påloggingsside der du må godta vilkår eller skrive romnummeret. Koble til nettet, åpne Edge og gå til en vanlig nettside, for eksempel [www.nrk.no](https://www.nrk.no), så kommer påloggingssiden fram. Always On VPN kobler først til etter at du har kommet gjennom påloggingssiden.

## Når påloggingssiden ikke kommer fram

Vises ikke påloggingssiden, kan det skyldes at VPN prøver å koble til for tidlig. Klikk på nettverksikonet, velg **ROR-IKT AlwaysOn** og **Koble fra**, og prøv nettsiden igjen. Når du er logget på hotellnettet, velger du **Koble til** igjen. Hjelper ikke det, er deling av mobildata fra telefonen ofte enkleste løsning.

## Jobbe trygt på offentlige steder

Offentlige nett er greie å bruke når VPN er på, men det du har på skjermen, er like synlig som før. Sett deg med ryggen mot veggen når du jobber med personopplysninger, og bruk personvernfilter på skjermen hvis du ofte jobber på tog eller fly. Ta ikke telefonsamtaler om enkeltsaker der andre kan høre. La aldri PC-en stå igjen ulåst, heller ikke på hotellrommet.

## Reise utenfor EU/EØS

Skal du ta med jobb-PC eller jobbmobil til land utenfor EU/EØS, må du gi beskjed til Kundeservice minst en uke før. Pålogging fra enkelte land er sperret og må åpnes for reisen.
`,
    tags: ['reise', 'wifi', 'vpn', 'sikkerhet'],
    audience: 'employees',
    updatedDaysAgo: 388,
    reviewInDays: 130,
  },
  // --- PC-rullering ---
  {
    slug: 'pc-rullering',
    kind: 'article',
    title: 'Når får jeg ny PC? Slik fungerer PC-rulleringen',
    summary:
      'Ansatte-PC-er byttes ut etter omtrent fire år gjennom PC-rulleringen. Kundeservice tar kontakt når det er din tur – du trenger ikke bestille selv.',
    markdown: `## Når blir PC-en min byttet?

PC-er til ansatte byttes ut når de er omtrent **fire år gamle**, regnet fra kjøpsdatoen. Alle PC-ene i de fem kommunene er registrert med kjøpsdato, og rulleringsplanen viser hvilke maskiner som skal byttes hvert år. Du trenger ikke bestille ny PC selv: Kundeservice tar kontakt med deg når din PC står for tur, som regel med e-post to til fire uker før. Vil du vite når din PC er planlagt byttet, kan du spørre Rakel eller se under **Mitt utstyr** i portalen.

## Slik foregår byttet

Bytte av PC i rulleringen avtales med deg på forhånd. Du får en e-post med lenke til å velge tidspunkt, og henter den nye PC-en hos Kundeservice på Molde rådhus eller på avtalt sted i din kommune. Selve byttet tar om lag 30 minutter. Ta med den gamle PC-en, laderen og eventuell dokkingstasjon som skal byttes.

## PC-er som ikke har vært i bruk

Bare PC-er som faktisk er i bruk, er med i rulleringen. En PC som ikke har vært logget på kommunens nett på flere måneder, regnes som ute av drift og blir ikke byttet automatisk. Har du en PC som sjelden brukes, logg gjerne på den av og til med VPN tilkoblet.

## Vil du ha ny PC før tiden?

Er PC-en defekt, skal du melde feil – den repareres eller byttes innenfor garantien. Ønsker enheten en ny PC før den står for tur i rulleringen, eller en ekstra PC, må lederen bestille **PC utenom rullering**, og enheten betaler for den.
`,
    tags: ['pc', 'pc-rullering', 'utstyr', 'ny pc'],
    audience: 'employees',
    services: ['PC utenom rullering'],
    updatedDaysAgo: 12,
    reviewInDays: 168,
  },
  {
    slug: 'ny-pc-filer-og-programmer',
    kind: 'article',
    title: 'Ny PC: dette skjer med filene og programmene dine',
    summary:
      'Filene i OneDrive og Teams følger med til den nye PC-en av seg selv. Her er hva du bør sjekke før byttet, og hva som må settes opp på nytt.',
    markdown: `## Følger filene mine med?

Filer du har i OneDrive, Teams og SharePoint, følger med til den nye PC-en automatisk. Det gjelder også mappene **Skrivebord**, **Dokumenter** og **Bilder**, som synkroniseres til OneDrive på alle kommunale PC-er. Filer som er lagret direkte på **C:**-disken andre steder, for eksempel i mappen **Nedlastinger**, følger **ikke** med og slettes når den gamle PC-en tilbakestilles.

## Sjekk dette før byttet

Før du leverer den gamle PC-en, bør du gå gjennom denne listen:

1. Kontroller at OneDrive-ikonet viser grønn hake og ingen feil.
2. Flytt filer du trenger fra **Nedlastinger** og andre lokale mapper til OneDrive.
3. Eksporter bokmerker fra nettleseren hvis du ikke er logget på Edge med jobbkontoen.
4. Noter programmer du bruker som ikke er standard, for eksempel et spesielt fagprogram.

## Programmer på den nye PC-en

Standardprogrammene, som Microsoft 365, nettleser og PDF-leser, er installert fra start. Programmer du har fått installert etter bestilling, installeres på nytt av seg selv hvis de er knyttet til brukeren din. Mangler et program etter et døgn, kan du installere det selv fra **Firmaportal** på PC-en, eller bestille **Installere programvare** i portalen.

## Innstillinger

Skrivere, signatur i Outlook og innstillinger i Teams følger med kontoen din. Oppsett av ekstra skjermer og Windows Hello (PIN og ansiktsgjenkjenning) må gjøres på nytt første gang du logger på.
`,
    tags: ['pc', 'pc-rullering', 'onedrive', 'filer'],
    audience: 'employees',
    services: ['Installere programvare'],
    updatedDaysAgo: 44,
    reviewInDays: 175,
  },
  {
    slug: 'levere-gammel-pc',
    kind: 'article',
    title: 'Levere inn den gamle PC-en',
    summary:
      'Gamle PC-er skal leveres til Kundeservice når du får ny, eller når du slutter. Slik leverer du, og dette skjer med maskinen etterpå.',
    markdown: `## Hvor leverer jeg den gamle PC-en?

Den gamle PC-en leverer du til Kundeservice samme dag som du får den nye, eller senest innen to uker. Du kan levere i skranken på Molde rådhus eller til kontaktpersonen for utstyr i din kommune, som samler maskinene og sender dem til oss. Lever laderen sammen med PC-en. Dokkingstasjon, mus og tastatur beholder du hvis de virker.

## Dette skjer med maskinen

Alle innleverte PC-er slettes etter en fast prosedyre. Disken tilbakestilles og krypteringsnøklene fjernes, slik at ingen data kan gjenopprettes. Deretter vurderes maskinen: PC-er i god stand kan brukes videre som reservemaskiner eller selges til godkjent gjenvinner, som sletter på nytt og gir sertifikat. Maskiner som ikke kan brukes, sendes til EE-retur.

## Kan jeg kjøpe den gamle PC-en?

Ansatte kan ikke kjøpe den gamle jobb-PC-en. Kommunen har avtale med en gjenvinner som sikrer sletting og miljøvennlig håndtering, og inntekten går tilbake til kommunene.

## Når noen slutter

Slutter en ansatt, har lederen ansvar for at PC, mobiltelefon og sikkerhetsnøkkel blir levert. Utstyr som ikke leveres innen 30 dager etter siste arbeidsdag, sperres og fjernslettes, og kostnaden belastes enheten.
`,
    tags: ['pc', 'pc-rullering', 'innlevering', 'gjenvinning'],
    audience: 'employees',
    updatedDaysAgo: 280,
    reviewInDays: 92,
  },
  {
    slug: 'pc-utenom-rullering',
    kind: 'article',
    title: 'Bestille PC utenom rulleringen',
    summary:
      'Trenger enheten en ekstra PC eller en PC før rulleringen, bestiller leder PC utenom rullering i portalen. Enheten betaler for maskinen.',
    markdown: `## Når bestiller vi PC utenom rullering?

PC utenom rullering bestilles når enheten trenger en PC som ikke dekkes av den faste utskiftingen. Typiske tilfeller er en ny stilling, en ekstra PC til et vaktrom eller en erstatning for en PC som er mistet eller skadet utenfor garantien. Defekte PC-er innenfor garantien skal meldes som feil, ikke bestilles på nytt. Ny PC til en nyansatt som overtar en stilling, får vanligvis den forrige innehaverens maskin.

## Slik bestiller du

Bare ledere og personer med bestillerrolle kan bestille PC utenom rullering. Slik gjør du:

1. Velg **Bestill** i portalen og deretter **PC utenom rullering** i tjenestekatalogen.
2. Velg modell: *Standard bærbar*, *Kraftig bærbar* eller *Stasjonær*.
3. Fyll inn ansvarsnummeret som skal belastes, og en kort begrunnelse.
4. Send bestillingen.

Prisen er **kr 9 500 per PC** for standardmodellen, og den faktureres kommunen og belastes enhetens ansvar.

## Levering

Er modellen på lager, er PC-en klar til henting innen fem virkedager. Må den bestilles fra leverandør, kan det ta tre til fire uker. Du får beskjed i saken når PC-en er klar.

## Blir den med i rulleringen senere?

En PC som er kjøpt utenom rulleringen, blir med i rulleringsplanen fra kjøpsdatoen. Den byttes derfor etter omtrent fire år på samme måte som andre PC-er.
`,
    tags: ['pc', 'bestilling', 'pc-rullering', 'leder'],
    audience: 'managers',
    services: ['PC utenom rullering'],
    updatedDaysAgo: 90,
    reviewInDays: 150,
  },
  // --- PC, skjerm, lyd og oppdateringer ---
  {
    slug: 'windows-oppdateringer-omstart',
    kind: 'article',
    title: 'Windows-oppdateringer og omstart',
    summary:
      'Windows oppdateres automatisk, men oppdateringene blir først aktive når PC-en starter på nytt. Slik velger du et tidspunkt som passer, og hvorfor du ikke bør vente.',
    markdown: `## Hvorfor må PC-en starte på nytt?

Windows-oppdateringer tetter sikkerhetshull og retter feil, men blir først tatt i bruk når PC-en starter på nytt. Oppdateringene lastes ned automatisk i bakgrunnen. Når en omstart er nødvendig, ser du et varsel og et oransje merke på **Av/på**-knappen i startmenyen.

## Velge tidspunkt for omstarten

Du kan selv velge når omstarten skal skje, innen en frist. Åpne **Innstillinger**, **Windows Update** og velg **Planlegg omstarten**, eller trykk **Start på nytt nå** når det passer. Lagre arbeidet ditt først. En omstart med oppdateringer tar vanligvis fem til femten minutter.

## Hva skjer hvis jeg venter?

Etter **sju dager** starter PC-en på nytt av seg selv, og du får nedtellingsvarsel i forkant. Lar du PC-en stå i dvale i lang tid, kan det bli flere oppdateringer som skal installeres samtidig. Start derfor PC-en på nytt med **Start på nytt** minst én gang i uka. Å lukke lokket på en bærbar PC er ikke en omstart.

## Hvis PC-en henger under oppdatering

Står PC-en på «Arbeider med oppdateringer» i mer enn en time, kan du holde inne av/på-knappen til den slår seg av, og så starte den igjen. Oppdateringen rulles da tilbake eller fortsetter. Slå aldri av strømmen midt i en oppdatering som går framover. Melder PC-en feil etter oppdatering, meld feil i portalen og skriv hva skjermen viser.
`,
    tags: ['windows', 'oppdateringer', 'omstart', 'pc'],
    audience: 'employees',
    updatedDaysAgo: 162,
    reviewInDays: 210,
  },
  {
    slug: 'dokkingstasjon-og-skjerm',
    kind: 'article',
    title: 'Dokkingstasjon og ekstra skjermer',
    summary:
      'Med dokkingstasjonen kobler du den bærbare PC-en til skjermer, tastatur og nettverk med én kabel. Slik kobler du til, og slik løser du det når skjermene er svarte.',
    markdown: `## Koble til dokkingstasjonen

Dokkingstasjonen kobles til PC-en med USB-C-kabelen, som også lader maskinen. Bruk porten merket med lyn eller skjermsymbol på siden av PC-en. Skjermer, tastatur, mus og nettverkskabel står koblet til dokkingstasjonen, så du slipper å plugge inn alt hver dag. Dokkingstasjonen må ha egen strøm for å virke.

## Stille inn skjermene

Skjermene stiller du inn under **Innstillinger**, **System** og **Skjerm**. Trykk **Identifiser** for å se hvilket nummer hver skjerm har, og dra dem slik at oppsettet passer med hvordan de står på pulten. Velg **Utvid disse skjermene** for å bruke dem som én stor flate, og kryss av for **Gjør dette til hovedskjermen** på skjermen du vil ha oppgavelinjen på. Hurtigtasten **Windows + P** bytter raskt mellom visningene.

## Svart skjerm eller ingen bilde

Er skjermene svarte etter tilkobling, kan du prøve dette:

1. Sjekk at dokkingstasjonen lyser og at skjermene er slått på.
2. Trekk ut USB-C-kabelen, vent ti sekunder og sett den inn igjen.
3. Sjekk at skjermen står på riktig inngang (HDMI eller DisplayPort) i skjermens egen meny.
4. Start PC-en på nytt mens den er koblet til dokkingstasjonen.

## Nytt eller ødelagt utstyr

Ødelagte dokkingstasjoner og skjermer meldes som feil i portalen. Ekstra skjermer og dokkingstasjoner bestilles av lederen din og betales av enheten.
`,
    tags: ['skjerm', 'dokkingstasjon', 'pc', 'utstyr'],
    audience: 'employees',
    updatedDaysAgo: 501,
    reviewInDays: 66,
  },
  {
    slug: 'hodesett-og-lyd',
    kind: 'article',
    title: 'Hodesett og lyd i Teams',
    summary:
      'Hører ingen deg, eller hører du ikke de andre i Teams, er det som regel feil lydenhet som er valgt. Slik sjekker og bytter du lydinnstillingene.',
    markdown: `## Velg riktig lydenhet i Teams

De fleste lydproblemer i Teams skyldes at Teams bruker feil mikrofon eller høyttaler. I et pågående møte velger du **Mer** (**...**), **Innstillinger** og **Enhetsinnstillinger**. Velg hodesettet ditt både under **Høyttaler** og **Mikrofon**. Før møtet kan du gjøre det samme under **Innstillinger** og **Enheter** i Teams, og ta en **Test anrop** for å høre hvordan du låter.

## Trådløst hodesett

Trådløse hodesett fra kommunen har en liten USB-mottaker som skal sitte i PC-en eller dokkingstasjonen. Bruk mottakeren i stedet for å koble hodesettet til med Bluetooth fra Windows – det gir mer stabil lyd. Lad hodesettet over natten; mange hodesett slår av mikrofonen når batteriet er lavt.

## Ekko og dårlig lyd

Ekko i møter oppstår når noen bruker høyttaler og mikrofon uten hodesett, eller når flere i samme rom er med i møtet fra hver sin PC. Be de andre i rommet slå av lyden på sine PC-er. Hakkete lyd skyldes ofte svakt nett: bytt til kabel eller slå av kameraet med **Slå av kamera**.

## Bestille nytt hodesett

Et hodesett som er ødelagt, meldes som feil i portalen. Nye hodesett bestilles av lederen din. ROR-IKT anbefaler hodesett som er sertifisert for Microsoft Teams, og som har aktiv støydemping hvis du sitter i åpent landskap.
`,
    tags: ['lyd', 'hodesett', 'teams', 'mikrofon'],
    audience: 'employees',
    updatedDaysAgo: 215,
    reviewInDays: 118,
  },
  {
    slug: 'citrix-workspace',
    kind: 'article',
    title: 'Fagsystemer via Citrix Workspace',
    summary:
      'En del fagsystemer kjøres gjennom Citrix og åpnes fra Citrix Workspace. Slik starter du en app, og slik kommer du inn fra en privat PC.',
    markdown: `## Hva er Citrix Workspace?

Citrix Workspace er løsningen som gir deg fagsystemer som kjører på servere i ROR-IKTs datasenter, i stedet for å være installert på PC-en. Eksempler er økonomisystemet, enkelte eldre fagsystemer i oppvekst og arkivsystemets klient. Du ser appen i et vindu på din PC, men den kjører på serveren. Derfor kan du bruke den fra hvor som helst uten at dataene lagres lokalt.

## Starte en app

Du starter Citrix-apper fra [citrix.ror-ikt.no](https://citrix.ror-ikt.no) eller fra Citrix Workspace-appen på PC-en. Logg på med e-postadressen din på jobb og godkjenn i Authenticator. Appene du har tilgang til, vises under **Apper**. Klikk på en app for å starte den, og marker den med stjerne for å legge den under **Favoritter**.

## Fra privat PC

På en privat PC installerer du Citrix Workspace-appen fra [www.citrix.com/downloads/workspace-app](https://www.citrix.com/downloads/workspace-app) og logger på med samme adresse. Du kan ikke lagre filer fra Citrix til den private PC-en, og utskrift går til Følg meg-køen. Bruk ikke delte eller offentlige PC-er.

## Når appen henger eller ikke starter

Henger en Citrix-app, lukker du den og logger av Citrix helt: klikk på navnet ditt øverst til høyre og velg **Logg av**. Vent to minutter og start appen på nytt. Står den fortsatt fast, melder du feil med navnet på appen og tidspunktet feilen skjedde. Mangler du en app, må du be om **Tilgang til fagsystem**.
`,
    tags: ['citrix', 'fagsystem', 'fjerntilgang'],
    audience: 'employees',
    services: ['Tilgang til fagsystem'],
    updatedDaysAgo: 810,
    reviewInDays: -5,
  },
  // --- Trådløst nett ---
  {
    slug: 'tradlost-nett-eduroam',
    kind: 'article',
    title: 'Trådløst nett for ansatte: eduroam',
    summary:
      'Ansatte og elever kobler seg til trådløst nett med eduroam og egen kommunekonto. Eduroam virker også på skoler, universiteter og mange offentlige bygg i Norge og utlandet.',
    markdown: `## Koble til eduroam

Eduroam er det trådløse nettet for ansatte og elever i alle de fem kommunene. Jobb-PC-er og jobbmobiler kobler seg til automatisk. På en privat mobil eller PC velger du nettet **eduroam** og logger på med e-postadressen din på jobb som brukernavn og det vanlige passordet ditt. Godta sertifikatet hvis du blir spurt; det skal være utstedt til ROR-IKT.

## Eduroam andre steder

Fordi eduroam er et internasjonalt samarbeid, kan du bruke samme pålogging på universiteter, høyskoler og mange sykehus og offentlige bygg i hele Europa. Det er nyttig på kurs og konferanser. Se hvor eduroam finnes, på [eduroam.no](https://www.eduroam.no).

## Når eduroam ikke virker

Har du nettopp byttet passord, må du oppdatere det på alle private enheter som bruker eduroam, ellers kan kontoen bli låst. Glem nettet og koble til på nytt: på iPhone trykker du på **i** ved nettet og **Glem dette nettverket**, på Android holder du inne nettet og velger **Glem**. Virker det ikke på en kommunal PC, start PC-en på nytt og meld feil hvis problemet vedvarer.

## Dekning

Får du dårlig dekning på et bestemt sted i et kommunalt bygg, meld feil med bygg, etasje og rom. ROR-IKT har over 200 tilgangspunkter og kan flytte eller legge til nye der det trengs.
`,
    tags: ['wifi', 'eduroam', 'nettverk'],
    audience: 'everyone',
    updatedDaysAgo: 333,
    reviewInDays: 145,
  },
  {
    slug: 'gjestenett',
    kind: 'article',
    title: 'Gjestenettet «Gjest» for besøkende',
    summary:
      'Besøkende, konsulenter og innbyggere bruker det trådløse gjestenettet Gjest. Pålogging skjer med kode på SMS, og tilgangen varer i ett døgn.',
    markdown: `## Slik logger gjester på

Gjestenettet heter **Gjest** og er åpent for alle som besøker et kommunalt bygg. Gjesten kobler seg til nettet, og en påloggingsside åpner seg. Der skriver gjesten inn mobilnummeret sitt og får en kode på SMS. Etter at koden er skrevet inn, varer tilgangen i **24 timer**. Det er ingen grense på antall enheter per nummer.

## Hva kan gjester bruke nettet til?

Gjestenettet gir vanlig tilgang til internett, men ikke til kommunens interne systemer, skrivere eller fellesområder. Enkelte nettsider og tjenester med mye trafikk, som fildeling, er sperret. Konsulenter som skal jobbe i kommunens systemer, må få egen konto og bruke VPN eller Citrix.

## Ansatte skal ikke bruke Gjest

Ansatte skal bruke eduroam på både jobbutstyr og private enheter. Kommunale PC-er på gjestenettet får ikke tilgang til skrivere og fagsystemer, og oppdateringer kan utebli.

## Kurs og arrangementer

Til kurs og større arrangementer kan dere få en felles kode for gjestenettet som varer hele arrangementet. Bestill den i portalen minst tre virkedager før, og oppgi sted, dato og omtrent antall deltakere. Koden kan skrives ut på et ark ved inngangen.
`,
    tags: ['wifi', 'gjestenett', 'besøkende'],
    audience: 'everyone',
    updatedDaysAgo: 470,
    reviewInDays: 82,
  },
  // --- Mobiltelefon ---
  {
    slug: 'bestille-mobiltelefon',
    kind: 'article',
    title: 'Bestille mobiltelefon',
    summary:
      'Jobbmobiler bestilles av leder i tjenestekatalogen, som ny telefon eller som erstatning. Slik bestiller du, og slik velger du riktig modell.',
    markdown: `## Hvem kan bestille mobiltelefon?

Jobbmobiler bestilles av lederen eller en person med bestillerrolle i enheten. Ansatte som trenger ny telefon, ber lederen sin om å bestille. Mobiltelefoner byttes etter omtrent tre år, eller når de er ødelagt. En defekt telefon innenfor garantien skal meldes som feil, så bytter vi den uten kostnad.

## Slik bestiller du

Du bestiller i portalen under **Bestill** og **Mobiltelefon**:

1. Velg modell. *Standard* passer for de fleste. Velg *Med 6 GB minne (Rover)* for ansatte i hjemmetjenesten og andre som bruker Rover-appen.
2. Skriv hvem som skal bruke telefonen.
3. Skriv i merknadsfeltet om telefonen skal ha nytt nummer eller overta et eksisterende.
4. Send bestillingen. Den går til godkjenning hos leder hvis noen andre har bestilt.

Prisen er **kr 4 200 per telefon** med deksel og skjermbeskyttelse, og den faktureres kommunen.

## Utlevering

Telefonen leveres ferdig registrert i kommunens mobilhåndtering. Den hentes hos Kundeservice eller sendes til enheten, vanligvis innen sju virkedager. Når du slår den på første gang og logger på med jobbkontoen, installeres Outlook, Teams og andre jobbapper av seg selv.

## Abonnement og nummer

Abonnementet følger kommunens mobilavtale og er ikke en del av bestillingen av selve telefonen. Nytt nummer eller flytting av et privat nummer til kommunens avtale bestilles i samme sak.
`,
    tags: ['mobil', 'bestilling', 'mobiltelefon', 'tjenestekatalog'],
    audience: 'managers',
    services: ['Mobiltelefon'],
    updatedDaysAgo: 73,
    reviewInDays: 240,
  },
  {
    slug: 'firmaportal-intune',
    kind: 'article',
    title: 'Registrere mobilen i Firmaportal (Intune)',
    summary:
      'Jobbmobiler og nettbrett må være registrert i Intune for å få tilgang til e-post, Teams og fagapper. Slik registrerer du enheten med appen Firmaportal.',
    markdown: `## Hvorfor må mobilen registreres?

Alle jobbmobiler og nettbrett skal være registrert i kommunens mobilhåndtering, Microsoft Intune. Registreringen gjør at enheten får riktige sikkerhetsinnstillinger, jobbapper og tilgang til e-post og Teams. Mister du enheten, kan den sperres og slettes. ROR-IKT forvalter over 4 200 mobile enheter på denne måten.

## Registrere en ny jobbmobil

Nye telefoner fra ROR-IKT er forhåndsregistrert, og du trenger bare å logge på. Slå på telefonen, koble til wifi eller mobilnett og følg veiviseren. Når du blir bedt om det, logger du på med e-postadressen din på jobb og godkjenner i Authenticator. Jobbappene installeres i løpet av 15–30 minutter. La telefonen stå på lading og koblet til nett imens.

## Registrere en telefon som er tilbakestilt

En telefon som ikke er forhåndsregistrert, registrerer du med appen **Firmaportal** (Intune Company Portal):

1. Installer **Intune-firmaportal** fra App Store eller Google Play.
2. Åpne appen og logg på med jobbkontoen.
3. Trykk **Start** og følg stegene. Godta profilen som lastes ned.
4. Vent til appen viser at enheten er **Kompatibel**.

## Enheten er ikke kompatibel

Viser Firmaportal at enheten ikke er kompatibel, står årsaken i appen. Vanlige årsaker er manglende skjermlås, utdatert operativsystem eller for lite minne for enkelte fagapper. Rett det som står, og trykk **Sjekk status**. Ikke-kompatible enheter mister tilgangen til jobbapper etter sju dager.
`,
    tags: ['mobil', 'intune', 'firmaportal', 'mdm'],
    audience: 'employees',
    updatedDaysAgo: 190,
    reviewInDays: 205,
  },
  {
    slug: 'rover-telefon-krav',
    kind: 'article',
    title: 'Rover-appen: krav til telefon i helse og omsorg',
    summary:
      'Fra 1. november 2024 krever Rover-appen til Helseplattformen telefoner med minst 6 GB minne. Slik sjekker du telefonen, og slik bestilles en ny.',
    markdown: `## Hvilke telefoner kan bruke Rover?

Rover-appen til Helseplattformen skal fra **1. november 2024** bare brukes på telefoner med minst **6 GB minne (RAM)**. Før var kravet 4 GB. Kravet gjelder alle som bruker Rover, for eksempel i hjemmetjenesten, på sykehjem og på legevakten. Telefoner med mindre minne blir for trege med de nyeste versjonene av appen og kan låse seg midt i en registrering.

## Sjekke telefonen din

Om telefonen din oppfyller kravet, ser du i appen **Firmaportal**: velg enheten din og se etter merknaden *Oppfyller krav for Rover*. Står det at enheten ikke oppfyller kravet, må den byttes. Du kan også sjekke modellnavnet under **Innstillinger** og **Om telefonen** og spørre Kundeservice.

## For ledere og systemeiere

Ledere og systemeiere i helse og omsorg får en oversikt over telefoner i sin avdeling som ikke oppfyller kravet, på siden **Mitt utstyr** i portalen under fanen **Mobil**. Hjemmetjenesten prioriteres ved bytte, fordi de er mest avhengige av appen ute hos brukerne. Bestill nye telefoner i god tid; leveringstiden kan være to til tre uker ved store bestillinger.

## Bestille riktig telefon

Ny telefon til Rover bestilles i tjenestekatalogen under **Mobiltelefon**, med modellvalget *Med 6 GB minne (Rover)*. Telefonen leveres med Rover og de andre jobbappene ferdig satt opp. Den gamle telefonen leveres til Kundeservice for sletting.
`,
    tags: ['mobil', 'rover', 'helseplattformen', 'hjemmetjeneste'],
    audience: 'employees',
    services: ['Mobiltelefon'],
    updatedDaysAgo: 380,
    reviewInDays: 35,
  },
  {
    slug: 'mistet-mobiltelefon',
    kind: 'article',
    title: 'Mistet eller stjålet mobiltelefon',
    summary:
      'Har du mistet jobbmobilen, må både telefonen og SIM-kortet sperres. Slik gjør du det, og slik får du en ny telefon og beholder nummeret.',
    markdown: `## Sperr telefonen og SIM-kortet

En mistet jobbmobil skal meldes til Kundeservice med en gang på **+47 71 11 10 00**. Vi sperrer SIM-kortet hos mobiloperatøren og låser telefonen i Intune, slik at ingen kan bruke nummeret eller få tilgang til jobbdata. Utenom åpningstid ringer du operatørens sperretjeneste, som står på [portal.ror-ikt.no](https://portal.ror-ikt.no) under **Mobil**, og melder saken i portalen så vi kan låse telefonen neste morgen.

## Prøv å finne telefonen først

Tror du telefonen bare er forlagt, kan Kundeservice få telefonen til å spille lyd og vise en melding på skjermen med et nummer finneren kan ringe. Fjernsletting gjøres ikke før du har bekreftet at telefonen er borte, fordi den ikke kan angres. Se også om du har glemt telefonen i en bil fra bilparken eller i et vaktrom.

## Etter at telefonen er sperret

Når telefonen er sperret, mister den tilgangen til e-post, Teams og fagapper. Husk at Authenticator-appen også var på telefonen: logg på med reservemetoden din, eller be Kundeservice om å tilbakestille tofaktorpåloggingen. Er telefonen stjålet, skal tyveriet anmeldes til politiet.

## Ny telefon og samme nummer

Lederen din bestiller ny telefon som **Mobiltelefon** i tjenestekatalogen. Du beholder nummeret: nytt SIM-kort med samme nummer følger med den nye telefonen, vanligvis innen tre virkedager.
`,
    tags: ['mobil', 'sikkerhet', 'tyveri', 'sim'],
    audience: 'employees',
    services: ['Mobiltelefon'],
    updatedDaysAgo: 255,
    reviewInDays: 185,
  },
  {
    slug: 'nummerportering',
    kind: 'article',
    title: 'Flytte et mobilnummer til kommunens avtale',
    summary:
      'Du kan ta med et nummer du har fra før, inn i kommunens mobilavtale, eller ta med jobbnummeret ut når du slutter. Slik foregår porteringen.',
    markdown: `## Ta med et privat nummer inn i jobbavtalen

Et nummer du har fra før, kan flyttes (porteres) til kommunens mobilavtale. Det er vanlig når en stilling har brukt et privat nummer som innbyggere kjenner. Lederen din bestiller porteringen i portalen, i samme sak som bestillingen av **Mobiltelefon** eller som egen forespørsel. Du må signere en fullmakt som du får på e-post. Selve porteringen tar fem til ti virkedager, og nummeret er borte i noen minutter på overføringsdagen.

## Ta med jobbnummeret når du slutter

Et jobbnummer kan overtas privat når du slutter, hvis lederen godkjenner det. Nummer som er kjent for innbyggere eller brukes i vaktordninger, beholdes vanligvis av kommunen. Be lederen din registrere ønsket i sluttmeldingen. Du signerer en eierskifteerklæring, og nummeret flyttes til ditt private abonnement fra den dagen du velger.

## Nytt nummer

Trenger du et helt nytt nummer, får du det tildelt fra kommunens nummerserie. Oppgi i bestillingen om nummeret skal vises som direktenummer i Teams-telefoni eller i kommunens telefonkatalog.

## Før porteringen

Før porteringen bør du sjekke at det gamle abonnementet ikke har bindingstid, og at tjenester som BankID på mobil og tofaktorpålogging er flyttet eller satt opp på nytt. Nummeret kan ikke motta SMS i overføringsøyeblikket.
`,
    tags: ['mobil', 'portering', 'nummer', 'abonnement'],
    audience: 'employees',
    services: ['Mobiltelefon'],
    updatedDaysAgo: 640,
    reviewInDays: 52,
  },
  {
    slug: 'mobilrutine-hustadvika',
    kind: 'article',
    title: 'Mobiltelefoner i Hustadvika kommune: bestilling og utlevering',
    summary:
      'Hustadvika kommune har egen rutine der mobiltelefoner samles og deles ut via servicetorget i Elnesvågen. Slik foregår bestilling, utlevering og innlevering.',
    markdown: `## Hvordan bestilles mobiltelefon i Hustadvika?

I Hustadvika kommune bestiller enhetslederen mobiltelefon som **Mobiltelefon** i tjenestekatalogen på vanlig måte, men telefonen leveres til servicetorget på rådhuset i Elnesvågen og ikke direkte til enheten. Servicetorget har en fast mobilkontakt som følger opp bestillingen og avtaler utlevering. Skriv i bestillingen hvilken enhet og hvilket bygg telefonen skal brukes i.

## Utlevering og oppsett

Telefonene deles ut på servicetorget tirsdager og torsdager kl. 09:00–14:00, eller sendes med internposten til Eide etter avtale. Mobilkontakten hjelper med første pålogging og med å flytte Authenticator fra den gamle telefonen. Ta med den gamle telefonen når du henter den nye, så tar vi imot den samtidig.

## Innlevering av gamle telefoner

Gamle telefoner leveres til servicetorget, ikke til Kundeservice i Molde. Servicetorget sjekker at telefonen er logget ut av Apple- eller Google-kontoen, og sender telefonene samlet til ROR-IKT for sletting hver måned. Telefoner som fortsatt er låst til en privat konto, kan ikke slettes og gjenbrukes, så husk å logge ut av kontoen før du leverer.

## Spørsmål og feil

Feil på telefonen meldes i portalen som vanlig. Spørsmål om rutinen, utleveringstider og leveranser tar du med servicetorget i Hustadvika.
`,
    tags: ['mobil', 'hustadvika', 'utlevering', 'rutine'],
    audience: 'employees',
    services: ['Mobiltelefon'],
    members: ['hustadvika'],
    updatedDaysAgo: 145,
    reviewInDays: 240,
  },
  // --- Sikkerhetsnøkler ---
  {
    slug: 'sikkerhetsnokkel-hente',
    kind: 'article',
    title: 'Sikkerhetsnøkkel for helsesystemer: hvem trenger den, og hvor hentes den?',
    summary:
      'Ansatte som bruker Helseplattformen og andre helsesystemer, skal logge på med en personlig sikkerhetsnøkkel (YubiKey). Slik får du utlevert din.',
    markdown: `## Hvem trenger sikkerhetsnøkkel?

Alle ansatte som logger på helsesystemer med sensitive personopplysninger, som Helseplattformen og kjernejournal, skal bruke en personlig sikkerhetsnøkkel av typen **YubiKey** (FIDO2). Nøkkelen er en liten USB-brikke med NFC som gir sterk pålogging uten kode på SMS. Den erstatter ikke adgangskortet, og den er personlig – den skal aldri deles eller lånes bort.

## Utlevering etter plan

Sikkerhetsnøklene deles ut etter en plan for hver kommune og enhet. Lederen din får beskjed om hvilken uke enheten står for tur, og du får en e-post med tid og sted for utlevering. Utleveringen skjer vanligvis på arbeidsplassen, slik at flest mulig kan hente nøkkelen i arbeidstiden. Du må vise legitimasjon med bilde når du henter.

## Hente nøkkelen utenom planen

Nyansatte og ansatte som har vært borte under utleveringen, henter nøkkelen hos Kundeservice på Molde rådhus eller hos den lokale kontaktpersonen i sin kommune. Lederen bestiller nøkkelen gjennom **Tilgang til fagsystem** sammen med tilgangen til helsesystemet. Ta med legitimasjon.

## Etter utlevering

Når du har fått nøkkelen, må den registreres på kontoen din før den kan brukes. Det gjøres ofte sammen med den som deler ut nøkkelen, men du kan også gjøre det selv – se artikkelen om å registrere sikkerhetsnøkkelen. Fest nøkkelen til nøkkelknippet eller kortholderen, så den ikke blir borte.
`,
    tags: ['sikkerhetsnøkkel', 'yubikey', 'helse', 'pålogging'],
    audience: 'employees',
    services: ['Tilgang til fagsystem'],
    updatedDaysAgo: 300,
    reviewInDays: 60,
  },
  {
    slug: 'sikkerhetsnokkel-registrere',
    kind: 'article',
    title: 'Registrere sikkerhetsnøkkelen og logge på med den',
    summary:
      'Før YubiKey-nøkkelen kan brukes, må den registreres på kontoen din med en egen PIN-kode. Slik registrerer du den og logger på med den på PC og mobil.',
    markdown: `## Registrere nøkkelen

Sikkerhetsnøkkelen registrerer du på [mysignins.microsoft.com/security-info](https://mysignins.microsoft.com/security-info) fra en kommunal PC:

1. Logg på og godkjenn med Authenticator.
2. Velg **Legg til påloggingsmetode** og **Sikkerhetsnøkkel**.
3. Velg **USB-enhet** og sett nøkkelen i USB-porten.
4. Lag en **PIN-kode** på minst seks sifre. Den brukes hver gang du logger på med nøkkelen.
5. Berør den gylne sirkelen på nøkkelen når den blinker.
6. Gi nøkkelen et navn, for eksempel «YubiKey helse», og trykk **Neste**.

## Logge på med nøkkelen

Når nøkkelen er registrert, logger du på ved å velge **Pålogging med sikkerhetsnøkkel** eller **Påloggingsalternativer** på påloggingssiden. Sett inn nøkkelen, skriv PIN-koden og berør nøkkelen. På mobil holder du nøkkelen mot baksiden av telefonen (NFC) når du blir bedt om det.

## Glemt PIN-kode

PIN-koden til nøkkelen er ikke den samme som passordet ditt, og Kundeservice kan ikke se den. Skriver du feil PIN åtte ganger, låses nøkkelen og må tilbakestilles. Da må du komme til Kundeservice eller den lokale kontaktpersonen og registrere nøkkelen på nytt. Velg derfor en PIN du husker, men som ikke er lik bankkortkoden.

## Ta vare på nøkkelen

Sikkerhetsnøkkelen tåler vann og fall, men ikke å bli bøyd. Ta den ut av PC-en når du går fra plassen, og lås PC-en med **Windows + L**.
`,
    tags: ['sikkerhetsnøkkel', 'yubikey', 'fido2', 'mfa'],
    audience: 'employees',
    updatedDaysAgo: 296,
    reviewInDays: 64,
  },
  {
    slug: 'sikkerhetsnokkel-mistet',
    kind: 'article',
    title: 'Mistet eller ødelagt sikkerhetsnøkkel',
    summary:
      'En mistet YubiKey må sperres med en gang, slik at ingen andre kan bruke den. Slik gjør du det, og slik får du en ny nøkkel og kommer på jobb i mellomtiden.',
    markdown: `## Sperr den mistede nøkkelen

En mistet sikkerhetsnøkkel skal du fjerne fra kontoen din med en gang. Gå til [mysignins.microsoft.com/security-info](https://mysignins.microsoft.com/security-info), logg på med Authenticator og velg **Slett** ved nøkkelen i listen. Da kan ingen logge på med den, selv om de skulle vite PIN-koden. Får du ikke logget på selv, ring Kundeservice på **+47 71 11 10 00**, så sperrer vi den for deg.

## Meld fra som sikkerhetshendelse

Tap av sikkerhetsnøkkel skal alltid meldes i portalen med **Meld feil** og overskriften «Sikkerhetshendelse: mistet sikkerhetsnøkkel», også når du selv har slettet den. Skriv når og hvor du tror den ble borte, og om den satt sammen med adgangskort eller nøkler med navnet ditt på. Det er ikke et alvorlig avvik i seg selv, men vi må ha oversikt.

## Jobbe i mellomtiden

Trenger du å logge på helsesystemene før du har fått ny nøkkel, kan Kundeservice gi deg en midlertidig tilgangskode som varer i opptil 24 timer. Koden utleveres bare etter at identiteten din er bekreftet. Står du i en vakt med pasientansvar utenfor åpningstiden, kontakt vakthavende leder, som følger den lokale beredskapsrutinen.

## Ny nøkkel

Ny nøkkel hentes hos Kundeservice eller den lokale kontaktpersonen, og registreres på samme måte som den første. En ødelagt nøkkel leveres inn, slik at vi kan fjerne den fra registeret. Første erstatning er gratis; deretter belastes enheten.
`,
    tags: ['sikkerhetsnøkkel', 'yubikey', 'sikkerhet'],
    audience: 'employees',
    updatedDaysAgo: 292,
    reviewInDays: 68,
  },
  // --- Bestilling og lisenser ---
  {
    slug: 'bestille-i-tjenestekatalogen',
    kind: 'article',
    title: 'Bestille utstyr og programvare i tjenestekatalogen',
    summary:
      'Tjenestekatalogen i portalen er stedet for alle bestillinger til ROR-IKT: brukerkontoer, tilganger, PC-er, mobiler, programvare og lisenser. Slik fungerer den.',
    markdown: `## Hva finnes i tjenestekatalogen?

Tjenestekatalogen finner du i portalen på [portal.ror-ikt.no](https://portal.ror-ikt.no) under **Bestill**. Der bestiller du blant annet:

- **Ny brukerkonto** for nyansatte
- **Tilgang til fagsystem**
- **Installere programvare**
- **PC utenom rullering**
- **Mobiltelefon**
- **Microsoft 365 E1-lisens**

Hver tjeneste har en beskrivelse, eventuell pris og et skjema med det vi trenger for å levere.

## Hvem kan bestille hva?

Alle ansatte kan bestille tjenester som ikke koster noe, for eksempel installasjon av godkjent programvare. Tjenester som har en pris, som PC utenom rullering og mobiltelefon, kan bare bestilles av ledere og personer med bestillerrolle i enheten. Tilganger til fagsystemer må alltid godkjennes av leder, uansett hvem som bestiller. Lederen får da en e-post med knappene **Godkjenn** og **Avvis**.

## Følge med på bestillingen

Bestillingen din får et saksnummer, og du finner den under **Mine saker** i portalen. Der ser du status, for eksempel *Venter på godkjenning*, *Under behandling* eller *Levert*. Kundeservice skriver i saken hvis vi trenger mer informasjon, og da står den på vent til du svarer.

## Det som ikke står i katalogen

Trenger du noe som ikke finnes i tjenestekatalogen, kan du sende en generell forespørsel i portalen. Ønsker som krever investeringer eller nye systemer, går ikke til Kundeservice, men som innspill via kommunens innovasjonsråd.
`,
    tags: ['bestilling', 'tjenestekatalog', 'portal'],
    audience: 'employees',
    services: [
      'Ny brukerkonto',
      'Tilgang til fagsystem',
      'Installere programvare',
      'PC utenom rullering',
      'Mobiltelefon',
      'Microsoft 365 E1-lisens',
    ],
    updatedDaysAgo: 30,
    reviewInDays: 300,
  },
  {
    slug: 'installere-programvare',
    kind: 'article',
    title: 'Installere programvare på jobb-PC-en',
    summary:
      'Mange programmer kan du installere selv fra Firmaportal. Andre må bestilles i portalen og vurderes før de installeres.',
    markdown: `## Installere selv fra Firmaportal

Godkjente programmer installerer du selv fra appen **Firmaportal** på PC-en. Åpne startmenyen, søk etter *Firmaportal* og velg **Apper**. Finn programmet du trenger, og trykk **Installer**. Installasjonen går i bakgrunnen og tar noen minutter. I Firmaportal finner du blant annet Adobe Acrobat Reader, Zoom, 7-Zip, Notepad++ og Power BI Desktop.

## Bestille et program som ikke står i Firmaportal

Programmer som ikke står i Firmaportal, bestiller du i portalen under **Installere programvare**. Skriv navnet på programmet, hvilken versjon du trenger og hva det skal brukes til. Skriv også PC-navnet, som står på klistremerket på maskinen. Før nye programmer installeres, sjekker vi at de er trygge, at de ikke behandler personopplysninger uten avtale, og at lisensen er i orden. Vurderingen tar normalt fem virkedager.

## Programmer som koster penger

Programmer med lisenskostnad må enheten betale selv. Skriv ansvarsnummer i bestillingen, og be lederen godkjenne. Har kommunen allerede lisenser til programmet, for eksempel gjennom en fagsystemavtale, bruker vi dem.

## Hvorfor kan jeg ikke installere selv?

Ansatte har ikke administratorrettigheter på PC-en. Det beskytter mot skadevare, som ofte trenger slike rettigheter for å gjøre skade. Gratis programmer fra nettet kan også sende data til tredjeparter, og derfor vurderes de før de tas i bruk.
`,
    tags: ['programvare', 'firmaportal', 'installasjon', 'bestilling'],
    audience: 'employees',
    services: ['Installere programvare'],
    updatedDaysAgo: 170,
    reviewInDays: 195,
  },
  {
    slug: 'microsoft-365-lisenser',
    kind: 'article',
    title: 'Lisenser for Microsoft 365: E1 og andre',
    summary:
      'Hvilken Microsoft 365-lisens en ansatt har, bestemmer hvilke programmer og hvor mye lagring de får. Slik velger og bestiller leder riktig lisens.',
    markdown: `## Hvilke lisenser finnes?

Ansatte i kommunene får en av tre hovedtyper Microsoft 365-lisens:

- **F3** for ansatte som sjelden bruker PC, for eksempel i renhold eller på kjøkken. Gir Teams, e-post i nettleseren og mobilapper.
- **E1** for ansatte som bruker Office i nettleseren. Gir Teams, Outlook, Word, Excel og PowerPoint på nett, 50 GB e-post og 1 TB OneDrive.
- **E3** for ansatte med egen PC og behov for Office-programmene installert.

Lisensen tildeles automatisk ut fra stillingskoden når brukerkontoen opprettes, men leder kan bestille en annen.

## Bestille E1-lisens

E1-lisens bestilles av leder i tjenestekatalogen under **Microsoft 365 E1-lisens**. Oppgi antall lisenser og navn på de ansatte. Prisen er **kr 92,12 per lisens per måned**, og kostnaden fordeles til kommunen og enheten. Lisensen er aktiv innen en time etter at bestillingen er behandlet.

## Oppgradere eller nedgradere

Trenger en ansatt installerte Office-programmer, oppgraderes lisensen til E3 på samme måte. Når en ansatt bytter til en stilling som ikke trenger like mye, bør leder be om nedgradering, slik at kommunen ikke betaler for mer enn nødvendig. Lisenser for ansatte som har sluttet, frigjøres automatisk 30 dager etter siste arbeidsdag.

## Copilot

Microsoft 365 Copilot er en tilleggslisens og er ikke med i E1 eller E3. Se retningslinjene for bruk av Copilot og andre KI-verktøy før du bestiller.
`,
    tags: ['lisens', 'microsoft 365', 'e1', 'bestilling'],
    audience: 'managers',
    services: ['Microsoft 365 E1-lisens'],
    updatedDaysAgo: 110,
    reviewInDays: 40,
  },
  // --- Nyansatt, tilganger og slutt ---
  {
    slug: 'ny-ansatt-brukerkonto',
    kind: 'article',
    title: 'Bestille brukerkonto til en nyansatt',
    summary:
      'Leder bestiller brukerkonto til nyansatte i tjenestekatalogen, helst minst fem virkedager før første arbeidsdag. Slik gjør du det, og dette får den nyansatte.',
    markdown: `## Bestill i god tid

Brukerkonto til en nyansatt bestiller du som leder i tjenestekatalogen under **Ny brukerkonto**, minst **fem virkedager** før første arbeidsdag. Fyll inn den ansattes navn, første arbeidsdag og stilling og enhet. Kontoen opprettes slik at den kan brukes fra kl. 07:00 på første arbeidsdag. Ansettelsen bør også være registrert i lønns- og personalsystemet, fordi stillingsopplysningene hentes derfra.

## Hva får den nyansatte?

Den nyansatte får en kommunekonto med e-postadresse, Microsoft 365-lisens etter stillingstype og tilgang til fellesressursene for enheten. Du får en e-post med brukernavn og en engangskode. Gi koden til den ansatte personlig på første dag; den ansatte lager så sitt eget passord og setter opp Microsoft Authenticator.

## Tilganger og utstyr

Tilganger til fagsystemer bestilles for seg, med én bestilling av **Tilgang til fagsystem** per system. PC, mobiltelefon og adgangskort er heller ikke med i brukerkontoen. Overtar den nyansatte en stilling, kan forrige innehavers PC som regel brukes videre; gi beskjed i bestillingen.

## Vikarer og sommervikarer

Korte vikariater og sommervikarer bestilles på samme måte, men husk å fylle inn sluttdato. Kontoen deaktiveres da automatisk etter siste dag. For mange sommervikarer samtidig kan du be Kundeservice om et regneark til masseopprettelse.
`,
    tags: ['nyansatt', 'brukerkonto', 'leder', 'bestilling'],
    audience: 'managers',
    services: ['Ny brukerkonto', 'Tilgang til fagsystem'],
    updatedDaysAgo: 52,
    reviewInDays: 310,
  },
  {
    slug: 'tilgang-til-fagsystem',
    kind: 'article',
    title: 'Be om tilgang til et fagsystem',
    summary:
      'Tilgang til fagsystemer som journalsystemer, økonomi og sak/arkiv bestilles i tjenestekatalogen og må godkjennes av lederen din.',
    markdown: `## Slik ber du om tilgang

Tilgang til et fagsystem bestiller du i portalen under **Tilgang til fagsystem**. Skriv navnet på systemet, og hvilken rolle eller hvilket tilgangsnivå du trenger hvis du vet det, for eksempel *saksbehandler* eller *kun lese*. Du kan bestille selv, eller lederen kan bestille for deg. Lag én bestilling per fagsystem.

## Godkjenning fra leder

Alle tilganger til fagsystemer må godkjennes av nærmeste leder. Når du har sendt bestillingen, får lederen en e-post og kan godkjenne eller avvise den. Bestillingen står med status *Venter på godkjenning* til det skjer. Har lederen selv bestilt og krysset av for at tilgangen er godkjent, går saken rett til behandling.

## Hvor lang tid tar det?

De fleste tilganger er på plass innen tre virkedager etter godkjenning. Noen fagsystemer krever at systemansvarlig i kommunen gjør en egen vurdering, og da kan det ta lenger tid. Tilganger til helsesystemer forutsetter at du har sikkerhetsnøkkel og har gjennomført opplæringen systemet krever.

## Riktig tilgang – ikke mer

Du skal bare ha tilgang til det du trenger i jobben din. Bytter du stilling, skal gamle tilganger fjernes. Lederen din får en årlig oversikt over tilgangene i enheten til gjennomgang. Trenger du tilgang bare i en kort periode, skriv sluttdato i bestillingen.
`,
    tags: ['tilgang', 'fagsystem', 'bestilling', 'godkjenning'],
    audience: 'employees',
    services: ['Tilgang til fagsystem'],
    updatedDaysAgo: 66,
    reviewInDays: 280,
  },
  {
    slug: 'forste-arbeidsdag',
    kind: 'article',
    title: 'Første dag på jobb: kom i gang med konto og PC',
    summary:
      'Ny i en av kommunene i ROR-IKT? Slik logger du på første gang, setter opp tofaktorpålogging og finner fram til det du trenger de første dagene.',
    markdown: `## Logge på første gang

På første arbeidsdag får du brukernavn og en engangskode av lederen din. Brukernavnet er e-postadressen din. Logg på en kommunal PC med brukernavnet og engangskoden, så blir du bedt om å lage et eget passord. Passordet må være minst 14 tegn; en setning med fire eller fem ord er lett å huske. Velg deretter en PIN-kode for Windows Hello, som du bruker når du låser opp PC-en.

## Sette opp tofaktorpålogging

Etter første pålogging blir du bedt om å sette opp Microsoft Authenticator på mobilen. Følg veiviseren på skjermen, og legg til mobilnummeret ditt som reservemetode. Med reservemetoden kan du senere tilbakestille passordet selv på [passord.ror-ikt.no](https://passord.ror-ikt.no) hvis du glemmer det.

## Dette finner du på PC-en

På PC-en er Outlook, Teams, Word, Excel og OneDrive klare til bruk. Filene dine lagres i OneDrive. Følg meg-skriveren legges til av seg selv; første gang du skriver ut, registrerer du adgangskortet ditt på skriveren. Trenger du fagsystemer, ber du lederen bestille tilgang.

## Lær mer og få hjelp

I Kompetanseportalen finner du korte kurs som «Teams for nybegynnere» og «Digital start for nyansatte». Lurer du på noe, kan du spørre chatboten Rakel eller kontakte Kundeservice på **+47 71 11 10 00**, kl. 08:00–15:30 på virkedager.
`,
    tags: ['nyansatt', 'pålogging', 'kom i gang'],
    audience: 'employees',
    updatedDaysAgo: 19,
    reviewInDays: 340,
  },
  {
    slug: 'ansatt-slutter',
    kind: 'article',
    title: 'Når en ansatt slutter: konto, tilganger og utstyr',
    summary:
      'Når en ansatt slutter, deaktiveres kontoen automatisk etter siste arbeidsdag. Leder har ansvar for utstyr, filer og felles postbokser – slik går du fram.',
    markdown: `## Kontoen deaktiveres automatisk

Brukerkontoen deaktiveres automatisk kl. 23:59 på siste arbeidsdag, når sluttdatoen er registrert i lønns- og personalsystemet. Den ansatte kan da ikke lenger logge på PC, e-post, Teams eller fagsystemer. Kontoen og e-posten beholdes i 30 dager før de slettes. Må kontoen stenges tidligere, for eksempel ved avskjed, ringer leder Kundeservice direkte.

## Filer og e-post

Filer som bare ligger i den ansattes OneDrive, går tapt når kontoen slettes. Leder bør derfor sørge for at den ansatte flytter filer som tilhører enheten, til riktig team eller til arkivet før siste dag. Etter deaktivering får nærmeste leder tilgang til OneDrive-en i 30 dager. E-post som skal tas vare på, må journalføres. Trenger enheten å motta e-post til adressen en periode, kan leder bestille videresending eller autosvar.

## Utstyr som skal leveres

Den ansatte skal levere PC, lader, mobiltelefon og sikkerhetsnøkkel til Kundeservice eller den lokale kontaktpersonen. Utstyr som ikke er levert innen 30 dager, sperres og fjernslettes, og enheten belastes for det. Skal jobbnummeret overtas privat, må det avtales før siste dag.

## Flytting mellom kommuner eller stillinger

Bytter den ansatte stilling eller flytter til en annen kommune i ROR-IKT, skal kontoen ikke stenges. Da flyttes kontoen, og den nye lederen bestiller nye tilganger mens den gamle fjerner tilganger den ansatte ikke lenger skal ha.
`,
    tags: ['slutt', 'deaktivering', 'leder', 'utstyr'],
    audience: 'managers',
    services: ['Ny brukerkonto'],
    updatedDaysAgo: 225,
    reviewInDays: 100,
  },
  // --- For ledere ---
  {
    slug: 'leder-godkjenne-bestillinger',
    kind: 'article',
    title: 'Godkjenne tilganger og bestillinger som leder',
    summary:
      'Som leder godkjenner du tilganger til fagsystemer og bestillinger som koster penger. Slik godkjenner du fra e-post eller portal, og slik delegerer du mens du er borte.',
    markdown: `## Godkjenne fra e-posten

Du godkjenner en bestilling ved å åpne e-posten fra portalen og velge **Godkjenn** eller **Avvis**. E-posten viser hvem som har bestilt, hva som er bestilt og eventuell kostnad. Avviser du, bør du skrive en kort begrunnelse, slik at den ansatte forstår hvorfor. Bestillingen går videre til Kundeservice med en gang du har godkjent.

## Godkjenne i portalen

Alle bestillinger som venter på deg, finner du i portalen under **Til godkjenning**. Der kan du godkjenne flere samtidig, for eksempel når mange nyansatte skal ha samme tilganger ved skolestart. Bestillinger som ikke er godkjent etter sju dager, får en påminnelse, og etter 30 dager lukkes de.

## Hva bør jeg sjekke?

Før du godkjenner en tilgang til et fagsystem, bør du vurdere om den ansatte faktisk trenger tilgangen i jobben, og om rollen er riktig. Tilgang til helseopplysninger og opplysninger om barn skal begrenses til det som er nødvendig. For bestillinger med kostnad, sjekk at ansvarsnummeret stemmer.

## Stedfortreder under fravær

Når du er borte, kan du gi en stedfortreder rett til å godkjenne. Gå til **Min profil** i portalen, velg **Stedfortreder**, og legg inn navn og periode. Stedfortrederen må selv være leder eller ha bestillerrolle. Bestillinger som kommer i perioden, går til begge.
`,
    tags: ['leder', 'godkjenning', 'tilgang', 'bestilling'],
    audience: 'managers',
    services: ['Tilgang til fagsystem', 'PC utenom rullering', 'Mobiltelefon'],
    updatedDaysAgo: 80,
    reviewInDays: 215,
  },
  {
    slug: 'leder-enhetens-utstyr',
    kind: 'article',
    title: 'Oversikt over utstyret i enheten din',
    summary:
      'Ledere kan se alle PC-er og mobiltelefoner som er registrert på enheten, når de skal byttes, og hvilke som ikke er i bruk. Slik finner du oversikten.',
    markdown: `## Finne oversikten

Oversikten over enhetens utstyr finner du i portalen under **Mitt utstyr** og fanen **Min enhet**. Der ser du alle PC-er, nettbrett og mobiltelefoner som er registrert på enheten, hvem som bruker dem, modell, kjøpsdato og når de er planlagt byttet i rulleringen. Listen kan lastes ned som regneark med **Eksporter**.

## Utstyr som ikke er i bruk

Utstyr som ikke har vært i bruk på lenge, er merket i oversikten under **Mitt utstyr**. En PC som ikke har vært logget på de siste 90 dagene, merkes **Ikke i bruk**. Slike maskiner koster lisenser og blir ikke byttet i rulleringen. Sjekk om de står i et skap eller har tilhørt noen som har sluttet, og lever dem inn eller gi dem til en ny bruker. Gi beskjed til Kundeservice når utstyr bytter bruker.

## Rulleringen for enheten

Under **Rullering** ser du hvilke PC-er som er gått ut på tid, hvilke som skal byttes i år, og status på bytte. Kundeservice kontakter de ansatte direkte når det er deres tur, men det er nyttig for deg å vite når mange bytter samtidig, for eksempel før skolestart.

## Telefoner som ikke oppfyller krav

For enheter i helse og omsorg viser fanen **Mobil** telefoner som ikke oppfyller kravet om 6 GB minne for Rover-appen. Bruk listen til å planlegge bestilling av nye telefoner.
`,
    tags: ['leder', 'utstyr', 'pc-rullering', 'oversikt'],
    audience: 'managers',
    updatedDaysAgo: 25,
    reviewInDays: 180,
  },
  // --- KI, tilgjengelighet ---
  {
    slug: 'copilot-retningslinjer',
    kind: 'article',
    title: 'Retningslinjer for Copilot og andre KI-verktøy',
    summary:
      'KI-verktøy kan spare tid, men du har fortsatt ansvaret for det du bruker. Her er hvilke verktøy som er godkjent, og hva du ikke må legge inn.',
    markdown: `## Hvilke KI-verktøy kan jeg bruke?

Ansatte i kommunene i ROR-IKT kan bruke **Microsoft 365 Copilot Chat** når de er logget på med jobbkontoen. Du ser at du er logget på riktig når det vises et grønt skjold og teksten *Beskyttet* øverst. Da blir ikke det du skriver, brukt til å trene språkmodellen, og dataene blir i Microsoft-avtalen til kommunen. Gratisversjoner av andre chatroboter, som ChatGPT med privat konto, er ikke godkjent for jobbinformasjon.

## Hva skal ikke legges inn?

Selv i godkjente verktøy skal du aldri legge inn:

- sensitive personopplysninger, som helseopplysninger, barnevernssaker eller straffbare forhold
- fødselsnummer eller andre opplysninger som identifiserer enkeltpersoner
- taushetsbelagte opplysninger og graderte dokumenter
- passord og tilgangskoder

Vil du ha hjelp med et brev om en enkeltsak, anonymiser teksten først.

## Du har ansvaret for resultatet

Svar fra KI kan se riktige ut, men likevel inneholde feil, oppdiktede kilder eller utdaterte regler. Les alltid gjennom og kontroller fakta før du bruker teksten. Vedtak og vurderinger om enkeltpersoner skal tas av saksbehandler, ikke av et KI-verktøy. Opplys om KI-bruk når det er relevant for mottakeren.

## Full Copilot-lisens

Microsoft 365 Copilot med tilgang til e-post, filer og Teams-møter er en tilleggslisens som bestilles av leder etter avtale med kommunens personvernombud, fordi den kan finne alt du har tilgang til. Rydd derfor i delingene dine før den tas i bruk.
`,
    tags: ['copilot', 'ki', 'personvern', 'retningslinjer'],
    audience: 'employees',
    updatedDaysAgo: 2,
    reviewInDays: 90,
  },
  {
    slug: 'tilgjengelighet-innstillinger',
    kind: 'article',
    title: 'Tilgjengelighetsinnstillinger i Windows og Microsoft 365',
    summary:
      'Windows og Microsoft 365 har innebygde verktøy for større tekst, skjermforstørring, opplesing og teksting. Slik slår du dem på.',
    markdown: `## Større tekst og forstørring

Tekststørrelsen i hele Windows endrer du under **Innstillinger**, **Tilgjengelighet** og **Tekststørrelse**. Dra glidebryteren og trykk **Bruk**. Vil du bare forstørre deler av skjermen, bruker du **Forstørrelsesglass**: trykk **Windows + plusstegn** for å starte det og **Windows + Esc** for å avslutte. I nettleseren og Office kan du zoome med **Ctrl + hjulet på musa**.

## Opplesing av tekst

Tekst kan leses høyt med **Lese høyt** i Word og Outlook, som du finner på fanen **Se gjennom**. I Edge høyreklikker du på en nettside og velger **Les høyt**. **Engasjerende leser** i Word og OneNote viser teksten med mer luft mellom linjene og kan markere stavelser, noe mange med lese- og skrivevansker har glede av. Windows har også skjermleseren **Forteller**, som startes med **Ctrl + Windows + Enter**.

## Teksting i Teams-møter

Direkteteksting i Teams slår du på i møtet ved å velge **Mer** (**...**), **Språk og tale** og **Slå på direkteteksting**. Teksten vises bare for deg. Velg norsk som talespråk for best resultat. Teksting er nyttig for hørselshemmede, men også når du sitter i et rom der du ikke kan bruke lyd.

## Hjelpemidler

Trenger du hjelpemidler som spesialtastatur, skjermleserprogram eller programvare for lese- og skrivestøtte, kan lederen bestille det. Kontakt Kundeservice for råd om hva som passer.
`,
    tags: ['tilgjengelighet', 'universell utforming', 'windows', 'teams'],
    audience: 'everyone',
    updatedDaysAgo: 420,
    reviewInDays: 115,
  },
  // --- For IT-ansatte ---
  {
    slug: 'rutine-pc-klargjoring',
    kind: 'article',
    title: 'Rutine: klargjøring og utlevering av PC i rulleringen',
    summary:
      'Intern rutine for Kundeservice: slik klargjøres PC-er i rulleringen, avtales utlevering med ansatte og registreres bytte og innlevering.',
    markdown: `## Utvalg og varsling

Hver måned henter Kundeservice listen over PC-er som utgår i rulleringen fra utstyrsregisteret, sortert på kommune og kategori. Bare maskiner som har vært logget på siste 30 dager, tas med; maskiner som ikke er sett, legges på egen liste til oppfølging med leder. Brukerne varsles med malen **Rullering – varsel** minst to uker før byttet, med lenke til timebestilling.

## Klargjøring

Nye PC-er registreres i Autopilot av leverandøren og leveres med serienummer i registeret. Ved klargjøring:

1. Koble PC-en til kablet nett i klargjøringsrommet og start Autopilot med den ansattes konto forhåndsvalgt.
2. Kontroller at BitLocker er aktiv og at PC-en er **Kompatibel** i Intune.
3. Sjekk i registeret om brukeren har programmer som må installeres manuelt.
4. Merk PC-en med navnelapp og saksnummer.

## Utlevering og innlevering

Ved utlevering logger brukeren på selv mens vi er til stede, og vi sjekker at OneDrive synkroniserer og at Følg meg-skriveren er på plass. Gammel PC tas imot samtidig og registreres med status **Innlevert**. Maskinen tilbakestilles og slettes i Intune innen fem virkedager, og legges i gjenvinningsburet. Oppdater tabellen for rulleringen i registeret samme dag – rapporten til samarbeidsrådet bygger på disse tallene.

## Avvik

PC-er som ikke leveres inn innen to uker, purres to ganger. Etter 30 dager sperres de, og saken går til brukerens leder.
`,
    tags: ['rutine', 'pc-rullering', 'intune', 'kundeservice'],
    audience: 'it_staff',
    updatedDaysAgo: 540,
    reviewInDays: -60,
  },
  {
    slug: 'rutine-soc-varsler',
    kind: 'article',
    title: 'Rutine: behandle sikkerhetsvarsler fra SOC',
    summary:
      'Intern rutine: sikkerhetsvarsler fra SOC-tjenesten kommer inn som saker i Kundeservice-køen. Slik prioriteres, behandles og lukkes de.',
    markdown: `## Hvordan kommer varslene inn?

Sikkerhetsvarsler fra SOC-tjenestene (Atea SOC og HelseCert) kommer inn som saker i køen **Sikkerhet**, med kilde e-post og kategori *Sikkerhetsvarsel*. Varslene har SOC-ens egen alvorlighetsgrad i emnefeltet. Antallet varierer mye; i enkelte måneder er en femtedel av alle saker sikkerhetsvarsler, så de må behandles effektivt uten at alvorlige varsler drukner.

## Prioritering

Prioriteten settes ut fra SOC-ens vurdering og hvilke systemer som er berørt:

- **Kritisk**: aktiv kompromittering av konto eller server, eller varsel som berører systemer for liv og helse. Vakthavende varsles på telefon med en gang.
- **Høy**: mistenkelig pålogging som ble godkjent, skadevare funnet på klient.
- **Medium** og **lav**: blokkerte forsøk, sårbarhetsvarsler og informasjon.

## Behandling

Ved varsel om kompromittert konto: tilbakestill passordet, tilbakekall alle økter i Entra ID, og kontroller MFA-metodene til brukeren. Ved skadevare: isoler klienten i Defender, og kontakt brukeren. Dokumenter hva som er gjort i saken, og svar SOC-en i samme tråd slik at de kan lukke hos seg.

## Lukking og rapportering

Falske alarmer lukkes med løsningskoden *Falsk positiv* og en kort begrunnelse. Sett saker på **Venter på leverandør** når vi trenger svar fra SOC – da stopper klokka for tjenestenivået. Alle kritiske og høye saker tas med i månedsrapporten med dato, kommune og en linje om hendelsen.
`,
    tags: ['rutine', 'sikkerhet', 'soc', 'kundeservice'],
    audience: 'it_staff',
    updatedDaysAgo: 130,
    reviewInDays: 50,
  },
  {
    slug: 'rutine-publisere-driftsmelding',
    kind: 'article',
    title: 'Rutine: publisere og oppdatere driftsmeldinger',
    summary:
      'Intern rutine for Drift og Kundeservice: når en driftsmelding skal publiseres, hva den skal inneholde, og hvor ofte den oppdateres.',
    markdown: `## Når skal det publiseres driftsmelding?

En driftsmelding publiseres når en feil rammer flere brukere eller en hel tjeneste, og senest 15 minutter etter at vi har bekreftet feilen. Publiser heller tidlig med lite informasjon enn sent med mye. Gjelder feilen systemer for liv og helse, skal fagsystemansvarlig i kommunen i tillegg varsles på telefon. Planlagt vedlikehold publiseres minst fem virkedager før.

## Innholdet i meldingen

En god driftsmelding er kort og skrevet for brukere, ikke for teknikere. Den skal inneholde:

1. Hvilken tjeneste som er berørt, og hvilke kommuner.
2. Hva brukerne merker, for eksempel «Du får ikke logget på Citrix».
3. Når feilen startet.
4. Eventuell midlertidig løsning.
5. Når neste oppdatering kommer.

Unngå interne servernavn og gjetting på årsak.

## Oppdatering og lukking

Meldingen oppdateres minst hver time så lenge feilen pågår, også når det ikke er noe nytt. Koble saker som kommer inn om samme feil, til hovedsaken, slik at alle brukerne får svar når den løses. Når feilen er rettet, merkes meldingen **Løst** med tidspunkt, og den står synlig i 24 timer.

## Etterpå

Etter kritiske og høye hendelser skriver den som hadde ansvaret, en kort hendelsesrapport innen fem virkedager. Rapporten gjennomgås på driftsmøtet.
`,
    tags: ['rutine', 'driftsmeldinger', 'drift'],
    audience: 'it_staff',
    updatedDaysAgo: 75,
    reviewInDays: 170,
  },
  {
    slug: 'rutine-tilbakestille-mfa',
    kind: 'article',
    title: 'Rutine: bekrefte identitet før tilbakestilling av passord og MFA',
    summary:
      'Intern rutine for Kundeservice: slik bekrefter vi hvem innringeren er før vi tilbakestiller passord, tofaktorpålogging eller sikkerhetsnøkkel.',
    markdown: `## Aldri uten bekreftet identitet

Passord, MFA-metoder og sikkerhetsnøkler tilbakestilles aldri før identiteten til brukeren er bekreftet. Angripere ringer ofte service desk og utgir seg for å være en ansatt som har fått ny telefon. Det hjelper ikke at innringeren kjenner brukernavn, stilling og nærmeste leder; slike opplysninger er lette å finne.

## Godkjente måter å bekrefte identitet på

Identiteten kan bekreftes på en av disse måtene:

1. Brukeren møter opp og viser legitimasjon med bilde.
2. Brukeren deltar i en Teams-videosamtale fra en kollegas konto og viser legitimasjon.
3. Nærmeste leder bekrefter identiteten fra sin egen konto i Teams eller ved å ringe oss fra et kjent nummer.
4. Brukeren godkjenner en engangskode sendt til registrert privat e-post eller mobilnummer i lønnssystemet.

Noter i saken hvilken metode som ble brukt.

## Tilbakestilling

Etter bekreftelse tilbakestilles MFA-metodene i Entra ID med **Krev ny registrering av MFA**, og det gis et midlertidig tilgangspass (Temporary Access Pass) med varighet 8 timer. Gjelder det passord, lages et midlertidig passord som må byttes ved første pålogging. Sikkerhetsnøkler slettes og registreres på nytt med brukeren til stede.

## Mistanke om svindel

Er du usikker, avslutt samtalen vennlig og ring brukeren tilbake på nummeret som er registrert. Mistanke om sosial manipulering meldes til sikkerhetsteamet som sikkerhetshendelse.
`,
    tags: ['rutine', 'mfa', 'passord', 'identitet'],
    audience: 'it_staff',
    updatedDaysAgo: 36,
    reviewInDays: 330,
  },
  // --- E-læring og webinaropptak ---
  {
    slug: 'teams-for-nybegynnere',
    kind: 'elearning',
    title: 'Teams for nybegynnere',
    summary:
      'Kort videokurs på 25 minutter for deg som er ny i Teams: chat, team og kanaler, møter og filer. Passer for nyansatte og alle som vil ha et trygt grunnlag.',
    markdown: `## Om kurset

«Teams for nybegynnere» er et videokurs på om lag 25 minutter, delt i fem korte leksjoner som kan tas hver for seg. Kurset er laget av Kundeservice i ROR-IKT og viser Teams slik det ser ut på kommunale PC-er, med norske menyer. Du trenger ingen forkunnskaper.

## Dette lærer du

Etter kurset kan du bruke de viktigste delene av Teams i hverdagen:

1. **Chat** – starte en samtale, lage gruppechat og feste viktige samtaler.
2. **Team og kanaler** – forskjellen på dem, og hvordan du skriver innlegg og svarer i tråder.
3. **Møter** – bli med i et møte, slå av og på mikrofon og kamera og dele skjermen.
4. **Filer** – finne og redigere dokumenter sammen med andre.
5. **Status og varsler** – vise om du er ledig, og styre hvor mye Teams forstyrrer.

## Slik tar du kurset

Kurset startes fra Kompetanseportalen eller direkte med lenken til opptaket. Vi anbefaler at du har Teams åpent ved siden av og prøver underveis. Etter hver leksjon er det tre kontrollspørsmål; når du har svart på alle, registreres kurset som fullført, og lederen din kan se det i oversikten over gjennomførte kurs.

## Vil du lære mer?

Når du er trygg på det grunnleggende, kan du gå videre med webinaret «Gode Teams-møter» for deg som leder møter, og med kurset «OneDrive og deling» om filer. Spørsmål om Teams kan du også stille til chatboten Rakel.
`,
    tags: ['teams', 'kurs', 'nybegynner', 'e-læring'],
    audience: 'employees',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/teams-for-nybegynnere',
    updatedDaysAgo: 260,
    reviewInDays: 105,
  },
  {
    slug: 'onedrive-og-deling',
    kind: 'elearning',
    title: 'OneDrive og deling',
    summary:
      'Videokurs om hvor filene dine bør ligge, hvordan du deler trygt og hvordan du henter tilbake noe som er slettet. Varighet om lag 20 minutter.',
    markdown: `## Om kurset

«OneDrive og deling» er et videokurs på om lag 20 minutter om hvordan du lagrer, deler og finner igjen filer i Microsoft 365. Kurset tar utgangspunkt i hverdagssituasjoner fra kommunene, som å samarbeide om en rapport, dele et skjema med en ekstern samarbeidspartner og rydde etter et prosjekt.

## Dette lærer du

I kurset lærer du:

- forskjellen på OneDrive, Teams og SharePoint, og hvor ulike filer hører hjemme
- hvordan OneDrive synkroniserer filene på PC-en, og hva ikonene betyr
- hvordan du deler med **Del** og velger mellom **Bestemte personer** og **Personer i organisasjonen**
- hvordan du ser hvem som har tilgang, og fjerner delinger med **Administrer tilgang**
- hvordan du gjenoppretter slettede filer og tidligere versjoner

En egen leksjon handler om personopplysninger: hva som ikke skal ligge i OneDrive, og hvorfor.

## Slik tar du kurset

Kurset ligger i Kompetanseportalen og kan tas når det passer deg. Leksjonene er mellom tre og fem minutter. Du får et kort sjekkpunkt etter hver leksjon, og kurset registreres som fullført når du har vært gjennom alle. Kurset er anbefalt for alle ansatte før fellesområdet i enheten flyttes fra filserveren til Teams og SharePoint.

## Hvem passer det for?

Kurset passer for alle ansatte som bruker PC i jobben. Har du allerede tatt «Teams for nybegynnere», kjenner du igjen noe av grensesnittet, men dette kurset går dypere inn i filhåndtering og deling.
`,
    tags: ['onedrive', 'deling', 'kurs', 'e-læring'],
    audience: 'employees',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/onedrive-og-deling',
    updatedDaysAgo: 350,
    reviewInDays: 20,
  },
  {
    slug: 'phishing-kjenn-igjen-svindel',
    kind: 'elearning',
    title: 'Phishing – kjenn igjen svindel',
    summary:
      'Interaktivt kurs på 15 minutter der du øver på å skille ekte e-post og SMS fra svindelforsøk. Obligatorisk for alle ansatte hvert år.',
    markdown: `## Om kurset

«Phishing – kjenn igjen svindel» er et interaktivt kurs på om lag 15 minutter med korte videoer og øvingsoppgaver. Kurset er **obligatorisk for alle ansatte** og skal tas en gang i året. Eksemplene er hentet fra ekte svindelforsøk som har rammet kommuner i Norge, med navn og adresser endret.

## Dette lærer du

Etter kurset skal du kunne kjenne igjen de vanligste formene for digital svindel:

- falske e-poster som ligner varsler fra Microsoft, banken eller en leverandør
- fakturasvindel, der noen utgir seg for å være leder og ber om en rask betaling
- SMS-svindel og falske pakkevarsler
- falske telefonsamtaler fra «IT-support»
- MFA-tretthet, der angriperen sender mange godkjenningsvarsler på rad

Du øver på å sjekke avsender, lenker og vedlegg, og lærer hva du gjør hvis du har klikket.

## Slik tar du kurset

Kurset starter du fra Kompetanseportalen. Det består av seks korte deler, og i hver del får du se eksempler og svare på om det er svindel eller ekte. Du må ha minst fem av seks riktige i sluttesten for å fullføre. Lederen din får beskjed når fristen for årets kurs nærmer seg.

## Phishing-øvelser

ROR-IKT sender av og til ut øvelses-e-poster som ligner phishing. Klikker du på lenken i en slik øvelse, kommer du til en side som forklarer hva du burde lagt merke til. Resultatene brukes bare samlet, aldri for å henge ut enkeltpersoner. Husk å bruke **Rapporter** i Outlook også på øvelsene.
`,
    tags: ['phishing', 'sikkerhet', 'kurs', 'e-læring'],
    audience: 'everyone',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/phishing-kjenn-igjen-svindel',
    updatedDaysAgo: 41,
    reviewInDays: 290,
  },
  {
    slug: 'copilot-i-hverdagen',
    kind: 'elearning',
    title: 'Copilot i hverdagen',
    summary:
      'Opptak av webinar på 45 minutter om hvordan du bruker Microsoft 365 Copilot Chat til å skrive, oppsummere og planlegge – trygt og innenfor retningslinjene.',
    markdown: `## Om webinaret

«Copilot i hverdagen» er et opptak av et webinar på 45 minutter med faggruppen for Microsoft 365-forvaltning. Webinaret viser hvordan Copilot Chat kan brukes i vanlig kommunalt arbeid, og hvor grensene går. Det var over 300 deltakere fra de fem kommunene på direktesendingen, og spørsmålene fra chatten er besvart i siste del av opptaket.

## Dette lærer du

I webinaret får du se praktiske eksempler på:

- hvordan du skriver gode instrukser (ledetekster) med rolle, oppgave, kontekst og format
- å lage utkast til informasjonsbrev, møteinnkallinger og nyhetssaker på klart språk
- å oppsummere lange offentlige dokumenter og høringsnotater
- å lage oppgavelister og planer ut fra notater
- å kontrollere svarene og oppdage feil

Eksemplene bruker bare offentlig informasjon og oppdiktede situasjoner.

## Trygg bruk

Webinaret går gjennom retningslinjene for KI i ROR-IKT: du skal være logget på med jobbkontoen, aldri legge inn personopplysninger eller taushetsbelagt informasjon, og alltid kvalitetssikre resultatet før du bruker det. Les også artikkelen om retningslinjer for Copilot og andre KI-verktøy.

## Slik ser du opptaket

Opptaket ligger i Kompetanseportalen og er delt i kapitler, slik at du kan hoppe til det som er relevant for deg. Du kan slå på teksting i avspilleren. Lysbildene kan lastes ned under opptaket.
`,
    tags: ['copilot', 'ki', 'webinar', 'e-læring'],
    audience: 'employees',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/copilot-i-hverdagen',
    updatedDaysAgo: 9,
    reviewInDays: 120,
  },
  {
    slug: 'outlook-kontroll-pa-innboksen',
    kind: 'elearning',
    title: 'Outlook: få kontroll på innboksen',
    summary:
      'Videokurs på 20 minutter med grep som gjør hverdagen med e-post og kalender enklere: regler, flagg, søk, kategorier og fokusert innboks.',
    markdown: `## Om kurset

«Outlook: få kontroll på innboksen» er et videokurs på om lag 20 minutter for deg som får mye e-post og vil bruke mindre tid på den. Kurset viser nye Outlook for Windows, men de fleste grepene fungerer også i Outlook på nett.

## Dette lærer du

Kurset går gjennom seks grep du kan ta i bruk med en gang:

1. **Fokusert innboks** – skille viktig e-post fra nyhetsbrev og varsler.
2. **Regler** – flytte e-post automatisk til mapper.
3. **Flagg og gjøremål** – gjøre e-post om til oppgaver med frist.
4. **Kategorier** – fargekode e-post og avtaler, også i felles postbokser.
5. **Søk** – finne igjen e-post med søkeord som *from:* og *hasattachments:yes*.
6. **Planlegg sending** – sende e-post senere, for eksempel innenfor arbeidstid.

Til slutt får du tips om å rydde i postboksen før den blir full.

## Slik tar du kurset

Kurset starter du fra Kompetanseportalen. Hver leksjon er kort og kan tas for seg, og til hver leksjon finnes en oppgave du kan gjøre i din egen Outlook. Kurset registreres som fullført når du har sett alle leksjonene.

## Hvem passer det for?

Kurset passer for alle ansatte med egen postboks, og særlig for dem som jobber i felles postbokser som postmottak og servicetorg. Ledere med mange møter har i tillegg nytte av leksjonen om kalenderen.
`,
    tags: ['outlook', 'e-post', 'kurs', 'e-læring'],
    audience: 'employees',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/outlook-kontroll-pa-innboksen',
    updatedDaysAgo: 575,
    reviewInDays: -30,
  },
  {
    slug: 'gode-teams-moter',
    kind: 'elearning',
    title: 'Gode Teams-møter – for deg som leder møter',
    summary:
      'Webinaropptak på 40 minutter om å planlegge og lede digitale og hybride møter i Teams: lobby, roller, grupperom, opptak og møter med innbyggere.',
    markdown: `## Om webinaret

«Gode Teams-møter» er et opptak av et webinar på 40 minutter for deg som ofte er arrangør av møter. Webinaret går forbi det grunnleggende og handler om hvordan du får digitale og hybride møter til å fungere for alle deltakerne, også dem som sitter i møterom.

## Dette lærer du

Webinaret tar for seg:

- **Møtealternativer** – lobby, hvem som kan presentere, og når du bør slå av chat
- **Roller** – arrangør, medarrangør, presentatør og deltaker
- **Hybride møter** – bruk av møterom med Teams-utstyr, og hvordan de som er på nett, får like god tilgang til ordet
- **Grupperom** – dele store møter inn i mindre grupper og samle dem igjen
- **Opptak og transkripsjon** – når det er lov, og hvordan du informerer deltakerne
- **Møter med innbyggere og eksterne** – tryggere oppsett når personer utenfor kommunen er med

## Slik ser du opptaket

Opptaket ligger i Kompetanseportalen og er delt i kapitler. Under opptaket finner du en sjekkliste for møteledere som kan lastes ned og skrives ut. Teksting kan slås på i avspilleren.

## Før du ser webinaret

Webinaret forutsetter at du kan bli med i møter, dele skjerm og bruke chat. Er du usikker på det, ta kurset «Teams for nybegynnere» først.
`,
    tags: ['teams', 'møter', 'webinar', 'e-læring'],
    audience: 'employees',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/gode-teams-moter',
    updatedDaysAgo: 300,
    reviewInDays: 65,
  },
  {
    slug: 'informasjonssikkerhet-grunnkurs',
    kind: 'elearning',
    title: 'Informasjonssikkerhet og personvern – grunnkurs',
    summary:
      'Grunnkurs på 30 minutter om taushetsplikt, personvern og trygg bruk av digitale verktøy i kommunen. Skal tas av alle nyansatte innen tre måneder.',
    markdown: `## Om kurset

«Informasjonssikkerhet og personvern – grunnkurs» er et e-læringskurs på om lag 30 minutter, laget av faggruppen for personvern og informasjonssikkerhet i ROR-IKT. Kurset er **obligatorisk for nyansatte** og skal tas innen tre måneder etter oppstart. Andre ansatte tar det på nytt hvert tredje år.

## Dette lærer du

Kurset gir deg et grunnlag for å behandle informasjon trygt i jobben:

- hva personopplysninger og særlige kategorier av personopplysninger er
- hvor ulike typer informasjon skal lagres, og hvor de ikke skal lagres
- hvordan du sender informasjon trygt, og hvorfor vanlig e-post ikke passer for sensitive opplysninger
- passord, tofaktorpålogging og sikkerhetsnøkkel
- hvordan du melder avvik og sikkerhetshendelser
- informasjonssikkerhet på hjemmekontor og på reise

## Slik tar du kurset

Kurset startes fra Kompetanseportalen og består av åtte moduler med korte filmer og refleksjonsoppgaver. Du kan ta pauser underveis; fremdriften lagres. Sluttesten har ti spørsmål, og du må ha åtte riktige for å bestå. Kursbeviset lagres automatisk i Kompetanseportalen.

## For ledere

Ledere kan se hvilke ansatte i enheten som har fullført kurset, i oversikten over gjennomførte kurs. Bruk gjerne kurset som utgangspunkt for en samtale på personalmøtet om hvordan enheten håndterer personopplysninger.
`,
    tags: ['sikkerhet', 'personvern', 'kurs', 'e-læring'],
    audience: 'everyone',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/informasjonssikkerhet-grunnkurs',
    updatedDaysAgo: 690,
    reviewInDays: 25,
  },
  {
    slug: 'digital-start-nyansatte',
    kind: 'elearning',
    title: 'Digital start for nyansatte',
    summary:
      'Introduksjonsvideo på 15 minutter for nye ansatte: pålogging, tofaktor, de viktigste verktøyene og hvor du får hjelp. Se den gjerne første uka.',
    markdown: `## Om kurset

«Digital start for nyansatte» er en introduksjonsvideo på om lag 15 minutter som gir nye ansatte i Aukra, Hustadvika, Molde, Rauma og Vestnes en rask oversikt over de digitale verktøyene. Videoen er laget for å ses i løpet av den første arbeidsuka, og passer også for vikarer og sommervikarer.

## Dette lærer du

Videoen viser deg hvordan du:

- logger på og lager ditt eget passord
- setter opp Microsoft Authenticator og en reservemetode
- finner fram i Outlook, Teams og OneDrive
- skriver ut med Følg meg-utskrift og adgangskortet
- tilbakestiller passordet selv på [passord.ror-ikt.no](https://passord.ror-ikt.no)
- finner hjelp i Kompetanseportalen, hos Rakel og hos Kundeservice

## Slik ser du videoen

Videoen ligger i Kompetanseportalen og kan også ses på mobilen. Den er delt i korte kapitler, og lenker til mer detaljerte artikler vises under hvert kapittel. Det er ingen test, men du bør merke videoen som sett, slik at lederen din ser at introduksjonen er gjennomført.

## Neste steg

Etter den digitale starten anbefaler vi kurset «Teams for nybegynnere» og det obligatoriske grunnkurset i informasjonssikkerhet og personvern, som skal tas innen tre måneder. Lederen din gir beskjed om fagsystemopplæring som gjelder din stilling.
`,
    tags: ['nyansatt', 'kom i gang', 'kurs', 'e-læring'],
    audience: 'employees',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/digital-start-nyansatte',
    updatedDaysAgo: 100,
    reviewInDays: 265,
  },
  {
    slug: 'lederens-verktoykasse',
    kind: 'elearning',
    title: 'Webinar: Lederens verktøykasse i portalen',
    summary:
      'Webinaropptak på 35 minutter for ledere: bestille til nyansatte, godkjenne tilganger, følge med på enhetens utstyr og håndtere at noen slutter.',
    markdown: `## Om webinaret

«Lederens verktøykasse i portalen» er et opptak av et webinar på 35 minutter for ledere i de fem kommunene. Kundeservice viser steg for steg hvordan du som leder bruker portalen til bestillinger og oppfølging, og svarer på de vanligste spørsmålene fra ledere.

## Dette lærer du

Webinaret går gjennom hele livsløpet til en ansatt:

1. **Før første dag** – bestille **Ny brukerkonto**, tilganger, PC og mobiltelefon i riktig rekkefølge.
2. **Godkjenninger** – godkjenne og avvise fra e-post og fra **Til godkjenning**, og sette opp stedfortreder.
3. **I hverdagen** – se enhetens utstyr og rullering under **Mitt utstyr**, og bestille **PC utenom rullering** og lisenser.
4. **Når noen slutter** – hva som skjer automatisk, og hva du selv må følge opp.

Du får også se hvordan kostnader for bestillinger belastes enheten.

## Slik ser du opptaket

Opptaket ligger i Kompetanseportalen og er delt i fire kapitler: før første dag, godkjenninger, hverdagen og når noen slutter. En sjekkliste for nyansettelser og en for fratredelser kan lastes ned under opptaket.

## Hvem passer det for?

Webinaret passer for nye ledere, for ledere som har fått bestillerrolle for første gang, og for merkantilt ansatte som bestiller på vegne av lederen.
`,
    tags: ['leder', 'bestilling', 'webinar', 'e-læring'],
    audience: 'managers',
    services: ['Ny brukerkonto', 'Tilgang til fagsystem', 'PC utenom rullering', 'Mobiltelefon'],
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/lederens-verktoykasse',
    updatedDaysAgo: 150,
    reviewInDays: 210,
  },
  {
    slug: 'tilgjengelige-dokumenter',
    kind: 'elearning',
    title: 'Universell utforming av dokumenter i Word og PowerPoint',
    summary:
      'Kurs på 25 minutter om å lage dokumenter og presentasjoner som alle kan lese, også med skjermleser. Passer for alle som lager dokumenter for innbyggere.',
    markdown: `## Om kurset

«Universell utforming av dokumenter» er et videokurs på om lag 25 minutter om hvordan du lager Word-dokumenter og PowerPoint-presentasjoner som er tilgjengelige for alle. Offentlige virksomheter har plikt til å følge kravene til universell utforming, også i dokumenter som publiseres på nettsider og sendes til innbyggere.

## Dette lærer du

Kurset viser hvordan du:

- bruker **Stiler** for overskrifter, slik at skjermlesere kan navigere i dokumentet
- skriver alternativ tekst til bilder og figurer
- lager tabeller med overskriftsrad
- skriver lenketekster som sier hvor lenken går, i stedet for «klikk her»
- velger farger med god kontrast og unngår at farge er eneste informasjonsbærer
- bruker **Kontroller tilgjengelighet** på fanen **Se gjennom** for å finne og rette feil
- lagrer som PDF uten å miste tilgjengeligheten

## Slik tar du kurset

Kurset ligger i Kompetanseportalen og har fire korte leksjoner med øvingsfiler du kan laste ned. Du gjør endringene i din egen Word og PowerPoint mens du ser videoen. Kurset registreres som fullført når du har sett alle leksjonene.

## Hvem passer det for?

Kurset passer for alle som lager dokumenter, skjemaer og presentasjoner som skal ut til innbyggere, og for dem som publiserer på kommunens nettsider.
`,
    tags: ['tilgjengelighet', 'universell utforming', 'word', 'e-læring'],
    audience: 'employees',
    videoUrl: 'https://video.ror-ikt.no/kompetanseportalen/tilgjengelige-dokumenter',
    updatedDaysAgo: 760,
    reviewInDays: 48,
  },
];
