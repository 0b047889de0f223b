// What a customer is asked to decide on: quotes and training offers. The price approver's list
// (awaiting their answer first, then answered ones) and when a sent quote stops being valid.
import { Op, literal, type WhereOptions } from 'sequelize';
import type { Person } from '../db/models/person.js';
import type { CaseRecord } from '../db/models/case-record.js';
import type { CaseView } from '../workflows/messages.js';
import type { Instant } from '../domain/types.js';
import type { Services } from './context.js';
import { visibleCases } from './case-access.js';
import { forbidden } from './errors.js';
import { isCustomer } from './people.js';

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
const HAS_OFFER = { [Op.or]: [{ 'view.quote.released': true }, { 'view.training.hours': { [Op.gt]: 0 } }] } as WhereOptions<CaseRecord>;
const SENT_KINDS = ['quote', 'release-quote'];

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
  const sentAt = await quoteSentTimes(
    s,
    [...awaiting, ...answered.rows].filter((r) => r.view?.quote?.released).map((r) => r.number),
  );
  const item = (record: CaseRecord): OfferItem => ({ record, quoteValidUntil: quoteValidUntil(s, record.view, sentAt.get(record.number) ?? null) });
  return { awaiting: awaiting.map(item), answered: answered.rows.map(item), total: answered.count, page, pageSize };
}

/** When each case's quote was sent to the customer (one query for all the cases). */
async function quoteSentTimes(s: Services, numbers: number[]): Promise<Map<number, Instant>> {
  const sent = new Map<number, Instant>();
  if (numbers.length === 0) return sent;
  const events = await s.db.models.CaseEventRecord.findAll({
    where: { caseNumber: { [Op.in]: numbers }, kind: { [Op.in]: SENT_KINDS }, visibility: 'customer' },
    attributes: ['caseNumber', 'kind', 'data', 'occurredAt'],
    order: [
      ['occurredAt', 'ASC'],
      ['seq', 'ASC'],
    ],
  });
  for (const e of events) if (e.kind === 'release-quote' || e.data.released === true) sent.set(e.caseNumber, e.occurredAt.getTime());
  return sent;
}

/**
 * Until when a sent quote may be accepted: the pending expiry deadline when it is the next one,
 * else the sending time plus the quote's validity in working days. Null when no quote was sent.
 */
export function quoteValidUntil(s: Services, view: CaseView | null, sentAt: Instant | null): Instant | null {
  const quote = view?.quote;
  if (!quote?.released) return null;
  if (view!.nextDeadline?.kind === 'quote_expiry') return view!.nextDeadline.at;
  if (sentAt === null) return null;
  return s.calendar.addWorkingDays(sentAt, quote.validWorkingDays);
}
