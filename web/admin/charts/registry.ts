// Which charts each dashboard page draws, and how each chart's data is read: one query per source
// (a source may feed two charts, e.g. the weekly first responses feed the SLA % and the breaches).
import type { Services } from '../../../services/context.js';
import type { LocalDate } from '../../../domain/types.js';
import { slaWeeks } from '../../../services/insight/dashboards/sla-weeks.js';
import { openCasesByAge } from '../../../services/insight/dashboards/open-cases.js';
import { billableMonths } from '../../../services/insight/dashboards/billable.js';
import { awaitingAcceptance } from '../../../services/insight/dashboards/awaiting.js';
import { ordersByType } from '../../../services/insight/dashboards/orders.js';
import type { Chart, ChartContext } from '../../charts/chart.js';
import { breachesChart, openCasesChart, slaShareChart } from './sla.js';
import { moneyCharts } from './money.js';
import { awaitingChart, ordersChart } from './orders.js';
import { knowledgeFigures } from '../../../services/insight/dashboards/knowledge.js';
import { knowledgeCharts } from './knowledge.js';
import { satisfactionAgentsChart, satisfactionWeeksChart } from './satisfaction.js';
import { satisfactionReport } from '../../../services/cases/satisfaction/report.js';
import { lastWeeks, SLA_WEEKS } from '../../../domain/dashboards.js';

type Source = (s: Services, companyId: string | null, today: LocalDate, c: ChartContext) => Promise<Chart[]>;

const SOURCES = {
  weeks: async (s, companyId, today, c) => {
    const weeks = await slaWeeks(s, companyId, today);
    return [slaShareChart(weeks, c), breachesChart(weeks, c)];
  },
  open: async (s, companyId, _today, c) => [openCasesChart(await openCasesByAge(s, companyId), c)],
  money: async (s, companyId, today, c) => moneyCharts(await billableMonths(s, companyId, today), c),
  awaiting: async (s, companyId, _today, c) => [awaitingChart(await awaitingAcceptance(s, companyId), c)],
  orders: async (s, companyId, today, c) => [ordersChart(await ordersByType(s, companyId, today), c)],
  knowledge: async (s, companyId, today, c) => knowledgeCharts(await knowledgeFigures(s, companyId, today), c),
  satisfaction: async (s, companyId, today, c) => {
    const r = await satisfactionReport(s, c.viewer, { from: lastWeeks(today, SLA_WEEKS)[0]!, to: today }, companyId);
    return [satisfactionWeeksChart(r, c), satisfactionAgentsChart(r, c)];
  },
} satisfies Record<string, Source>;
type SourceName = keyof typeof SOURCES;

/** The dashboard pages, each with its sources in page order. */
export const DASHBOARDS = {
  sla: ['weeks', 'open'],
  money: ['money'],
  orders: ['awaiting', 'orders'],
  knowledge: ['knowledge'],
  satisfaction: ['satisfaction'],
} as const satisfies Record<string, readonly SourceName[]>;
export type Dashboard = keyof typeof DASHBOARDS;

/** The source of each chart (for its CSV). */
const CHART_SOURCES: Record<string, SourceName> = {
  'sla-share': 'weeks',
  'sla-breaches': 'weeks',
  'open-cases': 'open',
  'billable-amounts': 'money',
  'billable-hours': 'money',
  awaiting: 'awaiting',
  orders: 'orders',
  'knowledge-views': 'knowledge',
  'knowledge-deflections': 'knowledge',
  'knowledge-gaps': 'knowledge',
  'knowledge-linked': 'knowledge',
  'satisfaction-weeks': 'satisfaction',
  'satisfaction-agents': 'satisfaction',
};

export const isChartId = (id: string) => Object.hasOwn(CHART_SOURCES, id);

/** Every chart of a dashboard page, its sources read side by side. */
export async function dashboardCharts(s: Services, page: Dashboard, companyId: string | null, c: ChartContext): Promise<Chart[]> {
  const today = s.calendar.localDate(s.now());
  const parts = await Promise.all(DASHBOARDS[page].map((name: SourceName) => SOURCES[name](s, companyId, today, c)));
  return parts.flat();
}

/** One chart (for its CSV), or null when there is no such chart. */
export async function oneChart(s: Services, id: string, companyId: string | null, c: ChartContext): Promise<Chart | null> {
  if (!isChartId(id)) return null;
  const charts = await SOURCES[CHART_SOURCES[id]](s, companyId, s.calendar.localDate(s.now()), c);
  return charts.find((chart) => chart.id === id) ?? null;
}
