// Words for the help-centre benchmark's articles (bulk-articles.ts), per language: the small words every
// text has (most frequent first), a business-software help centre's content words beyond those of the
// demo articles (with Danish inflections), and syllables for made-up names (fields, reports, banks,
// customers' own terms) — so 10 000 generated articles have a vocabulary of some 20 000 words per
// language with a skewed frequency, as a real help centre has.

export const FUNCTION_WORDS = {
  da: `og i en at til med på er det den for af som har kan du ikke eller fra når der skal vil så også hvis men et de under efter
    før ved om alle din dit dine jeres vi man her nu kun mere hvor hvordan sådan først derefter igen altid aldrig samme anden andre
    hver flere nogle ingen sin sit sine være været blive bliver blev får få gør gøre kommer går står vises se klik vælg`,
  en: `the a and is to in on or are an from not it if when can with of for that be see has your you this as by at will then
    only also more each any all other same first again before after which there their its was been does do get gets make
    click choose select go open check`,
} as const;

export const CONTENT_WORDS = {
  da: `faktura fakturaen fakturaer fakturaerne kreditnota kreditnotaen kreditnotaer ordre ordren ordrer ordrerne ordrelinje
    ordrelinjer kunde kunden kunder kunderne leverandør leverandøren leverandører lager lageret varer varen varenummer pris prisen
    priser prisliste rabat rabatten moms momsen momskode bogføring bogføre bogført bogfører konto kontoen kontoplan kontonummer
    afstemning afstemme bank banken betaling betalingen betalinger indbetaling udbetaling rykker rykkeren rykkere løn lønnen
    lønkørsel lønkørslen lønseddel lønsedler lønperiode lønart lønarter medarbejder medarbejderen medarbejdere ferie feriepenge
    fravær sygdom barsel pension pensionen skat skattekort trækprocent fradrag tillæg overtid timer timeløn månedsløn rapport
    rapporten rapporter udskrift udskrive eksport eksportere import importere fil filen filer skærmbillede fejl fejlen fejlbesked
    advarsel advarslen login adgangskode adgangskoden bruger brugeren brugere brugerne rettighed rettigheder rolle roller menu
    menuen knap knappen felt feltet felter skabelon skabelonen skabeloner mail mailen printer dokument dokumentet arkiv arkivet
    søgning søge filter sortering liste listen oversigt oversigten integration integrationen opsætning opsætningen indstilling
    opdatering opdateringen version versionen modul modulet moduler arbejdsgang godkendelse godkende godkendt godkender tilbud
    tilbuddet projekt projektet tid kalender møde kursus vejledning manual spørgsmål svar problem langsom hurtig stopper virker
    mangler manglende forkert forkerte rigtig gammel ny nye ændring ændre ændret ønske forslag beløb beløbet valuta euro kroner
    dato datoen periode perioden måned måneden år året kvartal budget regnskab årsregnskab revision revisor afdeling filial
    lagerbeholdning leverance levering følgeseddel afsendelse forsendelse fragt returnering retur reklamation garanti serienummer
    varegruppe enhed antal mængde vægt lokation hylde plukning pakning indkøb indkøbsordre bestilling bestillingen ordrebekræftelse
    salgsordre salg salget omsætning dækningsbidrag kostpris salgspris valutakurs kursregulering renter gebyr gebyrer opkrævning
    betalingsservice girokort kort kortbetaling mobilepay faktureringsadresse leveringsadresse adresse telefonnummer cvr ean
    kontaktperson ansat ansættelse fratræden opsigelse kontrakt aftale aftalen abonnement licens licenser pakke tilvalg app appen
    mobil telefon browser skærm side siden fane fanen vindue dialog knapper ikon genvej tastatur kopiere indsætte slette gemme
    gemt annullere fortryde nulstille låse låst åbne lukke lukket spærret aktiv inaktiv status statussen kladde kladden kø job
    kørsel kørslen planlagt planlægning automatisk manuel manuelt import eksporten csv excel pdf xml api nøgle token webhook
    synkronisering synkronisere forbindelse forbindelsen server timeout adgang sikkerhed tofaktor kode koden sms notifikation
    påmindelse frist forfald forfaldsdato betalingsbetingelser kredit kreditgrænse saldo saldoen posteringer postering bilag
    bilaget kassekladde finans finansposter debitor debitorer kreditor kreditorer hovedbog momsangivelse indberetning indberette`,
  en: `invoice invoices invoicing credit note notes order orders ordered line lines customer customers supplier suppliers stock
    item items price prices pricing discount discounts vat tax taxes posting post posted ledger account accounts chart
    reconciliation reconcile bank banks payment payments paid reminder reminders payroll salary salaries payslip payslips pay
    employee employees holiday holidays absence sickness leave pension tax card deduction supplement overtime hours hourly monthly
    report reports print printing export exporting import importing file files screenshot error errors message warning warnings
    sign password user users permission permissions role roles menu button field fields template templates mail email printer
    document documents archive search filter sorting list overview integration integrations setup settings setting update
    updates version module modules workflow approval approve approved quote quotes project projects time calendar meeting
    training course guide manual question answer problem slow fast stopped missing wrong old new change changed request idea
    amount currency euro date dates period periods month year quarter budget audit auditor department branch warehouse delivery
    deliveries shipment shipping freight return returns complaint warranty serial group unit quantity weight location picking
    packing purchase purchasing confirmation sales revenue margin cost rate fee fees collection direct debit mobile address
    phone contact employment termination contract agreement subscription licence licences package add-on app browser screen
    page tab window dialog icon shortcut keyboard copy paste delete save saved cancel undo reset lock locked unlock close closed
    blocked active inactive status draft queue job scheduled planning automatic automatically manual manually csv excel pdf xml
    api key token webhook sync synchronisation connection server timeout access security two-factor code sms notification due
    deadline terms limit balance entries entry voucher journal finance debtor debtors creditor creditors general declaration`,
} as const;

/** Syllables for made-up names (a bank, a report, a customer's own field), as real texts are full of them. */
export const NAME_SYLLABLES = `ka lo ve ri tan sol mer dex bro vik ul nor sen tra pa fal gu ris mon el dan vi har ston lin mo rak sy ber`.split(' ');
