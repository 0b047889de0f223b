// Companies and their agreement history, as the desk manager keeps them (SPEC §2): a company has a
// solution type and a first training day (hyper care runs from it); agreements are periods with
// validity dates, and a case is judged by the one in force on the day it was received.
import { QueryTypes, UniqueConstraintError, type Transaction } from 'sequelize';
import { placeAgreement } from '../../domain/agreements.js';
import { z } from 'zod';
import { agreementOn, hyperCareUntil, type AgreementInForce } from '../../domain/coverage.js';
import { AGREEMENT_KINDS, SOLUTION_TYPES, type AgreementPeriod, type CompanyTerms, type LocalDate } from '../../domain/types.js';
import type { Company } from '../../db/models/company.js';
import type { Agreement } from '../../db/models/agreement.js';
import type { Services } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { choice, optionalDate, parseForm, requiredDate, requiredText } from './admin-forms.js';
import { recordAudit, type AuditActor } from '../audit/record.js';

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

/** The fields of a company the audit log keeps. */
const companySnapshot = (c: Company) => ({ name: c.name, solutionType: c.solutionType, firstTrainingDay: c.firstTrainingDay });

export async function createCompany(s: Services, by: AuditActor, raw: unknown): Promise<Company> {
  const values = parseForm(newCompanySchema, raw);
  const { Company } = s.db.models;
  // 'new' is the address of the creation form, so no company may take it.
  if (values.id === 'new' || (await Company.findByPk(values.id))) throw invalid({ id: 'slug_taken' });
  try {
    return await s.db.sequelize.transaction(async (transaction) => {
      const company = await Company.create(values, { transaction });
      await recordAudit(
        s,
        { actor: by, entity: 'company', entityId: company.id, action: 'created', before: null, after: companySnapshot(company) },
        transaction,
      );
      return company;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintError) throw invalid({ id: 'slug_taken' });
    throw err;
  }
}

export async function updateCompany(s: Services, by: AuditActor, id: string, raw: unknown): Promise<Company> {
  const company = await findCompany(s, id);
  const values = parseForm(companySchema, raw);
  const before = companySnapshot(company);
  return s.db.sequelize.transaction(async (transaction) => {
    await company.update(values, { transaction });
    const after = companySnapshot(company);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await recordAudit(s, { actor: by, entity: 'company', entityId: company.id, action: 'updated', before, after }, transaction);
    }
    return company;
  });
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

/** The fields of an agreement period the audit log keeps. */
const agreementSnapshot = (a: Pick<Agreement, 'companyId' | 'kind' | 'validFrom' | 'validTo'>) => ({
  companyId: a.companyId,
  kind: a.kind,
  validFrom: a.validFrom,
  validTo: a.validTo,
});

/**
 * Adds a period to the company's agreement history: it takes over from an open-ended earlier period
 * (ending it the day before); any other overlap is refused (SPEC §7).
 */
export async function addAgreement(s: Services, by: AuditActor, id: string, raw: unknown): Promise<Agreement> {
  const company = await findCompany(s, id);
  const values = parseForm(agreementSchema, raw);
  return withAgreementHistory(s, by, company.id, null, values, async (transaction) => {
    const agreement = await s.db.models.Agreement.create({ companyId: company.id, ...values }, { transaction });
    await recordAudit(
      s,
      { actor: by, entity: 'agreement', entityId: agreement.id, action: 'created', before: null, after: agreementSnapshot(agreement) },
      transaction,
    );
    return agreement;
  });
}

/** Changes a period of the history (kind and dates); it must not overlap another. */
export async function editAgreement(s: Services, by: AuditActor, id: string, agreementId: number, raw: unknown): Promise<Agreement> {
  const company = await findCompany(s, id);
  const values = parseForm(agreementSchema, raw);
  const agreement = await findAgreement(s, company.id, agreementId);
  return withAgreementHistory(s, by, company.id, agreement.id, values, (transaction) => changeAgreement(s, by, agreement, values, 'updated', transaction));
}

/** Ends a period on a day (inclusive), e.g. when the customer stops the agreement. */
export async function endAgreement(s: Services, by: AuditActor, id: string, agreementId: number, raw: unknown): Promise<Agreement> {
  const company = await findCompany(s, id);
  const agreement = await findAgreement(s, company.id, agreementId);
  const { validTo } = parseForm(z.object({ validTo: requiredDate }), raw);
  const values = { kind: agreement.kind, validFrom: agreement.validFrom, validTo };
  if (validTo < agreement.validFrom) throw invalid({ validTo: 'valid_to_before_from' });
  return withAgreementHistory(s, by, company.id, agreement.id, values, (transaction) => changeAgreement(s, by, agreement, { validTo }, 'ended', transaction));
}

async function findAgreement(s: Services, companyId: string, agreementId: number): Promise<Agreement> {
  const agreement = Number.isSafeInteger(agreementId) ? await s.db.models.Agreement.findByPk(agreementId) : null;
  if (!agreement || agreement.companyId !== companyId) throw notFound();
  return agreement;
}

/** Writes a change to a period and records it in the audit log. */
async function changeAgreement(
  s: Services,
  by: AuditActor,
  agreement: Agreement,
  values: Partial<AgreementPeriod>,
  action: 'updated' | 'ended',
  transaction: Transaction,
): Promise<Agreement> {
  const before = agreementSnapshot(agreement);
  await agreement.update(values, { transaction });
  await recordAudit(s, { actor: by, entity: 'agreement', entityId: agreement.id, action, before, after: agreementSnapshot(agreement) }, transaction);
  return agreement;
}

/** Places a period in the company's history under a lock on the company, then writes it; overlaps are refused. */
async function withAgreementHistory(
  s: Services,
  by: AuditActor,
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
    for (const end of placed.ends) {
      const earlier = history.find((a) => a.id === end.id);
      if (earlier) await changeAgreement(s, by, earlier, { validTo: end.validTo }, 'ended', transaction);
    }
    return write(transaction);
  });
}
