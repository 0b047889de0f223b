// A course of the catalogue as the order forms offer it: its name in the reader's language with its
// duration, its price (per participant or for the whole course) and the languages it is taught in.
import type { TFunction } from 'i18next';
import type { Course } from '../../domain/orders/catalogue.js';
import type { Locale } from '../../domain/types.js';
import { hoursText, type Formatters } from '../format.js';

export function courseLabel(t: TFunction, fmt: Formatters, locale: Locale): (course: Course) => string {
  return (c) =>
    t('courseChoice', {
      name: c.name[locale],
      hours: hoursText(c.durationHours, t, locale),
      price: fmt.money(c.price.ore),
      per: t(`coursePer.${c.price.per}`),
      languages: c.languages.map((l) => t(`courseLanguages.${l}`)).join(', '),
    });
}
