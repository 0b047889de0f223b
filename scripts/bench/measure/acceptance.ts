// The acceptance checks, computed from a run: issue 22's on the `npm start` path (the same checks
// for the other modes are shown for comparison, not as acceptance), and issue 15's page check.
import type { ApiResult, LevelResult, ModeResult } from '../parts/api-part.js';
import type { PagesResult } from '../parts/pages-part.js';

export interface Check {
  /** which issue's line */
  issue: number;
  mode: string;
  check: string;
  /** the product's figure */
  measured: string;
  /** the baseline's figure it is compared with (empty when the limit is absolute) */
  baseline: string;
  /** the ratio or figure held to the limit */
  value: string;
  limit: string;
  pass: boolean;
}

/** The mode whose figures are the acceptance (issue 22: "the `npm start` path"). */
export const ACCEPTANCE_MODE = 'start';

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const x = (n: number) => `${f(n, 2)} ×`;

function levelChecks(mode: ModeResult, l: LevelResult, lines: 'c16' | 'c1'): Omit<Check, 'issue' | 'mode'>[] {
  const c = `c=${l.concurrency}`;
  const create = {
    check: `${c}: create p95 ≤ 1.5 × bare Update-With-Start p95`,
    measured: `${f(l.product.create.p95)} ms`,
    baseline: `${f(l.bareWithStart.create.p95)} ms`,
    value: x(l.ratios.createP95),
    limit: '≤ 1.50 ×',
    pass: l.ratios.createP95 <= 1.5,
  };
  const action = {
    check: `${c}: action p95 ≤ 1.5 × bare Update p95`,
    measured: `${f(l.product.action.p95)} ms`,
    baseline: `${f(l.bare.action.p95)} ms`,
    value: x(l.ratios.actionP95),
    limit: '≤ 1.50 ×',
    pass: l.ratios.actionP95 <= 1.5,
  };
  const errors = [l.product, l.bare, l.bareWithStart].map((s) => s.errors.reduce((n, e) => n + e.count, 0));
  const noErrors = {
    check: `${c}: zero errors (product / bare / bare with start)`,
    measured: errors.join(' / '),
    baseline: '',
    value: String(errors.reduce((a, b) => a + b, 0)),
    limit: '0',
    pass: errors.every((n) => n === 0),
  };
  if (lines === 'c1') return [create, action, noErrors];
  return [
    {
      check: `${c}: lifecycle throughput ≥ 0.7 × bare`,
      measured: `${f(l.product.throughput, 2)} lc/s`,
      baseline: `${f(l.bare.throughput, 2)} lc/s`,
      value: x(l.ratios.throughput),
      limit: '≥ 0.70 ×',
      pass: l.ratios.throughput >= 0.7,
    },
    {
      check: `${c}: node CPU per lifecycle ≤ 1.6 × the bare worker's`,
      measured: `${f(l.product.cpu.groups.product, 1)} ms`,
      baseline: `${f(l.bare.cpu.groups.bareWorker, 1)} ms`,
      value: x(l.ratios.nodeCpu),
      limit: '≤ 1.60 ×',
      pass: l.ratios.nodeCpu <= 1.6,
    },
    action,
    create,
    noErrors,
  ];
}

/** Issue 22's checks of one mode: c=16 and c=1 (a level that was not run is reported as missing). */
export function modeChecks(mode: ModeResult): Check[] {
  const checks: Check[] = [];
  for (const [concurrency, lines] of [
    [16, 'c16'],
    [1, 'c1'],
  ] as const) {
    const level = mode.levels.find((l) => l.concurrency === concurrency);
    if (!level) {
      checks.push({
        issue: 22,
        mode: mode.mode,
        check: `c=${concurrency}: not measured in this run`,
        measured: '',
        baseline: '',
        value: '—',
        limit: '',
        pass: false,
      });
      continue;
    }
    for (const c of levelChecks(mode, level, lines)) checks.push({ issue: 22, mode: mode.mode, ...c });
  }
  return checks;
}

export function acceptanceChecks(api?: ApiResult, pages?: PagesResult): Check[] {
  const checks: Check[] = [];
  const start = api?.modes.find((m) => m.mode === ACCEPTANCE_MODE);
  if (start) checks.push(...modeChecks(start));
  const queue = pages?.pages.find((p) => p.name === 'desk queue');
  if (queue && pages) {
    checks.push({
      issue: 15,
      mode: 'tuned',
      check: `desk queue p95 at ${pages.cases} cases ≤ 1.5 × same SQL + bare template`,
      measured: `${f(queue.product.p95, 1)} ms`,
      baseline: `${f(queue.bare.p95, 1)} ms`,
      value: x(queue.ratios.p95),
      limit: '≤ 1.50 ×',
      pass: queue.ratios.p95 <= 1.5,
    });
  }
  return checks;
}

export function checkRows(checks: Check[]): string[] {
  return [
    '| check | product | bare | ratio | limit | |',
    '|---|--:|--:|--:|--:|---|',
    ...checks.map((c) => `| ${c.check} | ${c.measured} | ${c.baseline} | ${c.value} | ${c.limit} | ${c.pass ? 'pass' : '**FAIL**'} |`),
  ];
}
