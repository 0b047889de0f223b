// What a customer is asked to decide on: quotes and training offers. The price approver's list
// (awaiting their answer first, then answered ones), with until when each sent quote is valid.
import { Op, literal, type WhereOptions } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { CaseRecord } from '../../db/models/case-record.js';
import type { CaseView } from '../../workflows/messages.js';
import type { Instant } from '../../domain/types.js';
import type { Services } from '../context.js';
import { visibleCases } from './access.js';
import { forbidden } from '../errors.js';
import { isCustomer } from '../people/people.js';

/** A case with a quote sent to the customer or a training offer, and until when the quote is valid. */
export interface OfferItem {
  record: CaseRecord;
  quoteValidUntil: Instant | null;
}

export interface OfferLists {
  /** Waiting for the price approver's answer, the soonest deadline first. */
  awaiting: OfferItem[];
  /** Answered (or no longer open), newest first, paged. */
  answered: OfferItem[];
  total: number;
  page: number;
  pageSize: number;
}

const AWAITING_LIMIT = 200;
const HAS_OFFER = {
  [Op.or]: [{ 'view.quote.released': true }, { 'view.training.hours': { [Op.gt]: 0 } }, { 'view.order.offer.priceOre': { [Op.gte]: 0 } }],
} as WhereOptions<CaseRecord>;

/** The company's cases with a quote or training offer, for a price approver or a support contact. */
export async function listOffers(s: Services, person: Person, page = 1, pageSize = 25): Promise<OfferLists> {
  if (!isCustomer(person)) throw forbidden();
  const { CaseRecord } = s.db.models;
  const base = [visibleCases(person), HAS_OFFER];
  const attributes = { exclude: ['description', 'fields'] as ('description' | 'fields')[] };
  const include = [{ association: 'contact', attributes: ['id', 'firstName', 'lastName'] }];
  const [awaiting, answered] = await Promise.all([
    CaseRecord.findAll({
      where: { [Op.and]: [...base, { waitingOn: 'approver' }] },
      attributes,
      include,
      order: [
        [literal('next_deadline_at IS NULL'), 'ASC'],
        ['nextDeadlineAt', 'ASC'],
        ['number', 'ASC'],
      ],
      limit: AWAITING_LIMIT,
    }),
    CaseRecord.findAndCountAll({
      where: { [Op.and]: [...base, { [Op.or]: [{ waitingOn: null }, { waitingOn: { [Op.ne]: 'approver' } }] }] },
      attributes,
      include,
      order: [
        ['receivedAt', 'DESC'],
        ['number', 'DESC'],
      ],
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
  ]);
  const item = (record: CaseRecord): OfferItem => ({ record, quoteValidUntil: quoteValidUntil(record.view) });
  return { awaiting: awaiting.map(item), answered: answered.rows.map(item), total: answered.count, page, pageSize };
}

/** Until when a sent quote (or an order's offer) may be accepted, as the case's workflow recorded it; null when none was sent. */
export function quoteValidUntil(view: CaseView | null): Instant | null {
  if (view?.order?.offer) return view.order.offer.outcome === 'pending' ? view.order.offer.validUntil : null;
  const quote = view?.quote;
  if (!quote?.released) return null;
  return quote.validUntil ?? (view!.nextDeadline?.kind === 'quote_expiry' ? view!.nextDeadline.at : null);
}
