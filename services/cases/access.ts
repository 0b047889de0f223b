// Which cases a person may see (SPEC §1). A case outside a person's reach is "not found", never
// "forbidden", so case numbers of other companies do not leak.
import { Op, type WhereOptions } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { CaseRecord } from '../../db/models/case-record.js';
import type { Services } from '../context.js';
import { notFound } from '../errors.js';
import { isStaff } from '../people/people.js';
import { caseOnCompanyInvoice } from '../billing/invoices/list.js';

/** One case's row of the read model, as pages and the API read it. */
export type CaseRow = CaseRecord;

/**
 * Price approvers see only cases with a quote sent to them, a training offer or an order's offer — and the
 * cases they follow (SPEC §9); and, one at a time, a case billed on their company's invoice (findVisibleCase).
 */
export function approverSees(c: Pick<CaseRecord, 'view'>, approverId?: number): boolean {
  const v = c.view;
  if (!v) return false;
  if (approverId !== undefined && v.followers?.some((f) => f.id === approverId)) return true;
  return (v.quote !== null && v.quote.released) || v.training !== null || !!v.order?.offer;
}

/** The row filter for the cases `person` may see. */
export function visibleCases(person: Person): WhereOptions<CaseRecord> {
  if (isStaff(person)) return {};
  if (person.role === 'contact') return { companyId: person.companyId! };
  return {
    companyId: person.companyId!,
    [Op.or]: [{ 'view.quote.released': true }, { 'view.training.hours': { [Op.gt]: 0 } }, { 'view.order.offer.priceOre': { [Op.gte]: 0 } }],
  } as WhereOptions<CaseRecord>;
}

/** The case, if `person` may see it. */
export async function findVisibleCase(s: Services, person: Person, number: number): Promise<CaseRecord> {
  if (!Number.isSafeInteger(number) || number <= 0) throw notFound();
  const c = await s.db.models.CaseRecord.findByPk(number);
  if (!c) throw notFound();
  if (isStaff(person)) return c;
  if (c.companyId !== person.companyId) throw notFound();
  if (person.role === 'approver' && !approverSees(c, person.id) && !(await caseOnCompanyInvoice(s, c.companyId, c.number))) throw notFound();
  return c;
}
