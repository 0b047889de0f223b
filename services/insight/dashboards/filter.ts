// The company a dashboard is narrowed to (`?company=<id>`), or all companies.
import type { Services } from '../../context.js';
import { invalid } from '../../errors.js';
import { COMPANY_SLUG } from '../../companies/companies.js';

const first = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '').trim();

/** The chosen company's id, or null for all; an unknown one is refused (field `company`). */
export async function parseCompanyFilter(s: Services, raw: Record<string, unknown>): Promise<string | null> {
  const id = first(raw.company);
  if (id === '') return null;
  if (!COMPANY_SLUG.test(id) || !(await s.db.models.Company.findByPk(id, { attributes: ['id'] }))) throw invalid({ company: 'unknown_company' });
  return id;
}

/** `AND <column> = :companyId` when narrowed to a company. */
export const onlyCompany = (companyId: string | null, column: string) => (companyId === null ? '' : `AND ${column} = :companyId`);
