// The orders dashboard's charts: what waits on the customer's acceptance by age and kind (with the
// list of the oldest), and orders by type per month.
import { AGE_BUCKETS, AWAITING_KINDS, ageBucket } from '../../../domain/dashboards.js';
import type { AwaitingOffer } from '../../../services/insight/dashboards/awaiting.js';
import type { OrdersByType } from '../../../services/insight/dashboards/orders.js';
import { barChart } from '../../charts/bar-chart.js';
import { axisKroner, shortMonth, type Chart, type ChartContext } from '../../charts/chart.js';
import type { DataTable } from '../../charts/data-table.js';

/** The oldest offers the page lists (the chart and the CSV hold them all). */
export const AWAITING_LISTED = 25;

export function awaitingList(items: AwaitingOffer[], c: ChartContext, caption: string): DataTable {
  return {
    caption,
    columns: [
      { key: 'case', label: c.t('common.case'), kind: 'text' },
      { key: 'title', label: c.t('common.title'), kind: 'text' },
      { key: 'company', label: c.t('common.company'), kind: 'text' },
      { key: 'kind', label: c.t('insight:charts.awaiting.kind'), kind: 'text' },
      { key: 'amount', label: c.t('insight:charts.amount'), kind: 'money' },
      { key: 'sent', label: c.t('insight:charts.awaiting.sent'), kind: 'text' },
      { key: 'age', label: c.t('insight:charts.awaiting.age'), kind: 'count' },
    ],
    rows: items.map((x) => ({
      case: `#${x.number}`,
      title: x.title,
      company: x.companyName,
      kind: c.t(`insight:awaitingKinds.${x.kind}`),
      amount: x.amountOre,
      sent: x.sentAt ? c.fmt.dateTime(x.sentAt) : null,
      age: x.ageWorkingDays,
    })),
  };
}

export function awaitingChart(items: AwaitingOffer[], c: ChartContext): Chart {
  const title = c.t('insight:charts.awaiting.title');
  const buckets = AGE_BUCKETS.map((b) => c.t(`insight:ages.${b.key}`));
  const kinds = AWAITING_KINDS.map((k) => c.t(`insight:awaitingKinds.${k}`));
  const counts = AWAITING_KINDS.map((k) => AGE_BUCKETS.map((_, i) => items.filter((x) => x.kind === k && ageBucket(x.ageWorkingDays) === i).length));
  const amounts = AWAITING_KINDS.map((k) => items.filter((x) => x.kind === k).reduce((n, x) => n + (x.amountOre ?? 0), 0));
  const key = (i: number) => `k${i}`;
  return {
    id: 'awaiting',
    title,
    lead: c.t('insight:charts.awaiting.lead'),
    svg: barChart({
      id: 'awaiting-svg',
      title,
      description: c.t('insight:charts.awaiting.description'),
      categories: buckets,
      series: kinds.map((label, k) => ({ label, values: counts[k] })),
      integers: true,
    }),
    legend: kinds,
    table: {
      caption: title,
      columns: [
        { key: 'age', label: c.t('insight:charts.awaiting.age'), kind: 'text' },
        ...kinds.map((label, k) => ({ key: key(k), label, kind: 'count' as const })),
        { key: 'total', label: c.t('common.total'), kind: 'count' },
      ],
      rows: buckets.map((label, i) => ({
        age: label,
        ...Object.fromEntries(kinds.map((_, k) => [key(k), counts[k][i]])),
        total: counts.reduce((n, row) => n + row[i], 0),
      })),
      foot: {
        age: c.t('insight:charts.awaiting.amountTotal'),
        ...Object.fromEntries(kinds.map((_, k) => [key(k), axisKroner(amounts[k], c.locale)])),
        total: axisKroner(
          amounts.reduce((n, v) => n + v, 0),
          c.locale,
        ),
      },
    },
    list: { table: awaitingList(items.slice(0, AWAITING_LISTED), c, title), total: items.length },
    csvTable: () => awaitingList(items, c, title),
    csvHref: c.csvHref('awaiting'),
  };
}

export function ordersChart(data: OrdersByType, c: ChartContext): Chart {
  const title = c.t('insight:charts.orders.title', { months: data.months.length });
  const months = data.months.map((m) => shortMonth(m, c.locale));
  const types = data.types.map((x) => c.t(`insight:orderTypes.${x.type}`));
  const key = (i: number) => `t${i}`;
  return {
    id: 'orders',
    title,
    lead: c.t('insight:charts.orders.lead'),
    svg: barChart({
      id: 'orders-svg',
      title,
      description: c.t('insight:charts.orders.description'),
      categories: months,
      series: data.types.map((x, i) => ({ label: types[i], values: x.counts })),
      integers: true,
    }),
    legend: types,
    table: {
      caption: title,
      columns: [
        { key: 'month', label: c.t('insight:dash.monthColumn'), kind: 'text' },
        ...types.map((label, i) => ({ key: key(i), label, kind: 'count' as const })),
        { key: 'total', label: c.t('common.total'), kind: 'count' },
      ],
      rows: months.map((label, m) => ({
        month: label,
        ...Object.fromEntries(data.types.map((x, i) => [key(i), x.counts[m]])),
        total: data.types.reduce((n, x) => n + x.counts[m], 0),
      })),
      foot: {
        month: c.t('common.total'),
        ...Object.fromEntries(data.types.map((x, i) => [key(i), x.total])),
        total: data.types.reduce((n, x) => n + x.total, 0),
      },
    },
    csvHref: c.csvHref('orders'),
  };
}
