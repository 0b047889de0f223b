// The money dashboard's charts: billable amounts and hours per company per month. The chart stacks the
// biggest companies and gathers the rest as "other companies"; the CSV lists every company and month.
import type { BillableMonths, CompanyMonths } from '../../../services/insight/dashboards/billable.js';
import { barChart } from '../../charts/bar-chart.js';
import { axisKroner, shortMonth, type Chart, type ChartContext } from '../../charts/chart.js';
import type { DataTable } from '../../charts/data-table.js';

/** Companies stacked one by one; the rest are summed. */
const STACKED = 6;

function grouped(data: BillableMonths, c: ChartContext): CompanyMonths[] {
  if (data.companies.length <= STACKED + 1) return data.companies;
  const rest = data.companies.slice(STACKED);
  const sum = (pick: (x: CompanyMonths) => number[]) => data.months.map((_, i) => rest.reduce((n, x) => n + pick(x)[i], 0));
  const other: CompanyMonths = {
    companyId: '',
    companyName: c.t('insight:charts.otherCompanies', { count: rest.length }),
    minutes: sum((x) => x.minutes),
    amountOre: sum((x) => x.amountOre),
    totalOre: rest.reduce((n, x) => n + x.totalOre, 0),
  };
  return [...data.companies.slice(0, STACKED), other];
}

/** Every company and month with something billed, for the CSV. */
function detail(data: BillableMonths, c: ChartContext, caption: string): DataTable {
  const rows = data.months.flatMap((month, i) =>
    data.companies
      .filter((x) => x.minutes[i] !== 0 || x.amountOre[i] !== 0)
      .map((x) => ({ month, company: x.companyId, companyName: x.companyName, minutes: x.minutes[i], amountOre: x.amountOre[i] })),
  );
  return {
    caption,
    columns: [
      { key: 'month', label: c.t('insight:dash.monthColumn'), kind: 'text' },
      { key: 'company', label: c.t('insight:charts.companyId'), kind: 'text' },
      { key: 'companyName', label: c.t('common.company'), kind: 'text' },
      { key: 'minutes', label: c.t('insight:charts.hoursColumn'), kind: 'hours' },
      { key: 'amountOre', label: c.t('insight:charts.amount'), kind: 'money' },
    ],
    rows,
  };
}

function monthTable(
  data: BillableMonths,
  groups: CompanyMonths[],
  c: ChartContext,
  caption: string,
  pick: (x: CompanyMonths) => number[],
  kind: 'hours' | 'money',
): DataTable {
  const key = (i: number) => `c${i}`;
  const row = (label: string, value: (x: CompanyMonths) => number) => ({
    month: label,
    ...Object.fromEntries(groups.map((x, i) => [key(i), value(x)])),
    total: groups.reduce((n, x) => n + value(x), 0),
  });
  return {
    caption,
    columns: [
      { key: 'month', label: c.t('insight:dash.monthColumn'), kind: 'text' },
      ...groups.map((x, i) => ({ key: key(i), label: x.companyName, kind })),
      { key: 'total', label: c.t('common.total'), kind },
    ],
    rows: data.months.map((m, i) => row(shortMonth(m, c.locale), (x) => pick(x)[i])),
    foot: row(c.t('common.total'), (x) => pick(x).reduce((n, v) => n + v, 0)),
  };
}

export function moneyCharts(data: BillableMonths, c: ChartContext): Chart[] {
  const groups = grouped(data, c);
  const months = data.months.map((m) => shortMonth(m, c.locale));
  const legend = groups.map((x) => x.companyName);
  const amountsTitle = c.t('insight:charts.amounts.title', { months: data.months.length });
  const hoursTitle = c.t('insight:charts.hours.title', { months: data.months.length });
  const csvTable = () => detail(data, c, amountsTitle);
  return [
    {
      id: 'billable-amounts',
      title: amountsTitle,
      lead: c.t('insight:charts.amounts.lead'),
      svg: barChart({
        id: 'billable-amounts-svg',
        title: amountsTitle,
        description: c.t('insight:charts.amounts.description'),
        categories: months,
        series: groups.map((x) => ({ label: x.companyName, values: x.amountOre })),
        format: (v) => axisKroner(v, c.locale),
      }),
      legend,
      table: monthTable(data, groups, c, amountsTitle, (x) => x.amountOre, 'money'),
      csvTable,
      csvHref: c.csvHref('billable-amounts'),
    },
    {
      id: 'billable-hours',
      title: hoursTitle,
      lead: c.t('insight:charts.hours.lead'),
      svg: barChart({
        id: 'billable-hours-svg',
        title: hoursTitle,
        description: c.t('insight:charts.hours.description'),
        categories: months,
        series: groups.map((x) => ({ label: x.companyName, values: x.minutes.map((m) => m / 60) })),
        format: (v) => c.hours(Math.round(v * 100) / 100),
      }),
      legend,
      table: monthTable(data, groups, c, hoursTitle, (x) => x.minutes, 'hours'),
      csvTable,
      csvHref: c.csvHref('billable-hours'),
    },
  ];
}
