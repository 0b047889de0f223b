// How a case reads to the customer: the next step in plain words and the request's own fields,
// labelled as on the form that created them.
import type { TFunction } from 'i18next';
import type { CaseRow } from '../../services/cases/access.js';
import { REQUEST_FORMS } from '../../domain/request-forms.js';
import { CASE_TYPES } from '../../domain/types.js';
import { hoursText, type Formatters } from '../format.js';
import type { Locale } from '../../domain/types.js';
import { fieldValue } from '../cases/request-form.js';
import { figure, sharedTimelineDetail, type TimelineFacts } from '../cases/timeline-detail.js';
import { orderTimelineDetail } from '../cases/order-timeline.js';
import { deadlineMovedDetail } from '../cases/deadline-moved.js';

type Row = Pick<CaseRow, 'status' | 'view'>;

/** The next step of a case as the customer should read it; `responseDue` while the first response is pending. */
export function nextStep(c: Row, responseDue: Date | null, t: TFunction, fmt: Formatters): string {
  const v = c.view;
  const at = (instant: number | Date | null | undefined) => (instant ? fmt.dateTime(instant) : null);
  switch (c.status) {
    case 'received': {
      const due = at(responseDue);
      return due ? t('portal:next.received', { due }) : t('portal:next.receivedSoon');
    }
    case 'waiting_on_customer':
      return v?.waitingFor === 'training_answer' ? t('portal:next.trainingAnswer') : t('portal:next.answer');
    case 'estimating':
      if (v?.quote?.outcome === 'pending' && !v.quote.released) return t('portal:next.quoteRelease');
      return t('portal:next.estimating');
    case 'awaiting_acceptance': {
      const until = v?.nextDeadline?.kind === 'quote_expiry' ? at(v.nextDeadline.at) : null;
      return until ? t('portal:next.quoteUntil', { until }) : t('portal:next.quote');
    }
    case 'resolved':
    case 'delivered': {
      const until = at(v?.reopenUntil);
      return until ? t('portal:next.reopenUntil', { until }) : t('portal:next.finished');
    }
    case 'rejected':
    case 'expired':
    case 'backlog':
    case 'declined':
      return t('portal:next.finished');
    default:
      return t(`portal:next.${c.status}`);
  }
}

export interface FieldRow {
  label: string;
  value: string;
}

/** The request's type-specific fields, labelled, in the order of the form (the case's type first, then the type it was filed as). */
export function fieldRows(c: Pick<CaseRow, 'type' | 'fields'>, t: TFunction, fmt: Formatters): FieldRow[] {
  const values = c.fields ?? {};
  const rows: FieldRow[] = [];
  const done = new Set<string>();
  for (const type of [c.type, ...CASE_TYPES.filter((x) => x !== c.type)]) {
    for (const field of REQUEST_FORMS[type]) {
      const raw = values[field.name];
      if (done.has(field.name) || !(field.name in values) || raw === undefined || raw === null || raw === '') continue;
      done.add(field.name);
      rows.push({
        label: t(`portal:forms.${type}.${field.name}.label`),
        value: fieldValue(field, raw, t, fmt, (v) => t(`portal:forms.${type}.${field.name}.choices.${v}`, { defaultValue: v })),
      });
    }
  }
  return rows;
}

/** The figures worth showing with a timeline entry: hours of an estimate, a quote's price, minutes logged. */
export function timelineDetail(e: TimelineFacts, t: TFunction, fmt: Formatters, locale: Locale): string | null {
  const shared = sharedTimelineDetail(e, t, locale, 'portal');
  if (shared !== undefined) return shared;
  const order = orderTimelineDetail(e, t, fmt, locale);
  if (order !== undefined) return order;
  const d = e.data ?? {};
  const hours = figure(e, 'hours');
  const price = figure(e, 'priceOre');
  switch (e.kind) {
    case 'quote':
    case 'release-quote':
      return price === null ? null : t('portal:timeline.quote', { price: fmt.money(price), hours: hours === null ? '' : hoursText(hours, t, locale) });
    case 'accept-quote':
      return price === null ? null : fmt.money(price);
    case 'log-time': {
      const minutes = figure(e, 'minutes');
      const total = figure(e, 'total');
      if (minutes === null) return null;
      return total === null ? fmt.minutes(minutes) : t('portal:timeline.logged', { time: fmt.minutes(minutes), total: fmt.minutes(total) });
    }
    case 'qualify':
      return d.from && d.to && d.from !== d.to ? t('portal:timeline.retyped', { from: t(`types.${String(d.from)}`), to: t(`types.${String(d.to)}`) }) : null;
    case 'split':
      return Array.isArray(d.titles) ? t('portal:timeline.splitInto', { count: d.titles.length }) : null;
    case 'deadline_moved':
      return deadlineMovedDetail(e, t, fmt, 'portal');
    default:
      return null;
  }
}
