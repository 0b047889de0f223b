// How instants, durations and money look on the pages: Copenhagen time, Danish or English format.
import type { TFunction } from 'i18next';
import { formatOre } from '../domain/money.js';
import { shownMinutes } from '../domain/billing-display.js';
import type { Locale } from '../domain/types.js';
import { numberFormat } from '../i18n/numbers.js';

const ZONE = 'Europe/Copenhagen';
const cache = new Map<string, Intl.DateTimeFormat>();

function fmt(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { timeZone: ZONE, ...opts })));
  return f;
}

const toDate = (v: Date | number | string) => (v instanceof Date ? v : new Date(v));

export interface Formatters {
  dateTime(v: Date | number | string | null | undefined): string;
  date(v: Date | number | string | null | undefined): string;
  /** An ISO 8601 instant for <time datetime>. */
  iso(v: Date | number | string | null | undefined): string;
  /** A span of minutes as "2 t 15 min" / "2 h 15 min". */
  minutes(total: number): string;
  money(ore: number): string;
  /** A billing line's time ("1 t 15 min"), or '' for a fixed price or a line without time. */
  lineTime(line: { kind: string; minutes: number }): string;
  /** A billing line's minutes as a number, or null for a fixed price or a line without time. */
  lineMinutes(line: { kind: string; minutes: number }): number | null;
  /** Time from now until `v` in plain words, negative when past. */
  until(v: Date | number | string, now: number): { text: string; overdue: boolean; minutes: number };
}

export function formatters(locale: Locale): Formatters {
  const h = locale === 'da' ? 't' : 'h';
  const minutes = (total: number) => {
    const m = Math.round(Math.abs(total));
    const days = Math.floor(m / 1440);
    const hours = Math.floor((m % 1440) / 60);
    const mins = m % 60;
    const parts: string[] = [];
    if (days) parts.push(locale === 'da' ? `${days} d` : `${days} d`);
    if (hours) parts.push(`${hours} ${h}`);
    if (mins || parts.length === 0) parts.push(`${mins} min`);
    return parts.join(' ');
  };
  return {
    dateTime: (v) => (v === null || v === undefined ? '' : fmt(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(toDate(v))),
    date: (v) => (v === null || v === undefined ? '' : fmt(locale, { dateStyle: 'medium' }).format(toDate(v))),
    iso: (v) => (v === null || v === undefined ? '' : toDate(v).toISOString()),
    minutes,
    money: (ore) => formatOre(ore, locale),
    lineTime: (line) => {
      const m = shownMinutes(line);
      return m === null ? '' : minutes(m);
    },
    lineMinutes: shownMinutes,
    until: (v, now) => {
      const diff = (toDate(v).getTime() - now) / 60000;
      return { text: minutes(diff), overdue: diff < 0, minutes: diff };
    },
  };
}

/** A number of hours in words, in the reader's number format: "1 time", "2,5 timer" / "1 hour", "2.5 hours". */
export function hoursText(hours: number, t: TFunction, locale: Locale): string {
  const n = numberFormat(locale, 2).format(hours);
  return t('units.hours', { count: hours, n });
}
