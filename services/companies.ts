// Companies and their agreement history, as the desk manager keeps them (SPEC §2): a company has a
// solution type and a first training day (hyper care runs from it); agreements are periods with
// validity dates, and a case is judged by the one in force on the day it was received.
import { QueryTypes, UniqueConstraintError, type Transaction } from 'sequelize';
import { placeAgreement } from '../domain/agreements.js';
import { z } from 'zod';
import { agreementOn, hyperCareUntil, type AgreementInForce } from '../domain/coverage.js';
import { AGREEMENT_KINDS, SOLUTION_TYPES, type AgreementPeriod, type CompanyTerms, type LocalDate } from '../domain/types.js';
import type { Company } from '../db/models/company.js';
import type { Agreement } from '../db/models/agreement.js';
import type { Services } from './context.js';
import { invalid, notFound } from './errors.js';
import { choice, optionalDate, parseForm, requiredDate, requiredText } from './admin-forms.js';

export const COMPANY_SLUG = /^[a-z0-9][a-z0-9-]{1,40}$/;

const companyFields = {
  name: requiredText(200),
  solutionType: choice(SOLUTION_TYPES),
  firstTrainingDay: optionalDate,
};

const newCompanySchema = z.object({
  id: z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string().min(1, { error: 'required' }).regex(COMPANY_SLUG, { error: 'slug_format' })),
  ...companyFields,
});
const companySchema = z.object(companyFields);

const agreementSchema = z
  .object({ kind: choice(AGREEMENT_KINDS), validFrom: requiredDate, validTo: optionalDate })
  .refine((a) => a.validTo === null || a.validTo >= a.validFrom, { error: 'valid_to_before_from', path: ['validTo'] });

export interface AgreementStatus {
  /** The agreement in force today (hyper care wins while it lasts), null when none. */
  inForce: AgreementInForce | null;
  /** Last day of hyper care when the company is in hyper care today. */
  hyperCareUntil: LocalDate | null;
}

export function termsOf(company: Company, agreements: Agreement[]): CompanyTerms {
  return {
    solutionType: company.solutionType,
    firstTrainingDay: company.firstTrainingDay,
    agreements: agreements.map((a) => ({ kind: a.kind, validFrom: a.validFrom, validTo: a.validTo })),
  };
}

export function agreementStatus(terms: CompanyTerms, today: LocalDate): AgreementStatus {
  const inForce = agreementOn(terms, today);
  return { inForce, hyperCareUntil: inForce === 'hyper_care' ? hyperCareUntil(terms) : null };
}

export const todayOf = (s: Services): LocalDate => s.calendar.localDate(s.now());

export interface CompanyRow {
  company: Company;
  agreement: AgreementStatus;
  contacts: number;
  approvers: number;
}

/** Every company with the agreement in force today and its number of active contacts and approvers. */
export async function listCompanies(s: Services): Promise<CompanyRow[]> {
  const { Company, Agreement } = s.db.models;
  const [companies, agreements, counts] = await Promise.all([
    Company.findAll({ order: [['name', 'ASC']] }),
    Agreement.findAll({
      order: [
        ['validFrom', 'ASC'],
        ['id', 'ASC'],
      ],
    }),
    s.db.sequelize.query<{ company_id: string; contacts: number; approvers: number }>(
      `SELECT company_id, count(*) FILTER (WHERE role = 'contact')::int AS contacts, count(*) FILTER (WHERE role = 'approver')::int AS approvers
         FROM people WHERE company_id IS NOT NULL AND active GROUP BY company_id`,
      { type: QueryTypes.SELECT },
    ),
  ]);
  const today = todayOf(s);
  const countOf = new Map(counts.map((c) => [c.company_id, c]));
  return companies.map((company) => ({
    company,
    agreement: agreementStatus(
      termsOf(
        company,
        agreements.filter((a) => a.companyId === company.id),
      ),
      today,
    ),
    contacts: countOf.get(company.id)?.contacts ?? 0,
    approvers: countOf.get(company.id)?.approvers ?? 0,
  }));
}

export async function findCompany(s: Services, id: string): Promise<Company> {
  const company = COMPANY_SLUG.test(id) ? await s.db.models.Company.findByPk(id) : null;
  if (!company) throw notFound();
  return company;
}

/** A person's company as a reference (id and name), or null for staff. */
export async function companyRef(s: Services, id: string | null): Promise<{ id: string; name: string } | null> {
  const company = id ? await s.db.models.Company.findByPk(id, { attributes: ['id', 'name'] }) : null;
  return company ? { id: company.id, name: company.name } : null;
}

export async function createCompany(s: Services, raw: unknown): Promise<Company> {
  const values = parseForm(newCompanySchema, raw);
  const { Company } = s.db.models;
  // 'new' is the address of the creation form, so no company may take it.
  if (values.id === 'new' || (await Company.findByPk(values.id))) throw invalid({ id: 'slug_taken' });
  try {
    return await Company.create(values);
  } catch (err) {
    if (err instanceof UniqueConstraintError) throw invalid({ id: 'slug_taken' });
    throw err;
  }
}

export async function updateCompany(s: Services, id: string, raw: unknown): Promise<Company> {
  const company = await findCompany(s, id);
  const values = parseForm(companySchema, raw);
  return company.update(values);
}

export async function companyAgreements(s: Services, id: string): Promise<Agreement[]> {
  return s.db.models.Agreement.findAll({
    where: { companyId: id },
    order: [
      ['validFrom', 'ASC'],
      ['id', 'ASC'],
    ],
  });
}

/**
 * Adds a period to the company's agreement history: it takes over from an open-ended earlier period
 * (ending it the day before); any other overlap is refused (SPEC §7).
 */
export async function addAgreement(s: Services, id: string, raw: unknown): Promise<Agreement> {
  const company = await findCompany(s, id);
  const values = parseForm(agreementSchema, raw);
  return withAgreementHistory(s, company.id, null, values, (transaction) =>
    s.db.models.Agreement.create({ companyId: company.id, ...values }, { transaction }),
  );
}

/** Changes a period of the history (kind and dates); it must not overlap another. */
export async function editAgreement(s: Services, id: string, agreementId: number, raw: unknown): Promise<Agreement> {
  const company = await findCompany(s, id);
  const values = parseForm(agreementSchema, raw);
  const agreement = await findAgreement(s, company.id, agreementId);
  return withAgreementHistory(s, company.id, agreement.id, values, (transaction) => agreement.update(values, { transaction }));
}

/** Ends a period on a day (inclusive), e.g. when the customer stops the agreement. */
export async function endAgreement(s: Services, id: string, agreementId: number, raw: unknown): Promise<Agreement> {
  const company = await findCompany(s, id);
  const agreement = await findAgreement(s, company.id, agreementId);
  const { validTo } = parseForm(z.object({ validTo: requiredDate }), raw);
  const values = { kind: agreement.kind, validFrom: agreement.validFrom, validTo };
  if (validTo < agreement.validFrom) throw invalid({ validTo: 'valid_to_before_from' });
  return withAgreementHistory(s, company.id, agreement.id, values, (transaction) => agreement.update({ validTo }, { transaction }));
}

async function findAgreement(s: Services, companyId: string, agreementId: number): Promise<Agreement> {
  const agreement = Number.isSafeInteger(agreementId) ? await s.db.models.Agreement.findByPk(agreementId) : null;
  if (!agreement || agreement.companyId !== companyId) throw notFound();
  return agreement;
}

/** Places a period in the company's history under a lock on the company, then writes it; overlaps are refused. */
async function withAgreementHistory(
  s: Services,
  companyId: string,
  replacing: number | null,
  period: AgreementPeriod,
  write: (transaction: Transaction) => Promise<Agreement>,
): Promise<Agreement> {
  return s.db.sequelize.transaction(async (transaction) => {
    await s.db.models.Company.findByPk(companyId, { lock: transaction.LOCK.UPDATE, transaction });
    const history = await s.db.models.Agreement.findAll({ where: { companyId }, transaction });
    const placed = placeAgreement(
      history.map((a) => ({ id: a.id, kind: a.kind, validFrom: a.validFrom, validTo: a.validTo })),
      period,
      replacing,
    );
    if (!placed.ok) throw invalid({ validFrom: 'agreement_overlap' });
    for (const end of placed.ends) await s.db.models.Agreement.update({ validTo: end.validTo }, { where: { id: end.id }, transaction });
    return write(transaction);
  });
}
