// A company whose support contacts' competence figures for March 2025 are computed by hand, written
// straight into the read model (cases, timeline events, company charges) as the case activities would
// have written it. Edges: Copenhagen day bounds across the spring time change (30 March), a case split
// into two, a question returned twice, events outside the period, an inactive contact, a contact
// trained by a delivered support-contact order and one whose training was billed after the period.
import type { Sequelize } from 'sequelize';
import { QueryTypes } from 'sequelize';
import { unique } from '../admin/admin-support.js';

export const PERIOD = { from: '2025-03-01', to: '2025-03-31' };

export interface Fixture {
  companyId: string;
  people: { anna: number; bo: number; carl: number; eva: number; dora: number };
  emails: { anna: string; bo: string; carl: string; eva: string; dora: string };
  /** Case numbers by their name in this file. */
  cases: Record<string, number>;
}

type Who = 'anna' | 'bo' | 'carl' | 'eva';

interface CaseSpec {
  name: string;
  who: Who;
  type: string;
  received: string;
  splitFrom?: string;
  fields?: Record<string, unknown>;
  events: [kind: string, at: string, text?: string][];
}

/** A - Anna (trained 2024, billed), B - Bo (training billed only in April), C - Carl (inactive), E - Eva (trained by an order Anna placed). */
const CASES = (emails: Fixture['emails']): CaseSpec[] => [
  // 00:30 on 1 March in Copenhagen (CET): inside.
  {
    name: 'a1',
    who: 'anna',
    type: 'support',
    received: '2025-02-28T23:30:00Z',
    events: [
      ['offer-training', '2025-03-05T10:00:00Z'],
      ['mark-not-understood', '2025-03-05T10:01:00Z', 'Did not know how to post an invoice.'],
      ['accept-training', '2025-03-06T09:00:00Z'],
    ],
  },
  {
    name: 'a2',
    who: 'anna',
    type: 'support',
    received: '2025-03-10T09:00:00Z',
    events: [
      ['acknowledge', '2025-03-10T09:30:00Z', 'We look at it.'],
      ['return-question', '2025-03-10T10:00:00Z', 'Which user?'],
      ['return-question', '2025-03-12T10:00:00Z', 'Still: which user?'],
      ['mark-not-understood', '2025-04-02T10:00:00Z', 'After the period.'],
    ],
  },
  // Received in February, reclassified in March: the reclassification counts, the case does not.
  { name: 'a3', who: 'anna', type: 'incident', received: '2025-02-20T09:00:00Z', events: [['reclassify', '2025-03-03T12:00:00Z', 'Changed the setup.']] },
  { name: 'a4', who: 'anna', type: 'support', received: '2025-03-15T09:00:00Z', events: [['split', '2025-03-15T10:00:00Z']] },
  { name: 'a5', who: 'anna', type: 'support', received: '2025-03-15T09:00:00Z', splitFrom: 'a4', events: [] },
  { name: 'a6', who: 'anna', type: 'change_request', received: '2025-03-15T09:00:00Z', splitFrom: 'a4', events: [] },
  // 00:30 on 1 April in Copenhagen (CEST since 30 March): outside. 23:30 on 31 March: inside.
  { name: 'a7', who: 'anna', type: 'support', received: '2025-03-31T22:30:00Z', events: [['return-question', '2025-03-31T22:31:00Z', 'April.']] },
  { name: 'a8', who: 'anna', type: 'support', received: '2025-03-31T21:30:00Z', events: [] },
  // Anna orders Eva as a support contact in January; the training is delivered in February.
  {
    name: 'order',
    who: 'anna',
    type: 'contact_order',
    received: '2025-01-20T09:00:00Z',
    fields: { action: 'add', firstName: 'Eva', lastName: 'Eriksen', email: emails.eva.toUpperCase(), qualified: true },
    events: [['deliver', '2025-02-20T13:00:00Z', 'Training held.']],
  },
  {
    name: 'b1',
    who: 'bo',
    type: 'support',
    received: '2025-03-20T09:00:00Z',
    events: [
      ['offer-training', '2025-03-21T09:00:00Z'],
      ['decline-training', '2025-03-24T09:00:00Z'],
      // 23:59 on 31 March in Copenhagen: inside.
      ['mark-not-understood', '2025-03-31T21:59:00Z', 'Asked for the basics again.'],
    ],
  },
  // A delivered change request naming Bo's e-mail is no support-contact training.
  {
    name: 'b2',
    who: 'bo',
    type: 'change_request',
    received: '2025-03-02T09:00:00Z',
    fields: { email: emails.bo },
    events: [['deliver', '2025-03-25T09:00:00Z']],
  },
  { name: 'c1', who: 'carl', type: 'support', received: '2025-03-05T09:00:00Z', events: [['return-question', '2025-03-06T09:00:00Z', 'Qualify it.']] },
];

/** The figures of March 2025, as counted by hand from CASES. */
export function expectedFigures(f: Fixture) {
  const none = { trainingOffersMade: 0, trainingOffersAccepted: 0, reclassifiedIncidents: 0, notUnderstood: 0, returnedQuestions: 0 };
  const anna = {
    casesRaised: 5, // a1, a2, a5, a6, a8 (a3 in February, a4 split, a7 in April, the order in January)
    trainingOffersMade: 1,
    trainingOffersAccepted: 1,
    reclassifiedIncidents: 1,
    notUnderstood: 1, // a2's mark is in April
    returnedQuestions: 2, // a2 twice; a7's return is in April
    trainingDone: true,
    trainingDoneOn: '2024-06-03',
  };
  const bo = { ...none, casesRaised: 2, trainingOffersMade: 1, notUnderstood: 1, trainingDone: false, trainingDoneOn: null };
  const eva = { ...none, casesRaised: 0, trainingDone: true, trainingDoneOn: '2025-02-20' };
  const carl = { ...none, casesRaised: 1, returnedQuestions: 1, trainingDone: false, trainingDoneOn: null };
  const row = <T extends object>(who: Who, name: string, active: boolean, figures: T) => ({
    id: f.people[who],
    name,
    email: f.emails[who],
    active,
    ...figures,
  });
  return {
    company: { id: f.companyId, name: `Kompetence ${f.companyId}` },
    from: PERIOD.from,
    to: PERIOD.to,
    // Active first, then by last name: Andersen, Berg, Eriksen; then the inactive Carl.
    contacts: [
      row('anna', 'Anna Andersen', true, anna),
      row('bo', 'Bo Berg', true, bo),
      row('eva', 'Eva Eriksen', true, eva),
      row('carl', 'Carl Christensen', false, carl),
    ],
    totals: {
      casesRaised: 7,
      trainingOffersMade: 2,
      trainingOffersAccepted: 1,
      reclassifiedIncidents: 1,
      notUnderstood: 2,
      returnedQuestions: 2,
      trainingDone: false,
      trainingDoneOn: null,
    },
  };
}

export async function writeFixture(sql: Sequelize): Promise<Fixture> {
  const companyId = `komp-${unique()}`;
  const emails = {
    anna: `anna-${companyId}@komp.test`,
    bo: `bo-${companyId}@komp.test`,
    carl: `carl-${companyId}@komp.test`,
    eva: `eva-${companyId}@komp.test`,
    dora: `dora-${companyId}@komp.test`,
  };
  const q = <T extends object>(text: string, replacements: Record<string, unknown>) => sql.query<T>(text, { type: QueryTypes.SELECT, replacements });
  await sql.query(`INSERT INTO companies (id, name, solution_type) VALUES (:id, :name, 'standard')`, {
    replacements: { id: companyId, name: `Kompetence ${companyId}` },
  });
  // The demo password (demo1234), so the fixture's people can sign in.
  const [{ hash }] = await q<{ hash: string }>(`SELECT password_hash AS hash FROM people WHERE email = 'kontakt1@basis.test'`, {});
  const person = async (email: string, first: string, last: string, role: string, locale: string, active = true) =>
    (
      await q<{ id: number }>(
        `INSERT INTO people (email, first_name, last_name, role, company_id, password_hash, locale, active, can_approve)
         VALUES (:email, :first, :last, :role, :companyId, :hash, :locale, :active, false) RETURNING id`,
        { email, first, last, role, companyId, hash, locale, active },
      )
    )[0].id;
  const people = {
    anna: await person(emails.anna, 'Anna', 'Andersen', 'contact', 'da'),
    bo: await person(emails.bo, 'Bo', 'Berg', 'contact', 'da'),
    carl: await person(emails.carl, 'Carl', 'Christensen', 'contact', 'da', false),
    eva: await person(emails.eva, 'Eva', 'Eriksen', 'contact', 'en'),
    dora: await person(emails.dora, 'Dora', 'Dahl', 'approver', 'en'),
  };
  const fixture: Fixture = { companyId, people, emails, cases: {} };
  for (const c of CASES(emails)) {
    const [{ number }] = await q<{ number: number }>(`SELECT nextval('case_number_seq')::int AS number`, {});
    fixture.cases[c.name] = number;
    await sql.query(
      `INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, fields, received_at, split_from, split_index, version)
       VALUES (:number, :wf, :type, 'closed', 'portal', :companyId, :contactId, :title, CAST(:fields AS jsonb), :received, :splitFrom, :splitIndex, 9)`,
      {
        replacements: {
          number,
          wf: `fixture-${number}`,
          type: c.type,
          companyId,
          contactId: people[c.who],
          title: `Fixture ${c.name}`,
          fields: JSON.stringify(c.fields ?? {}),
          received: c.received,
          splitFrom: c.splitFrom ? fixture.cases[c.splitFrom] : null,
          splitIndex: c.splitFrom ? c.name.charCodeAt(1) : null,
        },
      },
    );
    const events: [string, string, string?][] = [['received', c.received], ...c.events];
    for (const [seq, [kind, at, text]] of events.entries()) {
      await sql.query(
        `INSERT INTO case_events (workflow_id, seq, case_number, kind, text, visibility, occurred_at) VALUES (:wf, :seq, :number, :kind, :text, 'customer', :at)`,
        { replacements: { wf: `fixture-${number}`, seq: seq + 1, number, kind, text: text ?? null, at } },
      );
    }
  }
  const charge = (personId: number, billedOn: string) =>
    sql.query(
      `INSERT INTO company_charges (company_id, person_id, kind, minutes, amount_ore, text, billed_on) VALUES (:companyId, :personId, 'contact_training', 120, 190000, 'Supportkontaktundervisning, 2 timer', :billedOn)`,
      { replacements: { companyId, personId, billedOn } },
    );
  await charge(people.anna, '2024-06-03');
  await charge(people.bo, '2025-04-15');
  return fixture;
}
