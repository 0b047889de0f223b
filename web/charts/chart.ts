// A chart as a page shows it: its SVG, its legend, the table beside it, and where its CSV is.
import type { TFunction } from 'i18next';
import type { Locale } from '../../domain/types.js';
import { isoWeek } from '../../domain/dashboards.js';
import { numberFormat } from '../../i18n/numbers.js';
import type { Formatters } from '../format.js';
import type { DataTable } from './data-table.js';
import type { Person } from '../../services/people/people.js';

export interface Chart {
  id: string;
  title: string;
  /** One line under the title: what is counted, and how. */
  lead: string;
  svg: string;
  /** Series names in stacking order (their colour is `.series-<index>`). */
  legend: string[];
  table: DataTable;
  /** What the CSV holds, when it is more than the table (every row, not the page's grouping); built only for the CSV. */
  csvTable?: () => DataTable;
  /** Rows the page lists under the chart (the first of `total`). */
  list?: { table: DataTable; total: number };
  csvHref: string;
}

/** What chart builders need from the page: the reader's language and formats, and the CSV address of a chart. */
export interface ChartContext {
  t: TFunction;
  locale: Locale;
  fmt: Formatters;
  percent: (share: number | null) => string;
  hours: (hours: number) => string;
  csvHref: (chartId: string) => string;
  /** Who reads the chart (the figures a source may show depend on it). */
  viewer: Person;
}

/** Whole kroner for an axis: '12.500 kr.' / 'DKK 12,500'. */
export function axisKroner(ore: number, locale: Locale): string {
  const n = numberFormat(locale, 0).format(Math.round(ore / 100));
  return locale === 'da' ? `${n} kr.` : `DKK ${n}`;
}

/** A month 'YYYY-MM' as a short label: 'mar. 25' / 'Mar 25'. */
export function shortMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

/** A day 'YYYY-MM-DD' as a short label without the year: '8. jun.' / '8 Jun'. */
export function shortDay(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** The labels of weekly bars (each week by its Monday 'YYYY-MM-DD'): 'uge 23' on the axis, 'uge 23 (8. jun.)' in the table. */
export function weekLabels(weeks: { week: string }[], c: ChartContext): { short: string; long: string }[] {
  return weeks.map((w) => {
    const { week } = isoWeek(w.week);
    return { short: c.t('insight:dash.weekShort', { week }), long: c.t('insight:dash.week', { week, date: shortDay(w.week, c.locale) }) };
  });
}
