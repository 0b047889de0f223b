// The knowledge dashboard's charts (issue 19 item 7): articles by views and helpfulness, deflections per
// week, searches without result, and the articles linked to most cases — each with its table and CSV.
import type { KnowledgeFigures } from '../../../services/insight/dashboards/knowledge.js';
import { barChart } from '../../charts/bar-chart.js';
import { weekLabels, type Chart, type ChartContext } from '../../charts/chart.js';

export function knowledgeCharts(f: KnowledgeFigures, c: ChartContext): Chart[] {
  const k = (key: string, o?: Record<string, unknown>) => c.t(`knowledge:charts.${key}`, o);
  const horizontal = (id: string, title: string, labels: string[], series: { label: string; values: number[] }[], description: string) =>
    barChart({ id: `${id}-svg`, title, description, categories: labels.length ? labels : ['—'], series, orientation: 'horizontal', integers: true });

  const viewsTitle = k('views.title');
  const views: Chart = {
    id: 'knowledge-views',
    title: viewsTitle,
    lead: k('views.lead'),
    svg: horizontal(
      'knowledge-views',
      viewsTitle,
      f.articles.map((a) => a.title),
      [{ label: k('views.views'), values: f.articles.map((a) => a.views) }],
      k('views.description'),
    ),
    legend: [k('views.views')],
    table: {
      caption: viewsTitle,
      columns: [
        { key: 'article', label: k('views.article'), kind: 'text' },
        { key: 'views', label: k('views.views'), kind: 'count' },
        { key: 'helpful', label: k('views.helpful'), kind: 'count' },
        { key: 'notHelpful', label: k('views.notHelpful'), kind: 'count' },
      ],
      rows: f.articles.map((a) => ({ article: a.title, views: a.views, helpful: a.helpful, notHelpful: a.notHelpful })),
    },
    csvHref: c.csvHref('knowledge-views'),
  };

  const weeksTitle = k('deflections.title', { weeks: f.weeks.length });
  const labels = weekLabels(f.weeks, c);
  const deflections: Chart = {
    id: 'knowledge-deflections',
    title: weeksTitle,
    lead: k('deflections.lead', { weeks: f.weeks.length }),
    svg: barChart({
      id: 'knowledge-deflections-svg',
      title: weeksTitle,
      description: k('deflections.description'),
      categories: labels.map((l) => l.short),
      series: [
        { label: k('deflections.deflected'), values: f.weeks.map((w) => w.deflected) },
        { label: k('deflections.filedAnyway'), values: f.weeks.map((w) => w.filedAnyway) },
      ],
      integers: true,
    }),
    legend: [k('deflections.deflected'), k('deflections.filedAnyway')],
    table: {
      caption: weeksTitle,
      columns: [
        { key: 'week', label: k('weekColumn'), kind: 'text' },
        { key: 'deflected', label: k('deflections.deflected'), kind: 'count' },
        { key: 'filedAnyway', label: k('deflections.filedAnyway'), kind: 'count' },
      ],
      rows: f.weeks.map((w, i) => ({ week: labels[i]!.long, deflected: w.deflected, filedAnyway: w.filedAnyway })),
      foot: { week: c.t('common.total'), deflected: f.weeks.reduce((n, w) => n + w.deflected, 0), filedAnyway: f.weeks.reduce((n, w) => n + w.filedAnyway, 0) },
    },
    csvHref: c.csvHref('knowledge-deflections'),
  };

  const gapsTitle = k('gaps.title');
  const gaps: Chart = {
    id: 'knowledge-gaps',
    title: gapsTitle,
    lead: k('gaps.lead'),
    svg: horizontal(
      'knowledge-gaps',
      gapsTitle,
      f.gaps.map((g) => g.query),
      [{ label: k('gaps.count'), values: f.gaps.map((g) => g.count) }],
      k('gaps.description'),
    ),
    legend: [k('gaps.count')],
    table: {
      caption: gapsTitle,
      columns: [
        { key: 'query', label: k('gaps.query'), kind: 'text' },
        { key: 'count', label: k('gaps.count'), kind: 'count' },
      ],
      rows: f.gaps.map((g) => ({ query: g.query, count: g.count })),
    },
    csvHref: c.csvHref('knowledge-gaps'),
  };

  const linkedTitle = k('linked.title');
  const linked: Chart = {
    id: 'knowledge-linked',
    title: linkedTitle,
    lead: k('linked.lead'),
    svg: horizontal(
      'knowledge-linked',
      linkedTitle,
      f.linked.map((a) => a.title),
      [{ label: k('linked.cases'), values: f.linked.map((a) => a.cases) }],
      k('linked.description'),
    ),
    legend: [k('linked.cases')],
    table: {
      caption: linkedTitle,
      columns: [
        { key: 'article', label: k('views.article'), kind: 'text' },
        { key: 'cases', label: k('linked.cases'), kind: 'count' },
      ],
      rows: f.linked.map((a) => ({ article: a.title, cases: a.cases })),
    },
    csvHref: c.csvHref('knowledge-linked'),
  };
  return [views, deflections, gaps, linked];
}
