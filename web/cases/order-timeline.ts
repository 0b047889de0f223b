// The figures of an order's timeline entries, alike on the desk and in the portal: the offer's price
// (or hours at a rate), the price an answer was given to, what a delivered support-contact order
// changed (who became a contact, whom they replace, which open cases moved) and a moved case's new contact.
import type { TFunction } from 'i18next';
import type { Locale } from '../../domain/types.js';
import { hoursText, type Formatters } from '../format.js';
import { figure, type TimelineFacts } from './timeline-detail.js';

const nameOf = (v: unknown): string | null =>
  v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : null;

/** The detail of an order's entry; undefined for every other kind of entry. */
export function orderTimelineDetail(e: TimelineFacts, t: TFunction, fmt: Formatters, locale: Locale): string | null | undefined {
  const d = e.data ?? {};
  switch (e.kind) {
    case 'offer': {
      const price = figure(e, 'priceOre');
      const hours = figure(e, 'hours');
      const rate = figure(e, 'rateOre');
      if (price === null) return null;
      if (d.pricing === 'time' && hours !== null && rate !== null)
        return t('orderTimeline.byTime', { hours: hoursText(hours, t, locale), rate: fmt.money(rate), price: fmt.money(price) });
      return fmt.money(price);
    }
    case 'accept-offer':
    case 'reject-offer': {
      const price = figure(e, 'priceOre');
      return price === null ? null : fmt.money(price);
    }
    case 'contact_order_delivered':
      return contactOrderDetail(d, t);
    case 'contact_changed': {
      if (typeof d.to !== 'string') return null;
      // Order 0: moved by the desk (before an erasure), not by a support-contact order.
      const key = typeof d.from === 'string' ? 'orderTimeline.changedFromTo' : 'orderTimeline.changedTo';
      return t(d.order ? key : `${key}ByDesk`, { from: d.from, to: d.to, order: d.order });
    }
    default:
      return undefined;
  }
}

function contactOrderDetail(d: Record<string, unknown>, t: TFunction): string | null {
  if (typeof d.problem === 'string') return t(`orderTimeline.problems.${d.problem}`, { defaultValue: d.problem });
  const person = nameOf(d.person);
  if (!person) return null;
  const parts = [t(d.invited === true ? 'orderTimeline.contactInvited' : 'orderTimeline.contactActive', { name: person })];
  const replaced = nameOf(d.replaced);
  if (replaced) parts.push(t('orderTimeline.replaced', { name: replaced }));
  const moved = Array.isArray(d.moved) ? (d.moved as unknown[]).filter((n): n is number => typeof n === 'number') : [];
  if (moved.length) parts.push(t('orderTimeline.moved', { count: moved.length, cases: moved.map((n) => `#${n}`).join(', '), name: person }));
  return parts.join(' · ');
}
