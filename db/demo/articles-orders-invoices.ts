// Demo help-centre articles (issue 19): orders, invoices and integrations, in Danish and English.
import type { DemoArticle } from './articles.js';

export const ORDERS_INVOICES_INTEGRATIONS: DemoArticle[] = [
  {
    key: 'orders-create',
    category: 'orders',
    title: { da: 'Opret en salgsordre', en: 'Create a sales order' },
    body: {
      da: '1. Gå til *Salg → Ordrer* og klik **Ny ordre**.\n2. Vælg kunden; betalingsbetingelser og leveringsadresse hentes fra kundekortet.\n3. Tilføj varelinjer med antal og pris.\n4. Klik **Bekræft ordre**. Kunden får en ordrebekræftelse på mail.',
      en: '1. Go to *Sales → Orders* and click **New order**.\n2. Choose the customer; payment terms and delivery address come from the customer card.\n3. Add item lines with quantity and price.\n4. Click **Confirm order**. The customer gets an order confirmation by mail.',
    },
  },
  {
    key: 'orders-cancel',
    category: 'orders',
    title: { da: 'Annullér eller ret en bekræftet ordre', en: 'Cancel or change a confirmed order' },
    body: {
      da: 'En bekræftet ordre kan rettes, indtil den er **leveret**. Åbn ordren og klik **Ret**; kunden får en ny ordrebekræftelse.\n\nVil du annullere ordren, klik **Annullér ordre**. Er den allerede leveret, skal du i stedet lave en **returordre** og en kreditnota.',
      en: 'A confirmed order can be changed until it is **delivered**. Open the order and click **Edit**; the customer gets a new order confirmation.\n\nTo cancel the order, click **Cancel order**. If it is already delivered, make a **return order** and a credit note instead.',
    },
  },
  {
    key: 'orders-delivery',
    category: 'orders',
    title: { da: 'Levering og følgeseddel', en: 'Delivery and delivery note' },
    body: {
      da: 'Når varerne er plukket, klik **Lever** på ordren. Lagerbeholdningen trækkes, og der dannes en **følgeseddel**, som kan udskrives eller sendes med fragtfirmaet.\n\nDelleveringer er mulige: angiv det leverede antal pr. linje.',
      en: 'When the goods are picked, click **Deliver** on the order. Stock is reduced and a **delivery note** is created, which can be printed or sent with the carrier.\n\nPartial deliveries are possible: give the delivered quantity per line.',
    },
  },
  {
    key: 'orders-stock',
    category: 'orders',
    title: { da: 'Lagerbeholdningen stemmer ikke', en: 'The stock level is wrong' },
    body: {
      da: 'Beholdningen ændres af leveringer, varemodtagelser og **lageroptællinger**. Se varens posteringer under *Lager → Varer → Posteringer* for at finde differencen.\n\nRet beholdningen med en lageroptælling; en direkte rettelse er ikke mulig, så historikken bevares.',
      en: 'Stock changes through deliveries, goods receipts and **stock counts**. See the item’s entries under *Inventory → Items → Entries* to find the difference.\n\nCorrect the stock with a stock count; a direct edit is not possible, so the history is kept.',
    },
  },
  {
    key: 'orders-quote',
    category: 'orders',
    title: { da: 'Lav et tilbud og gør det til en ordre', en: 'Make a quote and turn it into an order' },
    body: {
      da: 'Opret et tilbud under *Salg → Tilbud*. Tilbuddet har en gyldighedsdato.\n\nNår kunden accepterer, klik **Konvertér til ordre**; linjer og priser overføres uændret.',
      en: 'Create a quote under *Sales → Quotes*. The quote has a valid-until date.\n\nWhen the customer accepts, click **Convert to order**; lines and prices are carried over unchanged.',
    },
  },
  {
    key: 'orders-prices',
    category: 'orders',
    title: { da: 'Prislister og kunderabatter', en: 'Price lists and customer discounts' },
    body: {
      da: 'Priser kommer fra varens **salgspris**, medmindre kunden har en **prisliste** eller en rabatgruppe. Prislisten vælges på kundekortet.\n\nEn pris rettet på ordrelinjen gælder kun den ordre.',
      en: 'Prices come from the item’s **sales price** unless the customer has a **price list** or a discount group. The price list is chosen on the customer card.\n\nA price changed on the order line applies to that order only.',
    },
  },
  {
    key: 'orders-basis-approval',
    category: 'orders',
    audience: 'company',
    company: 'basis',
    title: { da: 'Basis ApS: godkendelse af ordrer over 50.000 kr.', en: 'Basis ApS: approving orders above DKK 50,000' },
    body: {
      da: 'I jeres opsætning skal ordrer over **50.000 kr.** godkendes af en salgschef, før de kan bekræftes. Ordren står med status *Afventer godkendelse*.\n\nSalgschefen godkender under *Salg → Til godkendelse*.',
      en: 'In your setup, orders above **DKK 50,000** must be approved by a sales manager before they can be confirmed. The order shows the status *Awaiting approval*.\n\nThe sales manager approves them under *Sales → Awaiting approval*.',
    },
  },
  {
    key: 'invoices-credit-note',
    category: 'invoices',
    title: { da: 'Lav en kreditnota', en: 'Make a credit note' },
    body: {
      da: 'En bogført faktura kan ikke slettes. Lav i stedet en **kreditnota**:\n\n1. Åbn fakturaen under *Salg → Fakturaer*.\n2. Klik **Krediter** – hele fakturaen eller udvalgte linjer.\n3. Bogfør kreditnotaen; den sendes til kunden som fakturaen blev.',
      en: 'A posted invoice cannot be deleted. Make a **credit note** instead:\n\n1. Open the invoice under *Sales → Invoices*.\n2. Click **Credit** – the whole invoice or chosen lines.\n3. Post the credit note; it is sent to the customer the way the invoice was.',
    },
  },
  {
    key: 'invoices-send',
    category: 'invoices',
    title: { da: 'Send fakturaer som e-faktura (OIOUBL/Peppol)', en: 'Send invoices as e-invoices (OIOUBL/Peppol)' },
    body: {
      da: 'Offentlige kunder skal have **e-fakturaer**. Angiv kundens EAN-nummer (GLN) på kundekortet; så sendes fakturaen via NemHandel/Peppol.\n\nPrivate kunder med et Peppol-ID får også e-faktura; andre får PDF på mail.',
      en: 'Public customers must receive **e-invoices**. Give the customer’s EAN number (GLN) on the customer card; the invoice is then sent through NemHandel/Peppol.\n\nPrivate customers with a Peppol ID get an e-invoice too; others get a PDF by mail.',
    },
  },
  {
    key: 'invoices-rejected',
    category: 'invoices',
    title: { da: 'E-fakturaen blev afvist', en: 'The e-invoice was rejected' },
    body: {
      da: 'En afvist e-faktura vises med status **Afvist** og en årsag. De hyppigste årsager:\n\n- Forkert eller udløbet EAN-nummer.\n- Manglende ordrereference (kundens indkøbsnummer).\n\nRet kundekortet eller fakturaen, og klik **Send igen**.',
      en: 'A rejected e-invoice shows the status **Rejected** and a reason. The most common reasons:\n\n- A wrong or expired EAN number.\n- A missing order reference (the customer’s purchase number).\n\nCorrect the customer card or the invoice, and click **Send again**.',
    },
  },
  {
    key: 'invoices-vat',
    category: 'invoices',
    title: { da: 'Moms på fakturaer og momskoder', en: 'VAT on invoices and VAT codes' },
    body: {
      da: 'Momsen beregnes ud fra **momskoden** på varen og kundens momsområde (Danmark, EU, udland). EU-kunder med gyldigt momsnummer faktureres uden moms (omvendt betalingspligt).\n\nRet momskoden på varen eller kundekortet; den gælder for nye fakturaer.',
      en: 'VAT is calculated from the **VAT code** on the item and the customer’s VAT area (Denmark, EU, abroad). EU customers with a valid VAT number are invoiced without VAT (reverse charge).\n\nChange the VAT code on the item or the customer card; it applies to new invoices.',
    },
  },
  {
    key: 'invoices-reminders',
    category: 'invoices',
    title: { da: 'Rykkere for ubetalte fakturaer', en: 'Reminders for unpaid invoices' },
    body: {
      da: 'Under *Debitorer → Rykkere* ser du forfaldne fakturaer. Klik **Dan rykkere** for at sende rykker 1, 2 og 3 efter jeres rykkerprocedure.\n\nRykkergebyr tilføjes automatisk, hvis det er slået til under *Indstillinger → Debitorer*.',
      en: 'Under *Receivables → Reminders* you see overdue invoices. Click **Create reminders** to send reminder 1, 2 and 3 according to your reminder procedure.\n\nA reminder fee is added automatically if it is turned on under *Settings → Receivables*.',
    },
  },
  {
    key: 'invoices-payment-match',
    category: 'invoices',
    title: { da: 'Indbetalinger matches ikke med fakturaer', en: 'Payments are not matched to invoices' },
    body: {
      da: 'Indbetalinger fra banken matches på **FIK-nummer** eller fakturanummer og beløb. Betaler kunden et andet beløb eller uden reference, står indbetalingen som *umatchet*.\n\nMatch den manuelt under *Bank → Afstemning* ved at vælge fakturaen.',
      en: 'Payments from the bank are matched on the **FIK number** or invoice number and amount. If the customer pays another amount or without a reference, the payment is left *unmatched*.\n\nMatch it by hand under *Bank → Reconciliation* by choosing the invoice.',
    },
  },
  {
    key: 'invoices-layout',
    category: 'invoices',
    title: { da: 'Skift logo og layout på fakturaen', en: 'Change the logo and layout of the invoice' },
    body: {
      da: 'Fakturalayoutet ændres under *Indstillinger → Dokumentlayout*. Upload logo (PNG eller SVG), vælg skrifttype og tilføj tekst i sidefoden, fx bankoplysninger.\n\nSe en prøve, før du gemmer. Ændringen gælder nye fakturaer.',
      en: 'The invoice layout is changed under *Settings → Document layout*. Upload a logo (PNG or SVG), choose a font and add footer text, e.g. bank details.\n\nSee a preview before you save. The change applies to new invoices.',
    },
  },
  {
    key: 'invoices-period-closed',
    category: 'invoices',
    title: { da: 'Kan ikke bogføre: perioden er lukket', en: 'Cannot post: the period is closed' },
    body: {
      da: 'Fejlen *Perioden er lukket* betyder, at bogføringsdatoen ligger i en lukket regnskabsperiode. Ret bogføringsdatoen til en åben periode, eller bed jeres bogholder åbne perioden under *Regnskab → Perioder*.',
      en: 'The error *The period is closed* means the posting date lies in a closed accounting period. Change the posting date to an open period, or ask your bookkeeper to open the period under *Accounting → Periods*.',
    },
  },
  {
    key: 'invoices-internal-dunning-bug',
    category: 'invoices',
    audience: 'internal',
    title: { da: 'Internt: kendt fejl i rykkerkørsel ved delbetalinger', en: 'Internal: known bug in reminder runs with partial payments' },
    body: {
      da: 'Version 24.3 danner rykker på det fulde beløb, selv om fakturaen er delvist betalt. Løst i 24.4. Omgåelse: afstem delbetalingen manuelt før rykkerkørslen.',
      en: 'Version 24.3 creates a reminder for the full amount even when the invoice is partly paid. Fixed in 24.4. Workaround: reconcile the partial payment by hand before the reminder run.',
    },
  },
  {
    key: 'integrations-bank',
    category: 'integrations',
    title: { da: 'Bankintegration: kontoudtog hentes ikke', en: 'Bank integration: statements are not fetched' },
    body: {
      da: 'Kontoudtog hentes hver morgen via jeres bankaftale. Stopper det:\n\n- Bankaftalen skal fornys hver 90. dag (PSD2). Forny den under *Bank → Bankforbindelser*.\n- Se hentningsloggen for fejl fra banken.\n\nEfter fornyelse hentes de manglende dage automatisk.',
      en: 'Statements are fetched every morning through your bank agreement. If it stops:\n\n- The bank consent must be renewed every 90 days (PSD2). Renew it under *Bank → Bank connections*.\n- See the fetch log for errors from the bank.\n\nAfter renewal the missing days are fetched automatically.',
    },
  },
  {
    key: 'integrations-api-key',
    category: 'integrations',
    title: { da: 'API-nøgler til integrationer', en: 'API keys for integrations' },
    body: {
      da: 'Opret en API-nøgle under *Indstillinger → Integrationer → API-nøgler*. Giv den kun de rettigheder, integrationen har brug for.\n\nNøglen vises én gang; gem den sikkert. En lækket nøgle tilbagekaldes med det samme på samme side.',
      en: 'Create an API key under *Settings → Integrations → API keys*. Give it only the permissions the integration needs.\n\nThe key is shown once; keep it safe. A leaked key is revoked at once on the same page.',
    },
  },
  {
    key: 'integrations-webshop',
    category: 'integrations',
    title: { da: 'Webshop-integration: ordrer kommer ikke ind', en: 'Webshop integration: orders do not come in' },
    body: {
      da: 'Ordrer fra webshoppen hentes hvert 5. minut. Kommer de ikke ind:\n\n- Se integrationsloggen under *Indstillinger → Integrationer → Webshop*.\n- En ukendt vare eller kunde stopper ordren; opret varen eller kunden og klik **Prøv igen**.\n- Tjek at webshoppens API-nøgle ikke er udløbet.',
      en: 'Orders from the webshop are fetched every 5 minutes. If they do not come in:\n\n- See the integration log under *Settings → Integrations → Webshop*.\n- An unknown item or customer stops the order; create the item or customer and click **Retry**.\n- Check that the webshop’s API key has not expired.',
    },
  },
  {
    key: 'integrations-accounting-export',
    category: 'integrations',
    title: { da: 'Eksport af bogføring til revisor', en: 'Exporting bookkeeping to the accountant' },
    body: {
      da: 'Under *Regnskab → Eksport* vælger du periode og format (SAF-T eller CSV). Revisoren kan også få en læseadgang med rollen *Revisor*.',
      en: 'Under *Accounting → Export* you choose the period and format (SAF-T or CSV). The accountant can also get read access with the role *Accountant*.',
    },
  },
  {
    key: 'integrations-time-app',
    category: 'integrations',
    title: { da: 'Tidsregistrerings-appen synkroniserer ikke', en: 'The time registration app does not sync' },
    body: {
      da: 'Appen synkroniserer, når telefonen er online. Står timer som *Ikke sendt*:\n\n- Log ud og ind i appen.\n- Opdatér appen til nyeste version.\n- Tjek at medarbejderen er tilknyttet en lønperiode.\n\nTimerne ligger gemt i appen og går ikke tabt.',
      en: 'The app syncs when the phone is online. If hours show as *Not sent*:\n\n- Sign out of the app and in again.\n- Update the app to the latest version.\n- Check that the employee is attached to a pay period.\n\nThe hours are kept in the app and are not lost.',
    },
  },
  {
    key: 'integrations-eindkomst',
    category: 'integrations',
    title: { da: 'Indberetning til eIndkomst fejler', en: 'Reporting to eIndkomst fails' },
    body: {
      da: 'Indberetningen sendes, når lønkørslen godkendes. Fejler den, vises fejlkoden fra Skattestyrelsen på lønkørslen.\n\n- *Ugyldigt SE-nummer*: ret SE-nummeret under *Indstillinger → Virksomhed*.\n- *Medarbejder ukendt*: kontrollér CPR-nummeret.\n\nKlik **Send indberetning igen**, når fejlen er rettet.',
      en: 'The report is sent when the payroll run is approved. If it fails, the Tax Agency’s error code shows on the payroll run.\n\n- *Invalid SE number*: correct the SE number under *Settings → Company*.\n- *Employee unknown*: check the CPR number.\n\nClick **Send report again** once the error is fixed.',
    },
  },
];
