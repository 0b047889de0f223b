// Demo help-centre articles (issue 19): payroll, users and access — what the vendor's customers ask
// about most, in Danish and English, as the desk would have written them from earlier cases.
import type { DemoArticle } from './articles.js';

export const PAYROLL_AND_USERS: DemoArticle[] = [
  {
    key: 'payroll-run',
    category: 'payroll',
    title: { da: 'Sådan kører du lønnen', en: 'How to run payroll' },
    body: {
      da: '## Før lønkørslen\n\n- Kontrollér at alle timesedler er godkendt.\n- Gennemse **Lønforslaget** under *Løn → Lønkørsler*.\n\n## Kør lønnen\n\n1. Vælg lønperioden.\n2. Klik **Beregn**, og ret eventuelle advarsler.\n3. Klik **Godkend og overfør**. Lønnen sendes til bank og eIndkomst.\n\nEn godkendt lønkørsel kan ikke ændres; brug en efterregulering i næste periode.',
      en: '## Before the payroll run\n\n- Check that every timesheet is approved.\n- Review the **payroll proposal** under *Payroll → Payroll runs*.\n\n## Run payroll\n\n1. Choose the pay period.\n2. Click **Calculate** and fix any warnings.\n3. Click **Approve and transfer**. Salaries go to the bank and eIndkomst.\n\nAn approved payroll run cannot be changed; use a correction in the next period.',
    },
  },
  {
    key: 'payroll-correction',
    category: 'payroll',
    title: { da: 'Ret en fejl i en godkendt lønkørsel (efterregulering)', en: 'Correct a mistake in an approved payroll run' },
    body: {
      da: 'En godkendt lønkørsel låses. Fejl rettes med en **efterregulering**:\n\n1. Åbn medarbejderen under *Løn → Medarbejdere*.\n2. Vælg **Efterregulering**, og angiv lønart, periode og beløb.\n3. Reguleringen kommer med i næste lønkørsel, og eIndkomst rettes automatisk.\n\nSkal medarbejderen have pengene med det samme, kan du lave en **ekstra lønkørsel** kun for vedkommende.',
      en: 'An approved payroll run is locked. Mistakes are fixed with a **correction**:\n\n1. Open the employee under *Payroll → Employees*.\n2. Choose **Correction** and give the pay type, period and amount.\n3. The correction is included in the next payroll run, and eIndkomst is corrected automatically.\n\nIf the employee needs the money at once, make an **extra payroll run** for that employee only.',
    },
  },
  {
    key: 'payroll-holiday-pay',
    category: 'payroll',
    title: { da: 'Feriepenge og ferietillæg ved fratræden', en: 'Holiday pay when an employee leaves' },
    body: {
      da: 'Når en medarbejder fratræder, beregner systemet feriepenge og ferietillæg automatisk, når du sætter **fratrædelsesdato** på medarbejderen.\n\n- Timelønnede: feriepenge (12,5 %) indberettes til FerieKonto.\n- Funktionærer: ikke afholdt ferie udbetales via Feriepengeinfo.\n\nKontrollér beløbene i lønforslaget før du godkender den sidste lønkørsel.',
      en: 'When an employee leaves, the system calculates holiday pay and holiday allowance automatically once you set the **leaving date** on the employee.\n\n- Hourly paid: holiday pay (12.5%) is reported to FerieKonto.\n- Salaried: untaken holiday is paid out through Feriepengeinfo.\n\nCheck the amounts in the payroll proposal before you approve the last payroll run.',
    },
  },
  {
    key: 'payroll-new-employee',
    category: 'payroll',
    title: { da: 'Opret en ny medarbejder i lønsystemet', en: 'Add a new employee to payroll' },
    body: {
      da: '1. Gå til *Løn → Medarbejdere* og klik **Ny medarbejder**.\n2. Udfyld CPR-nummer, ansættelsesdato, lønform (måneds- eller timeløn) og bankkonto.\n3. Skattekortet hentes automatisk fra Skattestyrelsen inden for et døgn.\n4. Tilknyt pension og eventuelle faste tillæg.\n\nMedarbejderen kommer med i første lønkørsel efter ansættelsesdatoen.',
      en: '1. Go to *Payroll → Employees* and click **New employee**.\n2. Fill in the CPR number, start date, pay form (monthly or hourly) and bank account.\n3. The tax card is fetched from the Danish Tax Agency automatically within a day.\n4. Attach pension and any fixed supplements.\n\nThe employee is included in the first payroll run after the start date.',
    },
  },
  {
    key: 'payroll-tax-card',
    category: 'payroll',
    title: { da: 'Skattekortet mangler eller er forkert', en: 'The tax card is missing or wrong' },
    body: {
      da: 'Skattekort hentes hver nat fra Skattestyrelsen. Mangler det:\n\n- Kontrollér at CPR-nummeret er korrekt.\n- Se under *Løn → Skattekort → Hentelog*, om der er en fejl fra Skattestyrelsen.\n- Klik **Hent skattekort nu** for at prøve igen.\n\nUden skattekort beregnes A-skat med 55 % (bikort uden fradrag).',
      en: 'Tax cards are fetched every night from the Danish Tax Agency. If one is missing:\n\n- Check that the CPR number is correct.\n- See *Payroll → Tax cards → Fetch log* for an error from the Tax Agency.\n- Click **Fetch tax card now** to try again.\n\nWithout a tax card, tax is withheld at 55% (secondary card without deductions).',
    },
  },
  {
    key: 'payroll-pension',
    category: 'payroll',
    title: { da: 'Pension: procentsats og pensionsselskab', en: 'Pension: percentage and pension company' },
    body: {
      da: 'Pension sættes op pr. medarbejder under fanen **Pension**: medarbejderens og arbejdsgiverens procent af lønnen og pensionsselskabet.\n\nIndbetalingerne sendes til pensionsselskabet via PBS ved hver lønkørsel. Ændrer du satsen midt i en periode, gælder den nye sats fra næste lønkørsel.',
      en: 'Pension is set up per employee on the **Pension** tab: the employee’s and the employer’s percentage of pay and the pension company.\n\nContributions go to the pension company through PBS with every payroll run. If you change the rate mid-period, the new rate applies from the next payroll run.',
    },
  },
  {
    key: 'payroll-payslip',
    category: 'payroll',
    title: { da: 'Lønsedler sendes ikke til e-Boks', en: 'Payslips are not sent to e-Boks' },
    body: {
      da: 'Lønsedler sendes til e-Boks, når lønkørslen er godkendt. Hvis de ikke kommer frem:\n\n- Kontrollér at **e-Boks-aftalen** er aktiv under *Indstillinger → Digital post*.\n- Se forsendelsesloggen på lønkørslen; en afvist forsendelse vises med årsag.\n- Medarbejdere uden digital post får lønsedlen som PDF, som du kan udskrive.',
      en: 'Payslips are sent to e-Boks when the payroll run is approved. If they do not arrive:\n\n- Check that the **e-Boks agreement** is active under *Settings → Digital post*.\n- See the delivery log on the payroll run; a rejected delivery shows its reason.\n- Employees without digital post get the payslip as a PDF you can print.',
    },
  },
  {
    key: 'payroll-sick-pay',
    category: 'payroll',
    title: { da: 'Sygedagpenge og refusion', en: 'Sickness benefit and reimbursement' },
    body: {
      da: 'Registrér sygdom under *Fravær* på medarbejderen. Efter 30 dages sygdom kan virksomheden søge **refusion** af sygedagpenge.\n\nSystemet laver en liste over medarbejdere med ret til refusion under *Løn → Refusioner*, så du kan anmelde dem på virk.dk. Den modtagne refusion bogføres på lønkontoen for refusioner.',
      en: 'Record sickness under *Absence* on the employee. After 30 days of sickness the company can claim **reimbursement** of sickness benefit.\n\nThe system lists employees entitled to reimbursement under *Payroll → Reimbursements*, so you can report them on virk.dk. The reimbursement received is posted to the payroll account for reimbursements.',
    },
  },
  {
    key: 'payroll-timesheets',
    category: 'payroll',
    title: { da: 'Timesedler: godkend timer før lønkørslen', en: 'Timesheets: approve hours before payroll' },
    body: {
      da: 'Timelønnede medarbejderes timer kommer fra timesedlerne. Kun **godkendte** timesedler tælles med i lønforslaget.\n\nLederen godkender under *Tid → Til godkendelse*. Mangler en godkendelse, vises en advarsel, når du beregner lønnen.',
      en: 'Hourly paid employees’ hours come from the timesheets. Only **approved** timesheets count in the payroll proposal.\n\nThe manager approves them under *Time → Awaiting approval*. A missing approval shows as a warning when you calculate payroll.',
    },
  },
  {
    key: 'payroll-udvidet-bonus',
    category: 'payroll',
    audience: 'company',
    company: 'udvidet',
    title: { da: 'Udvidet A/S: kvartalsbonus i lønkørslen', en: 'Udvidet A/S: quarterly bonus in the payroll run' },
    body: {
      da: 'Jeres implementering har lønarten **Kvartalsbonus (L-417)**, som beregnes ud fra salgstallene fra ordremodulet.\n\nBonussen kommer med i lønkørslen for marts, juni, september og december. Ret salgstallene før lønkørslen; bonussen genberegnes, når du klikker **Beregn**.',
      en: 'Your implementation has the pay type **Quarterly bonus (L-417)**, calculated from the sales figures of the order module.\n\nThe bonus is included in the payroll runs of March, June, September and December. Correct the sales figures before the payroll run; the bonus is recalculated when you click **Calculate**.',
    },
  },
  {
    key: 'users-new-user',
    category: 'users',
    title: { da: 'Opret en ny bruger', en: 'Create a new user' },
    body: {
      da: '1. Gå til *Indstillinger → Brugere* og klik **Ny bruger**.\n2. Angiv navn, e-mailadresse og en eller flere **roller** (fx Lønbehandler, Bogholder).\n3. Brugeren får en mail med et link til at vælge adgangskode. Linket virker i 72 timer.\n\nKun administratorer kan oprette brugere.',
      en: '1. Go to *Settings → Users* and click **New user**.\n2. Give the name, e-mail address and one or more **roles** (e.g. Payroll clerk, Bookkeeper).\n3. The user gets a mail with a link to choose a password. The link works for 72 hours.\n\nOnly administrators can create users.',
    },
  },
  {
    key: 'users-password-reset',
    category: 'users',
    title: { da: 'Glemt adgangskode eller låst konto', en: 'Forgotten password or locked account' },
    body: {
      da: 'Klik **Glemt adgangskode** på login-siden og få et link på mail. Efter 10 forkerte forsøg låses kontoen i 15 minutter.\n\nEn administrator kan også nulstille adgangskoden under *Indstillinger → Brugere → Nulstil adgangskode*.',
      en: 'Click **Forgot password** on the sign-in page to get a link by mail. After 10 wrong attempts the account is locked for 15 minutes.\n\nAn administrator can also reset the password under *Settings → Users → Reset password*.',
    },
  },
  {
    key: 'users-roles',
    category: 'users',
    title: { da: 'Roller og rettigheder: hvem må hvad', en: 'Roles and permissions: who may do what' },
    body: {
      da: 'Rettigheder gives gennem **roller**. En bruger kan have flere roller.\n\n- *Lønbehandler*: lønkørsler og medarbejdere.\n- *Bogholder*: fakturaer, kreditnotaer og bogføring.\n- *Salg*: ordrer og tilbud.\n- *Administrator*: brugere og indstillinger.\n\nRet en brugers roller under *Indstillinger → Brugere*; ændringen gælder ved næste login.',
      en: 'Permissions are given through **roles**. A user can have several roles.\n\n- *Payroll clerk*: payroll runs and employees.\n- *Bookkeeper*: invoices, credit notes and bookkeeping.\n- *Sales*: orders and quotes.\n- *Administrator*: users and settings.\n\nChange a user’s roles under *Settings → Users*; the change applies at the next sign-in.',
    },
  },
  {
    key: 'users-deactivate',
    category: 'users',
    title: { da: 'Luk en bruger, der er stoppet', en: 'Deactivate a user who has left' },
    body: {
      da: 'Når en medarbejder stopper, skal brugeren **deaktiveres** – ikke slettes – så historikken bevares.\n\nGå til *Indstillinger → Brugere*, vælg brugeren og klik **Deaktivér**. Brugeren logges ud med det samme, og licensen frigives.',
      en: 'When an employee leaves, deactivate the user – do not delete it – so the history is kept.\n\nGo to *Settings → Users*, choose the user and click **Deactivate**. The user is signed out at once and the licence is freed.',
    },
  },
  {
    key: 'users-two-factor',
    category: 'users',
    title: { da: 'To-faktor-login (MitID Erhverv eller app)', en: 'Two-factor sign-in (MitID Erhverv or an app)' },
    body: {
      da: 'Slå to-faktor-login til under *Indstillinger → Sikkerhed*. Brugerne kan vælge **MitID Erhverv** eller en godkender-app.\n\nMister en bruger sin telefon, kan en administrator nulstille den anden faktor under *Brugere → Nulstil to-faktor*.',
      en: 'Turn on two-factor sign-in under *Settings → Security*. Users can choose **MitID Erhverv** or an authenticator app.\n\nIf a user loses their phone, an administrator can reset the second factor under *Users → Reset two-factor*.',
    },
  },
  {
    key: 'users-licences',
    category: 'users',
    title: { da: 'Antal licenser og ekstra brugere', en: 'Number of licences and extra users' },
    body: {
      da: 'Under *Indstillinger → Abonnement* ser du, hvor mange licenser I har, og hvor mange der er i brug. Deaktiverede brugere tæller ikke med.\n\nFlere licenser bestilles hos servicedesken som en serviceanmodning.',
      en: 'Under *Settings → Subscription* you see how many licences you have and how many are in use. Deactivated users do not count.\n\nMore licences are ordered from the service desk as a service request.',
    },
  },
  {
    key: 'users-internal-sso',
    category: 'users',
    audience: 'internal',
    title: { da: 'Internt: fejlsøgning af single sign-on (Azure AD)', en: 'Internal: troubleshooting single sign-on (Azure AD)' },
    body: {
      da: "Tjek i denne rækkefølge: 1) kundens app-registrering har redirect-URI'en fra opsætningen, 2) certifikatet er ikke udløbet, 3) brugerens e-mail i Azure matcher brugernavnet. Fejlkoden AADSTS50011 betyder forkert redirect-URI.",
      en: 'Check in this order: 1) the customer’s app registration has the redirect URI from the setup, 2) the certificate has not expired, 3) the user’s e-mail in Azure matches the user name. Error code AADSTS50011 means a wrong redirect URI.',
    },
  },
  {
    key: 'general-support-contact',
    category: 'general',
    title: { da: 'Hvad gør en supportkontakt?', en: 'What does a support contact do?' },
    body: {
      da: 'Supportkontakten er jeres indgang til servicedesken: stiller spørgsmål på vegne af brugerne, melder fejl og giver ny viden videre til kollegerne.\n\nI har mindst én og gerne to supportkontakter. Flere kan tilkøbes; en ny supportkontakt bestilles hos servicedesken.',
      en: 'The support contact is your way in to the service desk: asks questions on behalf of the users, reports incidents and passes new knowledge on to colleagues.\n\nYou have at least one and ideally two support contacts. More can be bought; a new support contact is ordered from the service desk.',
    },
  },
  {
    key: 'general-incident-or-support',
    category: 'general',
    title: { da: 'Fejl eller spørgsmål: hvilken slags henvendelse skal jeg vælge?', en: 'Incident or question: which kind of request should I choose?' },
    body: {
      da: 'Vælg **Fejl** når noget, der plejer at virke, er holdt op med at virke. Vælg **Support** når du har brug for hjælp til at bruge en funktion. Vil I have løsningen ændret, er det et **ændringsønske**.\n\nFejl er altid gratis; support afhænger af jeres aftale.',
      en: 'Choose **Incident** when something that used to work has stopped working. Choose **Support** when you need help using a function. If you want the solution changed, it is a **change request**.\n\nIncidents are always free; support depends on your agreement.',
    },
  },
];
