// What waits on the customer's price approver (issue 13 item 4): quotes, order offers and training
// offers not yet accepted or rejected, each with its amount and its age in working days since it was
// sent (the reminders and expiry count working days too). One query: the cases waiting on an
// approver, each with its latest offer event.
import { QueryTypes } from 'sequelize';
import type { AwaitingKind } from '../../../domain/dashboards.js';
import { workingDaysSince } from '../../../domain/working-days.js';
import type { CaseType } from '../../../domain/types.js';
import type { Services } from '../../context.js';
import { onlyCompany } from './filter.js';

/** Timeline kinds that send an offer to the approver (a released quote, a training offer, an order's offer). */
const OFFER_EVENTS = ['quote', 'release-quote', 'offer-training', 'offer'];

export interface AwaitingOffer {
  number: number;
  title: string;
  type: CaseType;
  kind: AwaitingKind;
  companyId: string;
  companyName: string;
  amountOre: number | null;
  sentAt: Date | null;
  /** Working days since the day it was sent (0 on that day). */
  ageWorkingDays: number;
}

export async function awaitingAcceptance(s: Services, companyId: string | null): Promise<AwaitingOffer[]> {
  const rows = await s.db.sequelize.query<{
    number: number;
    title: string;
    type: CaseType;
    status: string;
    company_id: string;
    name: string;
    amount: string | null;
    sent_at: Date | null;
    sent_on: string | null;
  }>(
    `SELECT c.number, c.title, c.type, c.status, c.company_id, co.name,
            COALESCE(c.view #>> '{order,offer,priceOre}', CASE WHEN c.status = 'awaiting_acceptance' THEN c.view #>> '{quote,priceOre}' ELSE c.view #>> '{training,priceOre}' END) AS amount,
            sent.occurred_at AS sent_at, to_char(sent.occurred_at AT TIME ZONE :zone, 'YYYY-MM-DD') AS sent_on
       FROM cases c
       JOIN companies co ON co.id = c.company_id
       LEFT JOIN LATERAL (
         SELECT e.occurred_at FROM case_events e WHERE e.case_number = c.number AND e.kind IN (:offerEvents) ORDER BY e.occurred_at DESC LIMIT 1
       ) sent ON true
      WHERE c.waiting_on = 'approver' ${onlyCompany(companyId, 'c.company_id')}
      ORDER BY sent.occurred_at ASC NULLS FIRST, c.number`,
    { type: QueryTypes.SELECT, replacements: { offerEvents: OFFER_EVENTS, companyId, zone: s.calendarConfig().timeZone } },
  );
  const today = s.calendar.localDate(s.now());
  const ages = workingDaysSince(
    s.calendar,
    rows.map((r) => r.sent_on ?? today),
    today,
  );
  return rows.map((r, i) => ({
    number: r.number,
    title: r.title,
    type: r.type,
    kind: kindOf(r.status, r.type),
    companyId: r.company_id,
    companyName: r.name,
    amountOre: r.amount === null ? null : Math.round(Number(r.amount)),
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
    ageWorkingDays: ages[i],
  }));
}

function kindOf(status: string, type: CaseType): AwaitingKind {
  if (status !== 'awaiting_acceptance') return 'training_offer';
  return type === 'change_request' ? 'quote' : 'order_offer';
}
