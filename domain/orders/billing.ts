// What a delivered order bills when its case closes (SPEC §3a, §7): a course booking its accepted price
// (`order_price`); a consultancy order its fixed price, or the time used at the accepted rate with the
// minimum of 15 minutes (`time`); a support-contact order its training (`contact_training`). Nothing is
// billed for an order whose offer was not accepted or that was never delivered.
import { billableMinutes, type BillingLine } from '../billing.js';
import type { Locale, OrderType, Prices } from '../types.js';
import { priceForMinutes, type OrderState } from './offer.js';

export interface OrderBillingInput {
  type: OrderType;
  order: OrderState | null;
  loggedMinutes: number;
  prices: Prices;
  locale?: Locale;
}

const TEXTS = {
  da: {
    course: 'Kursus ifølge accepteret tilbud',
    consultancyFixed: 'Konsulentbistand til fast pris ifølge accepteret tilbud',
    consultancyTime: (rate: string, min: number) => `Konsulentbistand, forbrugt tid à ${rate} kr./time (min. ${min} minutter)`,
    contactTraining: (hours: string) => `Supportkontaktundervisning, ${hours}`,
    hours: (n: string, one: boolean) => `${n} ${one ? 'time' : 'timer'}`,
  },
  en: {
    course: 'Course according to the accepted offer',
    consultancyFixed: 'Consultancy at a fixed price according to the accepted offer',
    consultancyTime: (rate: string, min: number) => `Consultancy, time used at DKK ${rate}/hour (min. ${min} minutes)`,
    contactTraining: (hours: string) => `Support contact training, ${hours}`,
    hours: (n: string, one: boolean) => `${n} ${one ? 'hour' : 'hours'}`,
  },
} as const;

const number = (n: number, locale: Locale) => {
  const text = String(Math.round(n * 100) / 100);
  return locale === 'da' ? text.replace('.', ',') : text;
};
const kroner = (ore: number, locale: Locale) => number(ore / 100, locale);

export function orderBillingLines(input: OrderBillingInput): BillingLine[] {
  const offer = input.order?.offer;
  if (!offer || offer.outcome !== 'accepted' || input.order?.deliveredAt == null) return [];
  const locale = input.locale ?? 'da';
  const text = TEXTS[locale];
  const offeredMinutes = offer.hours === null ? 0 : Math.round(offer.hours * 60);
  switch (input.type) {
    case 'course_booking':
      return [{ kind: 'order_price', minutes: offeredMinutes, amountOre: offer.priceOre, text: text.course }];
    case 'consultancy': {
      if (offer.pricing === 'fixed') return [{ kind: 'order_price', minutes: offeredMinutes, amountOre: offer.priceOre, text: text.consultancyFixed }];
      const minutes = billableMinutes(input.loggedMinutes, input.prices);
      const rate = offer.rateOre ?? input.prices.hourlyRateOre;
      return [
        { kind: 'time', minutes, amountOre: priceForMinutes(minutes, rate), text: text.consultancyTime(kroner(rate, locale), input.prices.minimumMinutes) },
      ];
    }
    case 'contact_order': {
      const hours = offer.hours ?? 0;
      return [
        {
          kind: 'contact_training',
          minutes: offeredMinutes,
          amountOre: offer.priceOre,
          text: text.contactTraining(text.hours(number(hours, locale), hours === 1)),
        },
      ];
    }
  }
}
