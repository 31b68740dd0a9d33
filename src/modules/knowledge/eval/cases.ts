// The evaluation set of Rakel (npm run eval:assistant): Norwegian questions as employees write them,
// each with the demo article that answers it, the dialogue it should start, or "unknown" when no
// demo article answers it.
import type { Intent } from '../tables.ts';

export type EvalCase =
  | { question: string; article: string; alsoOk?: string[] }
  | { question: string; intent: Intent }
  | { question: string; unknown: true };

export const EVAL_CASES: EvalCase[] = [
  // --- Articles: Kundeservice, driftsmeldinger, feil og sikkerhet ---
  { question: 'når har kundeservice åpent', article: 'kontakte-kundeservice' },
  { question: 'hvor er it-skranken på rådhuset?', article: 'kontakte-kundeservice' },
  {
    question: 'er det noen som tar telefonen hos it etter kl 16 hvis det er kritisk for pasientene',
    article: 'kontakte-kundeservice',
  },
  { question: 'hvordan får jeg beskjed på mail når det er driftsproblemer', article: 'driftsmeldinger' },
  { question: 'hvor ser jeg om det er en kjent feil på citrix akkurat nå', article: 'driftsmeldinger' },
  { question: 'hva bør en feilmelding inneholde', article: 'melde-feil' },
  { question: 'hvordan tar jeg skjermbilde av feilen til saken', article: 'melde-feil' },
  { question: 'hvordan legger jeg til mer info i en sak jeg allerede har sendt', article: 'melde-feil' },
  {
    question: 'sendte en epost med personopplysninger til feil mottaker, hva gjør jeg nå?',
    article: 'melde-sikkerhetshendelse',
  },
  {
    question: 'jeg klikket på en lenke i en mistenkelig mail og nå oppfører pcen seg rart',
    article: 'melde-sikkerhetshendelse',
    alsoOk: ['melde-phishing-outlook'],
  },
  { question: 'glemte laptopen på bussen og nå er den borte', article: 'mistet-pc' },
  { question: 'jobb-pcen ble stjålet fra bilen, må jeg anmelde det til politiet?', article: 'mistet-pc' },

  // --- Articles: Teams ---
  { question: 'hvordan lager jeg et teamsmøte fra outlook-kalenderen', article: 'teams-mote-planlegge' },
  { question: 'booke møterom i samme innkalling som teams møtet', article: 'teams-mote-planlegge' },
  { question: 'hvordan lager jeg en privat kanal', article: 'teams-kanaler' },
  { question: 'kan jeg opprette et nytt team selv?', article: 'teams-kanaler' },
  { question: 'hvordan fester jeg en chat øverst i teams', article: 'teams-chat' },
  { question: 'er det lov å sende helseopplysninger i teams-chatten', article: 'teams-chat' },
  {
    question: 'vi har en konsulent utenfor kommunen som skal inn i teamet vårt, hvordan legger jeg ham til som gjest',
    article: 'teams-eksterne-gjester',
  },
  { question: 'kan jeg chatte med folk i andre virksomheter på teams', article: 'teams-eksterne-gjester' },
  { question: 'hvor blir opptaket av møtet lagret', article: 'teams-mote-opptak' },
  { question: 'hvor lenge ligger møteopptakene før de slettes', article: 'teams-mote-opptak' },
  { question: 'kan jeg ha teams på min private telefon', article: 'teams-pa-mobilen' },
  { question: 'slå av teams-varsler på mobilen etter arbeidstid', article: 'teams-pa-mobilen' },
  { question: 'hvordan setter jeg over en samtle i teams', article: 'teams-telefoni' },
  { question: 'viderekoble jobbnummeret til mobilen når jeg er borte', article: 'teams-telefoni' },

  // --- Articles: OneDrive og SharePoint ---
  { question: 'onedrive har rødt kryss og synker ikke', article: 'onedrive-synkronisering' },
  { question: 'hva betyr den lille skyen ved siden av filene mine', article: 'onedrive-synkronisering' },
  {
    question: 'hvordan deler jeg et dokument fra onedirve med en kollega uten å sende vedlegg',
    article: 'onedrive-dele-filer',
  },
  { question: 'hvordan fjerner jeg tilgangen til en fil jeg har delt', article: 'onedrive-dele-filer' },
  {
    question: 'slettet en mappe ved et uhell i onedrive, kan jeg få den tilbake?',
    article: 'gjenopprette-slettede-filer',
  },
  { question: 'hente en eldre versjon av et word-dokument', article: 'gjenopprette-slettede-filer' },
  { question: 'hvor lenge ligger ting i papirkruven', article: 'gjenopprette-slettede-filer' },
  { question: 'hva skjer med g-disken', article: 'flytte-fra-filserver' },
  { question: 'når flyttes fellesområdet vårt over til teams', article: 'flytte-fra-filserver' },

  // --- Articles: Outlook og e-post ---
  { question: 'hvordan sender jeg fra postmottak-adressen', article: 'felles-postboks' },
  { question: 'får ikke opp fellespostboksen i outlook på nett', article: 'felles-postboks' },
  { question: 'hvordan setter jeg på fraværsmelding i jobbmaila', article: 'autosvar' },
  { question: 'slå på autosvar fra mobilen', article: 'autosvar' },
  { question: 'outlok feriemelding', article: 'autosvar' },
  { question: 'hvordan kan sekretæren min svare på møteinnkallinger for meg', article: 'dele-kalender' },
  { question: 'se kalendern til en kollega', article: 'dele-kalender' },
  { question: 'hvordan rapporterer jeg en svindelmail', article: 'melde-phishing-outlook' },
  {
    question: 'fikk en rar mail som sier at kontoen min stenges hvis jeg ikke logger inn via lenken',
    article: 'melde-phishing-outlook',
  },
  { question: 'innboksen er full og jeg får ikke sendt e-post', article: 'full-postboks' },
  { question: 'hvor stor kan postkassen min være?', article: 'full-postboks' },

  // --- Articles: Skrivere og utskrift ---
  { question: 'hvordan kobler jeg adgangskortet til printeren', article: 'folg-meg-utskrift' },
  { question: 'glemt kortet hjemme, hvordan får jeg skrevet ut', article: 'folg-meg-utskrift' },
  { question: 'hvor lenge venter utskriftene mine på meg før de blir slettet', article: 'folg-meg-utskrift' },
  { question: 'hvordan legger jeg til skirveren i 2. etasje på pcen', article: 'legge-til-skriver' },
  { question: 'windows bytter standardskriver hele tiden', article: 'legge-til-skriver' },
  { question: 'trenger driver til etikettskriveren', article: 'legge-til-skriver' },
  { question: 'utskriften blir bare stående i skriverkøen', article: 'skriverko-star-fast' },
  { question: 'printeren skriver ikke ut, dokumentet står med status feil i køen', article: 'skriverko-star-fast' },
  { question: 'hvordan scanner jeg et dokument til meg selv', article: 'skanne-til-epost' },
  { question: 'skanningen kommer ikke på mail', article: 'skanne-til-epost' },
  { question: 'papirstop i skriveren', article: 'toner-og-papirstopp' },
  { question: 'skriveren får papirstopp hele tiden, hva kan det skyldes', article: 'toner-og-papirstopp' },
  { question: 'toner tom', article: 'skriveravtale-molde', alsoOk: ['toner-og-papirstopp'] },
  { question: 'hvem bestiller ny toner til printerne i molde kommune', article: 'skriveravtale-molde' },
  { question: 'vi skal flytte skriveren til et annet rom, hvordan går vi fram', article: 'skriveravtale-molde' },

  // --- Articles: Passord og tofaktorpålogging ---
  { question: 'hvordan bytter jeg passordet på pcen', article: 'bytte-passord' },
  { question: 'har byttet pasord og nå spør telefonen om passord hele tiden', article: 'bytte-passord' },
  { question: 'passordbytte hjemmefra uten vpn', article: 'bytte-passord' },
  { question: 'hvor langt må passordet være', article: 'passordregler', alsoOk: ['forste-arbeidsdag'] },
  { question: 'må man bytte passord hver tredje måned?', article: 'passordregler' },
  { question: 'glemt pinkoden til windows hello på pcen', article: 'glemt-passord' },
  { question: 'hvordan setter jeg opp autentikator-appen på mobilen', article: 'sette-opp-authenticator' },
  { question: 'må jeg ha authenticator på min private telefon', article: 'sette-opp-authenticator' },
  { question: 'har ikke smarttelefon, hvordan logger jeg på med tofaktor?', article: 'sette-opp-authenticator' },
  {
    question: 'jeg har fått ny telefon og nå får jeg ikke logget inn fordi godkjenningen kommer på den gamle',
    article: 'ny-telefon-flytte-mfa',
  },
  { question: 'flytte authenticator til ny mobil', article: 'ny-telefon-flytte-mfa' },
  {
    question: 'fikk varsel i authenticator uten at jeg prøvde å logge inn',
    article: 'mfa-foresporsel-du-ikke-startet',
  },
  { question: 'trykket godkjenn på en mfa-forespørsel ved en feil', article: 'mfa-foresporsel-du-ikke-startet' },

  // --- Articles: VPN, hjemmekontor og reise ---
  { question: 'vpn kobler ikke til hjemmefra', article: 'always-on-vpn' },
  { question: 'trenger jeg vpn for å bruke teams og outlook hjemme', article: 'always-on-vpn' },
  { question: 'vpm virker ikke', article: 'always-on-vpn' },
  { question: 'kan jeg få en ekstra skjerm til hjemmekontoret', article: 'hjemmekontor' },
  { question: 'hvor raskt må internett hjemme være for videomøter', article: 'hjemmekontor' },
  { question: 'får ikke opp innloggingssiden på hotellnettet', article: 'jobbe-pa-reise-offentlig-wifi' },
  { question: 'skal ta med jobb-pcen til usa, må jeg si fra til noen?', article: 'jobbe-pa-reise-offentlig-wifi' },

  // --- Articles: PC, rullering og utstyr ---
  {
    question: 'hva må jeg ta med når jeg skal hente den nye pc-en',
    article: 'pc-rullering',
    alsoOk: ['levere-gammel-pc'],
  },
  { question: 'blir pcer som sjelden brukes byttet i rulleringen', article: 'pc-rullering' },
  { question: 'følger filene i nedlastinger med til den nye maskinen', article: 'ny-pc-filer-og-programmer' },
  { question: 'programmet mitt mangler etter pc-byttet', article: 'ny-pc-filer-og-programmer' },
  { question: 'kan jeg kjøpe den gamle jobb-pcen', article: 'levere-gammel-pc' },
  { question: 'hvor leverer jeg den gamle laptopen', article: 'levere-gammel-pc' },
  { question: 'hva koster det å kjøpe en ekstra pc til vaktrommet', article: 'pc-utenom-rullering' },
  { question: 'vi har opprettet en ny stilling, hvordan bestiller vi pc til den', article: 'pc-utenom-rullering' },
  {
    question: 'pcen mas hele tiden om omstart for oppdateringer, kan jeg utsette det?',
    article: 'windows-oppdateringer-omstart',
  },
  {
    question: 'pcen har stått på «arbeider med oppdateringer» i over en time',
    article: 'windows-oppdateringer-omstart',
  },
  { question: 'skjermene er svarte når jeg kobler til dokkinstasjonen', article: 'dokkingstasjon-og-skjerm' },
  { question: 'hvordan bytter jeg hvilken skjerm som er hovedskjerm', article: 'dokkingstasjon-og-skjerm' },
  { question: 'de andre hører meg ikke på teams', article: 'hodesett-og-lyd' },
  { question: 'ekko i møtet', article: 'hodesett-og-lyd' },
  { question: 'hvordan kommer jeg inn på økonomisystemet fra privat pc', article: 'citrix-workspace' },
  { question: 'citrix henger', article: 'citrix-workspace' },

  // --- Articles: Trådløst nett ---
  { question: 'eduroam', article: 'tradlost-nett-eduroam' },
  { question: 'hvordan kobler jeg privatmobilen til wifi på jobb', article: 'tradlost-nett-eduroam' },
  { question: 'hvordan får besøkende logget på wifi', article: 'gjestenett' },
  { question: 'trenger felles wifi-kode til et kurs for 50 personer', article: 'gjestenett' },

  // --- Articles: Mobiltelefon ---
  { question: 'hva koster en jobbmobil', article: 'bestille-mobiltelefon' },
  { question: 'jobbmobilen min er fire år gammel, hvordan får jeg ny?', article: 'bestille-mobiltelefon' },
  { question: 'firmaportalen sier at telefonen ikke er kompatibell', article: 'firmaportal-intune' },
  { question: 'hvordan registrerer jeg en tilbakestilt iphone i intune', article: 'firmaportal-intune' },
  { question: 'hvor mye minne må mobilen ha for rover', article: 'rover-telefon-krav' },
  { question: 'hvordan ser jeg om telefonen min er god nok til rover-appen', article: 'rover-telefon-krav' },
  { question: 'har mistet jobbmobilen, hvordan sperrer jeg simkortet', article: 'mistet-mobiltelefon' },
  { question: 'får jeg beholde nummeret hvis telefonen er stjålet', article: 'mistet-mobiltelefon' },
  { question: 'kan jeg ta med meg jobbnummeret når jeg slutter', article: 'nummerportering' },
  { question: 'flytte mitt private mobilnummer over til kommunens abonnement', article: 'nummerportering' },

  // --- Articles: Sikkerhetsnøkler ---
  { question: 'hvor henter jeg yubikeyen min', article: 'sikkerhetsnokkel-hente' },
  { question: 'trenger jeg sikkerhetsnøkkel for å jobbe i helseplattformen', article: 'sikkerhetsnokkel-hente' },
  { question: 'hvordan regisrterer jeg yubikey på kontoen min', article: 'sikkerhetsnokkel-registrere' },
  { question: 'har tastet feil pin på sikkerhetsnøkelen mange ganger', article: 'sikkerhetsnokkel-registrere' },
  { question: 'mistet yubikey', article: 'sikkerhetsnokkel-mistet' },
  {
    question: 'nøkkelen jeg bruker til helsesystemet er borte, hvordan kommer jeg inn på vakta i dag',
    article: 'sikkerhetsnokkel-mistet',
  },

  // --- Articles: Bestilling, lisenser og tilganger ---
  { question: 'hvor bestiller jeg ting fra it', article: 'bestille-i-tjenestekatalogen' },
  {
    question: 'hva betyr statusen «venter på godkjenning»',
    article: 'bestille-i-tjenestekatalogen',
    alsoOk: ['tilgang-til-fagsystem'],
  },
  { question: 'hvordan instalerer jeg zoom', article: 'installere-programvare' },
  { question: 'hvorfor får jeg ikke lov til å installere programmer selv', article: 'installere-programvare' },
  { question: 'forskjell på e1 og e3 lisens', article: 'microsoft-365-lisenser' },
  { question: 'hva koster en e1-lisens i måneden', article: 'microsoft-365-lisenser' },
  {
    question: 'vi får en ny kollega om to uker, hvordan lager jeg brukerkonto til henne',
    article: 'ny-ansatt-brukerkonto',
  },
  { question: 'sommervikarene trenger brukere', article: 'ny-ansatt-brukerkonto' },
  { question: 'trenger tilgang til sak- og arkivsystemet', article: 'tilgang-til-fagsystem' },
  { question: 'hvor lang tid tar det å få tilgang til et fagsystem', article: 'tilgang-til-fagsystem' },
  { question: 'er ny her og fikk en engangskode av sjefen, hva gjør jeg med den?', article: 'forste-arbeidsdag' },
  { question: 'hva skjer med epost og onedrive når en ansatt slutter', article: 'ansatt-slutter' },
  { question: 'må stenge kontoen til en som blir avskjediget i dag', article: 'ansatt-slutter' },
  {
    question: 'hvordan setter jeg stedfortreder for godkjenninger mens jeg har ferie',
    article: 'leder-godkjenne-bestillinger',
  },
  { question: 'hvor finner jeg bestillinger jeg må godkjenne', article: 'leder-godkjenne-bestillinger' },
  { question: 'hvordan ser jeg hvilke pcer og mobiler enheten min har', article: 'leder-enhetens-utstyr' },
  { question: 'eksportere liste over utstyret i avdelingen', article: 'leder-enhetens-utstyr' },

  // --- Articles: KI og tilgjengelighet ---
  { question: 'kan jeg bruke chatgpt i jobben', article: 'copilot-retningslinjer' },
  { question: 'er det lov å legge inn personopplysninger i copliot', article: 'copilot-retningslinjer' },
  { question: 'hvordan får jeg større skrift på skjermen', article: 'tilgjengelighet-innstillinger' },
  { question: 'få pcen til å lese opp tekst', article: 'tilgjengelighet-innstillinger' },
  { question: 'teksting i teams-møter for hørselshemmede', article: 'tilgjengelighet-innstillinger' },

  // --- Articles: E-læring og webinaropptak ---
  { question: 'finnes det et kurs for dem som aldri har brukt teams?', article: 'teams-for-nybegynnere' },
  { question: 'hvordan bruker jeg grupperom i teams', article: 'gode-teams-moter' },
  { question: 'webinar for møteledere om hybride møter', article: 'gode-teams-moter' },
  { question: 'opplæringsvideo om onedrive før vi flytter fra filserveren', article: 'onedrive-og-deling' },
  { question: 'er phishingkurset obligatorisk?', article: 'phishing-kjenn-igjen-svindel' },
  {
    question: 'jeg klikket på en øvelses-epost fra it som lignet svindel, hva var det',
    article: 'phishing-kjenn-igjen-svindel',
  },
  { question: 'opptak av webinaret om copilot', article: 'copilot-i-hverdagen' },
  { question: 'tips til å skrive gode ledetekster', article: 'copilot-i-hverdagen' },
  { question: 'kurs i å lage regler og bruke flagg i outlook', article: 'outlook-kontroll-pa-innboksen' },
  {
    question: 'hvor lenge har jeg på meg til å ta sikkerhetskurset som nyansatt',
    article: 'informasjonssikkerhet-grunnkurs',
    alsoOk: ['digital-start-nyansatte'],
  },
  { question: 'hvor ofte må vi ta personvernkurset på nytt', article: 'informasjonssikkerhet-grunnkurs' },
  { question: 'introvideo for nye ansatte om de digitale verktøyene', article: 'digital-start-nyansatte' },
  { question: 'opplæring for nye ledere i å bestille og godkjenne i portalen', article: 'lederens-verktoykasse' },
  {
    question: 'finnes det kurs i å lage presentasjoner som fungerer med skjermleser',
    article: 'tilgjengelige-dokumenter',
  },
  { question: 'alternativ tekst på bilder i word', article: 'tilgjengelige-dokumenter' },

  // --- Intents: new_pc ---
  { question: 'når er pc-byttet mitt planlagt?', intent: 'new_pc' },
  { question: 'står jeg på lista for ny pc i år', intent: 'new_pc' },
  { question: 'når kommer den nye maskinen min', intent: 'new_pc' },
  { question: 'hvor lenge må jeg vente på ny datamaskin', intent: 'new_pc' },
  { question: 'laptopen min er snart fem år, når blir den byttet', intent: 'new_pc' },
  { question: 'jeg lurer på når jeg får ny bærbar gjennom rulleringen', intent: 'new_pc' },

  // --- Intents: my_tickets ---
  { question: 'hva er status på sakene mine?', intent: 'my_tickets' },
  { question: 'har noen sett på feilmeldingen jeg sendte i går', intent: 'my_tickets' },
  {
    question: 'jeg sendte inn en sak om skjermen for tre dager siden og har ikke hørt noe',
    intent: 'my_tickets',
  },
  { question: 'kan du vise sakene jeg har meldt inn', intent: 'my_tickets' },
  { question: 'hva skjer med sak nr 2024-0153', intent: 'my_tickets' },
  { question: 'oversikt over henvendelsene mine', intent: 'my_tickets' },

  // --- Intents: report_fault ---
  { question: 'pc-en min starter ikke, kan du opprette en sak til it?', intent: 'report_fault' },
  { question: 'jeg trenger å melde inn et problem', intent: 'report_fault' },
  { question: 'kan du registrere en feilmelding for meg', intent: 'report_fault' },
  { question: 'vil sende en feilmelding til kundeservice', intent: 'report_fault' },
  { question: 'fagsystemet krasjer hele tiden, jeg vil rapportere det', intent: 'report_fault' },
  { question: 'noe er galt med skjermen min, lag en sak', intent: 'report_fault' },

  // --- Intents: forgot_password ---
  { question: 'jeg husker ikke passordet etter ferien', intent: 'forgot_password' },
  { question: 'passordet funker ikke lenger og nå er jeg sperret ute', intent: 'forgot_password' },
  { question: 'glemte pasordet mitt', intent: 'forgot_password' },
  { question: 'trenger nytt passord, har glemt det gamle', intent: 'forgot_password' },
  { question: 'kontoen ble låst etter at jeg tastet feil passord mange ganger', intent: 'forgot_password' },
  { question: 'hvordan får jeg resatt passordet mitt?', intent: 'forgot_password' },

  // --- Intents: greeting ---
  { question: 'hallo der', intent: 'greeting' },
  { question: 'god ettermiddag', intent: 'greeting' },
  { question: 'takk skal du ha!', intent: 'greeting' },
  { question: 'heia rakel', intent: 'greeting' },

  // --- Intents: human ---
  { question: 'jeg vil heller prate med et menneske', intent: 'human' },
  { question: 'kan du sette meg over til en saksbehandler på it', intent: 'human' },
  { question: 'kan jeg få snakke med en ekte person?', intent: 'human' },
  { question: 'få kontakt med en i kundeservice', intent: 'human' },

  // --- Unknown: no demo article answers these ---
  { question: 'når blir lønna utbetalt i desember', unknown: true },
  { question: 'hvor mange feriedager har jeg igjen i år', unknown: true },
  { question: 'hva er det til lunsj i kantina i dag', unknown: true },
  { question: 'hvor kan jeg parkere når jeg skal på møte på rådhuset', unknown: true },
  { question: 'hvordan sender jeg inn reiseregning etter kurset', unknown: true },
  { question: 'hvordan bytter jeg vakt i turnusplanen', unknown: true },
  { question: 'hvordan søker jeg om permisjon uten lønn', unknown: true },
  { question: 'hvor finner jeg arbeidsavtalen min', unknown: true },
  { question: 'hvordan registrerer jeg en ny elev i visma flyt skole', unknown: true },
  { question: 'hvordan lager jeg en pivottabell i excel', unknown: true },
  { question: 'kan jeg lage en spørreundersøkelse i microsoft forms', unknown: true },
  { question: 'hvordan melder jeg meg syk', unknown: true },
  { question: 'hvordan registrerer jeg overtid', unknown: true },
  { question: 'kan jeg bruke mac i stedet for windows-pc på jobb', unknown: true },
  { question: 'hvordan sender jeg et vedtak med svarut', unknown: true },
];
