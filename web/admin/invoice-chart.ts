// The chart of invoiced amounts per month on the billing page: a bar per month (excluding VAT, and the
// VAT on top), with the same numbers as a table beside it.
import { barChart } from '../charts/bar-chart.js';
import { axisKroner, shortMonth } from '../charts/chart.js';
import type { Locale } from '../../domain/types.js';
import { translator } from '../../i18n/index.js';
import { monthName } from './present.js';

export interface InvoiceChart {
  svg: string;
  legend: string[];
  rows: { month: string; label: string; invoices: number; exVat: string; total: string }[];
}

export function invoiceChart(
  perMonth: { month: string; invoices: number; totalExVatOre: number; totalOre: number }[],
  locale: Locale,
  money: (ore: number) => string,
): InvoiceChart {
  const t = translator(locale);
  const legend = [t('admin:invoices.chart.exVat'), t('admin:invoices.chart.vat')];
  return {
    svg: barChart({
      id: 'invoiced-chart',
      title: t('admin:invoices.chart.title'),
      description: t('admin:invoices.chart.description'),
      categories: perMonth.map((m) => shortMonth(m.month, locale)),
      series: [
        { label: legend[0]!, values: perMonth.map((m) => m.totalExVatOre) },
        { label: legend[1]!, values: perMonth.map((m) => m.totalOre - m.totalExVatOre) },
      ],
      format: (ore) => axisKroner(ore, locale),
    }),
    legend,
    rows: perMonth.map((m) => ({
      month: m.month,
      label: monthName(m.month, locale),
      invoices: m.invoices,
      exVat: money(m.totalExVatOre),
      total: money(m.totalOre),
    })),
  };
}
