// The benchmark's results as markdown, and the acceptance checks of issue 15 computed from them.
import type { ApiResult, LevelResult, SystemResult } from '../parts/api-part.js';
import { CPU_GROUPS, type CpuGroup } from './cpu.js';
import type { PagesResult } from '../parts/pages-part.js';
import { helpSection, type HelpResult } from '../parts/help-part.js';
import type { Percentiles } from './stats.js';

export interface BenchResult {
  startedAt: string;
  seconds: number;
  machine: { cpus: number; cpuModel: string; loadAverageBefore: number[]; loadAverageAfter: number[]; node: string; platform: string };
  temporalSlowCalls: number;
  git: { commit: string; dirty: boolean };
  options: Record<string, unknown>;
  api?: ApiResult;
  pages?: PagesResult;
  help?: HelpResult;
  acceptance: Check[];
}

export interface Check {
  check: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const shown = (threads: { pid: number; tid: number }[]) => threads.map((t) => `${t.tid} (pid ${t.pid})`).join(', ') || 'none found';
const trio = (p: Percentiles) => `${f(p.p50)} / ${f(p.p95)} / ${f(p.p99)}`;

export function acceptanceChecks(api?: ApiResult, pages?: PagesResult): Check[] {
  const checks: Check[] = [];
  for (const l of api?.levels ?? []) {
    checks.push({
      check: `c=${l.concurrency}: throughput ≥ 0.7 × bare`,
      measured: `${f(l.ratios.throughput, 2)} ×`,
      limit: '0.70 ×',
      pass: l.ratios.throughput >= 0.7,
    });
    checks.push({
      check: `c=${l.concurrency}: action p95 ≤ 1.5 × bare Update p95`,
      measured: `${f(l.ratios.actionP95, 2)} ×`,
      limit: '1.50 ×',
      pass: l.ratios.actionP95 <= 1.5,
    });
    if (l.concurrency === 16)
      checks.push({ check: 'c=16: create p95 ≤ 150 ms', measured: `${f(l.product.create.p95)} ms`, limit: '150 ms', pass: l.product.create.p95 <= 150 });
    const errors = l.product.errors.length + l.bare.errors.length;
    const count = [...l.product.errors, ...l.bare.errors].reduce((n, e) => n + e.count, 0);
    checks.push({ check: `c=${l.concurrency}: zero errors`, measured: String(count), limit: '0', pass: errors === 0 });
  }
  const queue = pages?.pages.find((p) => p.name === 'desk queue');
  if (queue && pages) {
    checks.push({
      check: `desk queue p95 at ${pages.cases} cases ≤ 1.5 × same SQL + bare template`,
      measured: `${f(queue.ratios.p95, 2)} ×`,
      limit: '1.50 ×',
      pass: queue.ratios.p95 <= 1.5,
    });
  }
  return checks;
}

function apiSection(api: ApiResult): string[] {
  const out = [
    '## API lifecycles: product vs bare Temporal (same run, same dev server)',
    '',
    'A lifecycle: create a support case (contact, portal channel), then acknowledge, qualify, log-time, resolve, close (agent), each through `/api/v1` with a bearer token. ' +
      `Bare: a workflow start and 5 Updates, each running a trivial ${api.bareActivity} activity, on a worker with the product’s worker settings. Latencies in ms, p50 / p95 / p99.`,
    '',
    '| c | product lc/s | bare lc/s | ratio | create | bare start | action | bare Update | action p95 ratio | errors (product / bare) |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const errs = (s: SystemResult) => s.errors.reduce((n, e) => n + e.count, 0);
  for (const l of api.levels) {
    out.push(
      `| ${l.concurrency} | ${f(l.product.throughput, 2)} | ${f(l.bare.throughput, 2)} | ${f(l.ratios.throughput, 2)} | ${trio(l.product.create)} | ${trio(l.bare.create)} | ` +
        `${trio(l.product.action)} | ${trio(l.bare.action)} | ${f(l.ratios.actionP95, 2)} | ${errs(l.product)} / ${errs(l.bare)} |`,
    );
  }
  const steps = Object.keys(api.levels[0]?.product.byStep ?? {});
  out.push('', 'Per action, product p50 / p95 (ms):', '', `| c | ${steps.join(' | ')} |`, `|--:|${steps.map(() => '--:').join('|')}|`);
  for (const l of api.levels)
    out.push(`| ${l.concurrency} | ${steps.map((s) => `${f(l.product.byStep[s]?.p50)} / ${f(l.product.byStep[s]?.p95)}`).join(' | ')} |`);

  out.push('', '## CPU per lifecycle (ms)', '', `| | ${api.levels.map((l) => `c=${l.concurrency} product | c=${l.concurrency} bare`).join(' | ')} |`);
  out.push(`|---|${api.levels.map(() => '--:|--:').join('|')}|`);
  for (const [group, label] of Object.entries(CPU_GROUPS)) {
    out.push(
      `| ${label} | ${api.levels.map((l) => `${f(l.product.cpu.groups[group as CpuGroup], 1)} | ${f(l.bare.cpu.groups[group as CpuGroup], 1)}`).join(' | ')} |`,
    );
  }
  const processes = [...new Set(api.levels.flatMap((l) => Object.keys(l.product.cpu.productProcesses)))];
  for (const p of processes) {
    out.push(
      `| ↳ product process ${p} | ${api.levels.map((l) => `${f(l.product.cpu.productProcesses[p] ?? NaN, 1)} | ${f(l.bare.cpu.productProcesses[p] ?? NaN, 1)}`).join(' | ')} |`,
    );
  }
  out.push(
    '',
    `Each phase's CPU is measured from its first lifecycle to ${1.5} s after its last and divided by its completed lifecycles; a system's column also shows what the other ` +
      'system’s processes did meanwhile (idle work). Processes from /proc/<pid>/stat of each process tree (reaped children included).',
    '',
    `Workflow threads — product: ${shown(api.workflowThreads.product)}; bare: ${shown(api.workflowThreads.bare)} ` +
      `(bare worker's own before/after list: ${api.workflowThreads.bareSelfReport.join(', ')}, ${api.workflowThreads.ruleAgreesOnBare ? 'agrees' : 'DISAGREES'}). ` +
      `Identified as ${api.workflowThreads.how}.`,
    '',
    '## SQL per lifecycle (product)',
    '',
    'From the server’s statistics over the whole phase (web requests and worker activities): pg_stat_statements calls (BEGIN/COMMIT included) and pg_stat_database commits + rollbacks.',
    '',
    '| c | statements | transactions |',
    '|--:|--:|--:|',
    ...api.levels.map(
      (l) =>
        `| ${l.concurrency} | ${f(l.sql.statementsPerLifecycle, 1)}${l.sql.statisticsEvicted ? ' (undercount: entries evicted)' : ''} | ${f(l.sql.transactionsPerLifecycle, 1)} |`,
    ),
  );
  const errors = api.levels.flatMap((l: LevelResult) => [
    ...l.product.errors.map((e) => `- c=${l.concurrency} product, ${e.count} ×: ${e.message}`),
    ...l.bare.errors.map((e) => `- c=${l.concurrency} bare, ${e.count} ×: ${e.message}`),
  ]);
  out.push('', '### Errors', '', ...(errors.length ? errors : ['none']));
  return out;
}

function pagesSection(p: PagesResult): string[] {
  return [
    `## Pages at ${p.cases} cases`,
    '',
    `Server time (Server-Timing) of each page vs the page’s own SQL statements (captured from one request) replayed on one pg connection plus a minimal EJS template of their rows; ` +
      `${p.samples} samples each after 5 unmeasured, interleaved. ms.`,
    '',
    '| page | url | statements | p50 | p95 | bare p50 | bare p95 | ratio p50 | ratio p95 |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
    ...p.pages.map(
      (r) =>
        `| ${r.name} | \`${r.url}\` | ${r.statements} | ${f(r.product.p50, 1)} | ${f(r.product.p95, 1)} | ${f(r.bare.p50, 1)} | ${f(r.bare.p95, 1)} | ${f(r.ratios.p50, 2)} | ${f(r.ratios.p95, 2)} |`,
    ),
    '',
    `Seeding the read model took ${p.seedSeconds.toFixed(1)} s.`,
  ];
}

export function markdown(r: BenchResult): string {
  const lines = [
    `# Benchmark ${r.startedAt}`,
    '',
    `${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.platform}, Node ${r.machine.node}; load average ${r.machine.loadAverageBefore.map((l) => l.toFixed(2)).join(' ')} before, ` +
      `${r.machine.loadAverageAfter.map((l) => l.toFixed(2)).join(' ')} after. Commit ${r.git.commit}${r.git.dirty ? ' (with uncommitted changes)' : ''}. ` +
      `Took ${(r.seconds / 60).toFixed(1)} min; the dev server logged ${r.temporalSlowCalls} "Slow gRPC call" warnings. Options: \`${JSON.stringify(r.options)}\`.`,
    '',
  ];
  if (r.acceptance.length) {
    lines.push('## Acceptance (issue 15)', '', '| check | measured | limit | |', '|---|--:|--:|---|');
    for (const c of r.acceptance) lines.push(`| ${c.check} | ${c.measured} | ${c.limit} | ${c.pass ? 'pass' : '**FAIL**'} |`);
    lines.push('');
  }
  if (r.api) lines.push(...apiSection(r.api), '');
  if (r.pages) lines.push(...pagesSection(r.pages), '');
  if (r.help) lines.push(...helpSection(r.help), '');
  return lines.join('\n');
}
