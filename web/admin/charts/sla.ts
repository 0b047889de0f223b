// The SLA page's charts: first-response SLA % per week, breaches per week, open cases by state and age.
import { AGE_BUCKETS } from '../../../domain/dashboards.js';
import type { SlaWeek } from '../../../services/insight/dashboards/sla-weeks.js';
import type { OpenByAge } from '../../../services/insight/dashboards/open-cases.js';
import { barChart } from '../../charts/bar-chart.js';
import { lineChart } from '../../charts/line-chart.js';
import { weekLabels, type Chart, type ChartContext } from '../../charts/chart.js';
import type { DataTable } from '../../charts/data-table.js';

/** The CSV of a weekly table: the week's Monday as a date first, so a spreadsheet can sort and chart it. */
function withMondays(table: DataTable, weeks: SlaWeek[], c: ChartContext): DataTable {
  return {
    ...table,
    columns: [{ key: 'monday', label: c.t('insight:dash.monday'), kind: 'text' }, ...table.columns],
    rows: table.rows.map((row, i) => ({ monday: weeks[i].week, ...row })),
  };
}

export function slaShareChart(weeks: SlaWeek[], c: ChartContext): Chart {
  const labels = weekLabels(weeks, c);
  const title = c.t('insight:charts.slaShare.title', { weeks: weeks.length });
  const met = c.t('insight:charts.slaShare.met');
  const table: DataTable = {
    caption: title,
    columns: [
      { key: 'week', label: c.t('insight:dash.weekColumn'), kind: 'text' },
      { key: 'received', label: c.t('insight:charts.received'), kind: 'count' },
      { key: 'met', label: c.t('insight:charts.metShort'), kind: 'count' },
      { key: 'breached', label: c.t('insight:charts.breached'), kind: 'count' },
      { key: 'share', label: c.t('insight:charts.slaShare.share'), kind: 'share' },
    ],
    rows: weeks.map((w, i) => ({ week: labels[i].long, received: w.received, met: w.met, breached: w.breached, share: w.share })),
  };
  return {
    id: 'sla-share',
    title,
    lead: c.t('insight:charts.slaShare.lead'),
    svg: lineChart({
      id: 'sla-share-svg',
      title,
      description: c.t('insight:charts.slaShare.description'),
      categories: labels.map((l) => l.short),
      series: [{ label: met, values: weeks.map((w) => w.share) }],
      format: (v) => c.percent(v),
    }),
    legend: [met],
    table,
    csvTable: () => withMondays(table, weeks, c),
    csvHref: c.csvHref('sla-share'),
  };
}

export function breachesChart(weeks: SlaWeek[], c: ChartContext): Chart {
  const labels = weekLabels(weeks, c);
  const title = c.t('insight:charts.breaches.title', { weeks: weeks.length });
  const breached = c.t('insight:charts.breached');
  const sum = (pick: (w: SlaWeek) => number) => weeks.reduce((n, w) => n + pick(w), 0);
  const table: DataTable = {
    caption: title,
    columns: [
      { key: 'week', label: c.t('insight:dash.weekColumn'), kind: 'text' },
      { key: 'received', label: c.t('insight:charts.received'), kind: 'count' },
      { key: 'breached', label: breached, kind: 'count' },
      { key: 'open', label: c.t('insight:charts.breaches.open'), kind: 'count' },
    ],
    rows: weeks.map((w, i) => ({ week: labels[i].long, received: w.received, breached: w.breached, open: w.open })),
    foot: { week: c.t('common.total'), received: sum((w) => w.received), breached: sum((w) => w.breached), open: sum((w) => w.open) },
  };
  return {
    id: 'sla-breaches',
    title,
    lead: c.t('insight:charts.breaches.lead'),
    svg: barChart({
      id: 'sla-breaches-svg',
      title,
      description: c.t('insight:charts.breaches.description'),
      categories: labels.map((l) => l.short),
      series: [{ label: breached, values: weeks.map((w) => w.breached) }],
      integers: true,
    }),
    legend: [breached],
    table,
    csvTable: () => withMondays({ ...table, foot: undefined }, weeks, c),
    csvHref: c.csvHref('sla-breaches'),
  };
}

export function openCasesChart(rows: OpenByAge[], c: ChartContext): Chart {
  const title = c.t('insight:charts.openCases.title');
  const buckets = AGE_BUCKETS.map((b) => c.t(`insight:ages.${b.key}`));
  const short = AGE_BUCKETS.map((b) => c.t(`insight:agesShort.${b.key}`));
  const statuses = rows.map((r) => c.t(`statuses.${r.status}`, { defaultValue: r.status }));
  const bucketKey = (i: number) => `age${i}`;
  return {
    id: 'open-cases',
    title,
    lead: c.t('insight:charts.openCases.lead'),
    svg: barChart({
      id: 'open-cases-svg',
      title,
      description: c.t('insight:charts.openCases.description'),
      categories: statuses,
      series: buckets.map((label, i) => ({ label, values: rows.map((r) => r.byAge[i]) })),
      orientation: 'horizontal',
      integers: true,
    }),
    legend: buckets,
    table: {
      caption: title,
      columns: [
        { key: 'status', label: c.t('common.status'), kind: 'text' },
        ...short.map((label, i) => ({ key: bucketKey(i), label, kind: 'count' as const })),
        { key: 'total', label: c.t('common.total'), kind: 'count' },
      ],
      rows: rows.map((r, k) => ({ status: statuses[k], ...Object.fromEntries(r.byAge.map((v, i) => [bucketKey(i), v])), total: r.total })),
      foot: {
        status: c.t('common.total'),
        ...Object.fromEntries(buckets.map((_, i) => [bucketKey(i), rows.reduce((n, r) => n + r.byAge[i], 0)])),
        total: rows.reduce((n, r) => n + r.total, 0),
      },
    },
    csvHref: c.csvHref('open-cases'),
  };
}
