// The demo companies' billing details (made-up but well-formed: CVR numbers pass the modulus 11 check,
// the EAN/GLN of the public-style customer its GS1 check digit), so the demo's invoices are valid Peppol
// documents: one customer on an EAN number, one with English invoices.
import type { Transaction } from 'sequelize';
import type { Database } from './connection.js';

export interface DemoBilling {
  street: string;
  postcode: string;
  city: string;
  cvr: string;
  gln: string | null;
  invoiceEmail: string;
  attention: string;
  reference: string;
  locale: 'da' | 'en';
}

export const DEMO_BILLING: Readonly<Record<string, DemoBilling>> = {
  hypercare: {
    street: 'Bredgade 23, 2. sal',
    postcode: '1260',
    city: 'København K',
    cvr: '35611002',
    gln: null,
    invoiceEmail: 'faktura@hypercare.test',
    attention: 'Karen Kontakt',
    reference: '',
    locale: 'da',
  },
  udvidet: {
    street: 'Industrivej 40',
    postcode: '7100',
    city: 'Vejle',
    cvr: '29301018',
    gln: '5798000428409',
    invoiceEmail: 'ehandel@udvidet.test',
    attention: 'Økonomiafdelingen',
    reference: 'Indkøb 4411',
    locale: 'da',
  },
  basis: {
    street: 'Havnegade 12',
    postcode: '5000',
    city: 'Odense C',
    cvr: '25941004',
    gln: null,
    invoiceEmail: 'accounts@basis.test',
    attention: 'Accounts payable',
    reference: 'PO-2025-17',
    locale: 'en',
  },
  faktureret: {
    street: 'Nørregade 7, 1. th.',
    postcode: '8000',
    city: 'Aarhus C',
    cvr: '41851007',
    gln: null,
    invoiceEmail: 'regnskab@faktureret.test',
    attention: 'Bo Bogholder',
    reference: 'Servicedesk',
    locale: 'da',
  },
};

export async function seedDemoBilling(db: Database, transaction: Transaction): Promise<void> {
  for (const [companyId, b] of Object.entries(DEMO_BILLING)) {
    await db.sequelize.query(
      `INSERT INTO company_billing (company_id, street, postcode, city, country, cvr, gln, invoice_email, attention, reference, locale)
       VALUES (:companyId, :street, :postcode, :city, 'DK', :cvr, :gln, :invoiceEmail, :attention, :reference, :locale) ON CONFLICT (company_id) DO NOTHING`,
      { transaction, replacements: { companyId, ...b } },
    );
  }
}
