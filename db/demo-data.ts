// Demo data for `npm start`: desk staff and four customer companies, one per kind of coverage.
// Seeded only into an empty database and only when DEMO_DATA is on (off with NODE_ENV=production).
import type { Database } from './connection.js';
import type { AgreementKind, LocalDate, Role, SolutionType } from '../domain/types.js';
import { hashPassword } from '../platform/password-hash.js';
import { seedDemoBilling } from './demo-billing.js';

export const DEMO_PASSWORD = 'demo1234';

interface DemoCompany {
  id: string;
  name: string;
  solutionType: SolutionType;
  firstTrainingDaysAgo: number;
  agreement: AgreementKind | null;
  note: string;
}

export const DEMO_COMPANIES: readonly DemoCompany[] = [
  {
    id: 'hypercare',
    name: 'Hypercare ApS',
    solutionType: 'standard',
    firstTrainingDaysAgo: 30,
    agreement: null,
    note: 'standard solution, first training day 30 days ago: in hyper care',
  },
  { id: 'udvidet', name: 'Udvidet A/S', solutionType: 'standard', firstTrainingDaysAgo: 800, agreement: 'udvidet', note: 'agreement Udvidet' },
  { id: 'basis', name: 'Basis ApS', solutionType: 'standard', firstTrainingDaysAgo: 800, agreement: 'basis', note: 'agreement Basis' },
  { id: 'faktureret', name: 'Faktureret I/S', solutionType: 'standard', firstTrainingDaysAgo: 800, agreement: null, note: 'no agreement: billed' },
];

export interface DemoLogin {
  email: string;
  role: Role;
  what: string;
}

export function demoLogins(): DemoLogin[] {
  return [
    { email: 'agent@desk.test', role: 'agent', what: 'agent (supporter)' },
    { email: 'manager@desk.test', role: 'manager', what: 'desk manager' },
    ...DEMO_COMPANIES.flatMap((c) => [
      { email: `kontakt1@${c.id}.test`, role: 'contact' as const, what: `support contact with price-approval right, ${c.name} (${c.note})` },
      { email: `kontakt2@${c.id}.test`, role: 'contact' as const, what: `support contact, ${c.name}` },
      { email: `godkender@${c.id}.test`, role: 'approver' as const, what: `price approver, ${c.name}` },
    ]),
  ];
}

/** The date `days` before `today` (both YYYY-MM-DD). */
function daysBefore(today: LocalDate, days: number): LocalDate {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Seeds the demo data if nobody exists yet; returns whether it did. */
export async function seedDemoData(db: Database, today: LocalDate, log: (line: string) => void = () => {}): Promise<boolean> {
  const { Person, Company, Agreement } = db.models;
  if ((await Person.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.sequelize.transaction(async (transaction) => {
    await Person.bulkCreate(
      [
        { email: 'agent@desk.test', firstName: 'Anna', lastName: 'Agent', role: 'agent', companyId: null, passwordHash, lastLoginAt: null },
        { email: 'manager@desk.test', firstName: 'Mads', lastName: 'Manager', role: 'manager', companyId: null, passwordHash, lastLoginAt: null },
      ],
      { transaction },
    );
    for (const [i, c] of DEMO_COMPANIES.entries()) {
      // A phone number per person, so the phone intake's lookup finds callers by number too.
      const phone = (n: number) => `+45 ${20 + i} ${10 + n}0 ${30 + i}${n} 0${n}`;
      const firstTrainingDay = daysBefore(today, c.firstTrainingDaysAgo);
      await Company.create({ id: c.id, name: c.name, solutionType: c.solutionType, firstTrainingDay }, { transaction });
      if (c.agreement) await Agreement.create({ companyId: c.id, kind: c.agreement, validFrom: daysBefore(today, 700), validTo: null }, { transaction });
      await Person.bulkCreate(
        [
          {
            email: `kontakt1@${c.id}.test`,
            firstName: 'Karen',
            lastName: `Kontakt (${c.name})`,
            role: 'contact',
            companyId: c.id,
            canApprove: true,
            phone: phone(1),
            passwordHash,
            lastLoginAt: null,
          },
          {
            email: `kontakt2@${c.id}.test`,
            firstName: 'Kim',
            lastName: `Kontakt (${c.name})`,
            role: 'contact',
            companyId: c.id,
            canApprove: false,
            phone: phone(2),
            passwordHash,
            lastLoginAt: null,
          },
          {
            email: `godkender@${c.id}.test`,
            firstName: 'Gitte',
            lastName: `Godkender (${c.name})`,
            role: 'approver',
            companyId: c.id,
            canApprove: true,
            phone: phone(3),
            passwordHash,
            lastLoginAt: null,
          },
        ],
        { transaction },
      );
    }
    await seedDemoBilling(db, transaction);
  });
  log(`demo data seeded: 2 desk staff, ${DEMO_COMPANIES.length} companies, ${DEMO_COMPANIES.length * 3} customer logins`);
  return true;
}
