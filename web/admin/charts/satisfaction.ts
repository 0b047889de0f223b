// The satisfaction dashboard's charts (SPEC §9): the average rating per ISO week (a line, 1–5), the
// ratings per agent (bars), and the rated cases listed under the first chart — each with its table and CSV.
import type { SatisfactionReport } from '../../../services/cases/satisfaction/report.js';
import { barChart } from '../../charts/bar-chart.js';
import { lineChart } from '../../charts/line-chart.js';
import { weekLabels, type Chart, type ChartContext } from '../../charts/chart.js';
import type { DataTable } from '../../charts/data-table.js';
import { numberFormat } from '../../../i18n/numbers.js';

/** A score 1–5 as the line chart's share 0–1, and back. */
const toShare = (score: number | null) => (score === null ? null : (score - 1) / 4);
const scoreText = (score: number, c: ChartContext) => numberFormat(c.locale, 2).format(score);

export function satisfactionWeeksChart(r: SatisfactionReport, c: ChartContext): Chart {
  const weeks = r.byWeek;
  const title = c.t('insight:charts.satisfactionWeeks.title', { weeks: weeks.length });
  const average = c.t('insight:charts.satisfactionWeeks.average');
  const labels = weekLabels(weeks, c);
  const table: DataTable = {
    caption: title,
    columns: [
      { key: 'week', label: c.t('insight:dash.weekColumn'), kind: 'text' },
      { key: 'responses', label: c.t('insight:charts.satisfactionWeeks.responses'), kind: 'count' },
      { key: 'average', label: average, kind: 'text' },
    ],
    rows: weeks.map((w, i) => ({ week: labels[i]!.long, responses: w.responses, average: w.average === null ? null : scoreText(w.average, c) })),
    foot: { week: c.t('common.total'), responses: r.responses, average: r.average === null ? null : scoreText(r.average, c) },
  };
  const cases: DataTable = {
    caption: c.t('insight:dashboards.satisfaction.title'),
    columns: [
      { key: 'case', label: c.t('insight:charts.satisfactionCases.case'), kind: 'text' },
      { key: 'score', label: c.t('insight:charts.satisfactionCases.score'), kind: 'count' },
      { key: 'comment', label: c.t('insight:charts.satisfactionCases.comment'), kind: 'text' },
      { key: 'agent', label: c.t('insight:charts.satisfactionAgents.agent'), kind: 'text' },
      { key: 'date', label: c.t('insight:charts.satisfactionCases.date'), kind: 'text' },
    ],
    rows: r.cases.map((k) => ({
      case: `#${k.number} ${k.title}`,
      score: k.score,
      comment: k.comment,
      agent: k.agent?.name ?? c.t('insight:charts.satisfactionAgents.unassigned'),
      date: c.fmt.dateTime(k.at),
    })),
  };
  return {
    id: 'satisfaction-weeks',
    title,
    lead: c.t('insight:charts.satisfactionWeeks.lead'),
    svg: lineChart({
      id: 'satisfaction-weeks-svg',
      title,
      description: c.t('insight:charts.satisfactionWeeks.description'),
      categories: labels.map((l) => l.short),
      series: [{ label: average, values: weeks.map((w) => toShare(w.average)) }],
      format: (share) => scoreText(1 + share * 4, c),
    }),
    legend: [average],
    table,
    list: { table: cases, total: r.responses },
    csvTable: () => cases,
    csvHref: c.csvHref('satisfaction-weeks'),
  };
}

export function satisfactionAgentsChart(r: SatisfactionReport, c: ChartContext): Chart {
  const title = c.t('insight:charts.satisfactionAgents.title', { weeks: r.byWeek.length });
  const responses = c.t('insight:charts.satisfactionAgents.responses');
  const names = r.byAgent.map((a) => a.agent?.name ?? c.t('insight:charts.satisfactionAgents.unassigned'));
  return {
    id: 'satisfaction-agents',
    title,
    lead: c.t('insight:charts.satisfactionAgents.lead'),
    svg: barChart({
      id: 'satisfaction-agents-svg',
      title,
      description: c.t('insight:charts.satisfactionAgents.description'),
      categories: names,
      series: [{ label: responses, values: r.byAgent.map((a) => a.responses) }],
      orientation: 'horizontal',
      integers: true,
    }),
    legend: [responses],
    table: {
      caption: title,
      columns: [
        { key: 'agent', label: c.t('insight:charts.satisfactionAgents.agent'), kind: 'text' },
        { key: 'responses', label: responses, kind: 'count' },
        { key: 'average', label: c.t('insight:charts.satisfactionAgents.average'), kind: 'text' },
      ],
      rows: r.byAgent.map((a, i) => ({ agent: names[i]!, responses: a.responses, average: scoreText(a.average, c) })),
    },
    csvHref: c.csvHref('satisfaction-agents'),
  };
}
