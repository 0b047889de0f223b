// How cases read on the desk: the queue's working "time left" with its urgency, the request's own fields
// with their labels, and the figures worth showing next to a timeline entry.
import type { TFunction } from 'i18next';
import type { CaseRow } from '../../services/cases/access.js';
import { REQUEST_FORMS, type FormField } from '../../domain/request-forms.js';
import { CASE_TYPES } from '../../domain/types.js';
import { hoursText, type Formatters } from '../format.js';
import type { Locale } from '../../domain/types.js';
import { fieldValue } from '../cases/request-form.js';
import { figure, sharedTimelineDetail, type TimelineFacts } from '../cases/timeline-detail.js';
import { orderTimelineDetail } from '../cases/order-timeline.js';
import { deadlineMovedDetail } from '../cases/deadline-moved.js';
import { urgency, type Urgency } from '../cases/time-left.js';
import { codeOf } from '../../domain/validation.js';
import type { Services } from '../../services/context.js';
import { workingMinutesLeft } from '../../services/cases/working-time-left.js';

export type { Urgency } from '../cases/time-left.js';

export interface DeadlineText {
  text: string;
  urgency: Urgency | null;
}

/** How the first response's time left is measured: open (working) minutes, as on the SLA overview. */
export interface ResponseClock {
  left(due: Date): number;
  windowMinutes: number;
}

export function responseClock(s: Services, now: number): ResponseClock {
  return { left: (due) => workingMinutesLeft(s, due, now), windowMinutes: s.terms().timers.firstResponseMinutes };
}

type QueueCase = Pick<CaseRow, 'responseDueAt' | 'nextDeadlineKind' | 'nextDeadlineAt' | 'waitingOn'>;

/** The working time left to the first response, else the next deadline, else that there is none. */
export function deadlineText(c: QueueCase, t: TFunction, fmt: Formatters, clock: ResponseClock): DeadlineText {
  if (c.responseDueAt) {
    const left = clock.left(c.responseDueAt);
    return {
      text: left < 0 ? t('common.overdueBy', { time: fmt.minutes(-left) }) : t('common.timeLeft', { time: fmt.minutes(left) }),
      urgency: urgency(left, clock.windowMinutes),
    };
  }
  if (c.nextDeadlineKind && c.nextDeadlineAt) {
    return { text: `${t(`deadlines.${c.nextDeadlineKind}`, { defaultValue: c.nextDeadlineKind })}: ${fmt.dateTime(c.nextDeadlineAt)}`, urgency: null };
  }
  // No clock runs (an accepted quote, a case the desk works on): the next step says whose move it is.
  return { text: t('desk:queue.noDeadline'), urgency: null };
}

export interface FieldRow {
  name: string;
  label: string;
  value: string;
}

/** Every field a request form may carry, once, with the form definition that describes it. */
export const ALL_FORM_FIELDS: ReadonlyMap<string, FormField> = new Map(CASE_TYPES.flatMap((type) => REQUEST_FORMS[type].map((f) => [f.name, f] as const)));

/** The request's type-specific fields, labelled, in the order of the forms. */
export function fieldRows(fields: Record<string, unknown>, t: TFunction, fmt: Formatters): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, f] of ALL_FORM_FIELDS) {
    const raw = fields?.[name];
    if (name === 'title' || name === 'description' || raw === undefined || raw === null || raw === '') continue;
    rows.push({ name, label: t(`desk:fields.${name}`), value: fieldValue(f, raw, t, fmt, (v) => t(`desk:choices.${f.name}.${v}`, { defaultValue: v })) });
  }
  return rows;
}

/** The figures of a timeline entry in a short line, or null. */
export function timelineDetail(e: TimelineFacts, t: TFunction, fmt: Formatters, locale: Locale): string | null {
  const shared = sharedTimelineDetail(e, t, locale, 'desk');
  if (shared !== undefined) return shared;
  const order = orderTimelineDetail(e, t, fmt, locale);
  if (order !== undefined) return order;
  const d = e.data ?? {};
  switch (e.kind) {
    case 'quote': {
      const price = figure(e, 'priceOre');
      if (price === null) return null;
      const parts = [
        fmt.money(price),
        hoursText(figure(e, 'hours') ?? 0, t, locale),
        t('desk:timeline.estimation', { time: fmt.minutes(figure(e, 'estimationMinutes') ?? 0) }),
      ];
      parts.push(d.released === true ? t('desk:timeline.quoteSent') : t('desk:timeline.quoteAwaitsRelease'));
      return parts.join(' · ');
    }
    case 'release-quote':
    case 'accept-quote': {
      const price = figure(e, 'priceOre');
      return price === null ? null : fmt.money(price);
    }
    case 'log-time': {
      const minutes = figure(e, 'minutes');
      if (minutes === null) return null;
      const line = t('desk:timeline.logged', { time: fmt.minutes(minutes), total: fmt.minutes(figure(e, 'total') ?? minutes) });
      return typeof d.note === 'string' && d.note ? `${line} · ${d.note}` : line;
    }
    case 'qualify':
      return d.from && d.to && d.from !== d.to
        ? t('desk:timeline.retyped', { from: t(`types.${String(d.from)}`), to: t(`types.${String(d.to)}`) })
        : d.to
          ? t(`types.${String(d.to)}`)
          : null;
    case 'split':
      return Array.isArray(d.titles) ? (d.titles as unknown[]).map(String).join(' · ') : null;
    case 'response_warning':
    case 'response_due':
      return typeof d.dueAt === 'number' ? t('desk:timeline.dueAt', { at: fmt.dateTime(d.dueAt) }) : null;
    case 'take':
    case 'assign':
      return d.to ? t(d.from ? 'desk:timeline.ownerFromTo' : 'desk:timeline.ownerTo', { from: String(d.from), to: String(d.to) }) : null;
    case 'unassign':
      return d.from ? t('desk:timeline.ownerReleased', { from: String(d.from) }) : null;
    case 'deadline_moved':
      return deadlineMovedDetail(e, t, fmt, 'desk');
    default:
      return null;
  }
}

/** Validation keys the desk's own forms add to the shared ones (common `validation.*`). */
const DESK_VALIDATION = new Set(['invalid_amount']);

/** The text of a validation message key. */
export function validationText(key: string, t: TFunction): string {
  return DESK_VALIDATION.has(codeOf(key)) ? t(`desk:validation.${key}`) : t(`validation.${key}`, { defaultValue: t('validation.invalid') });
}
