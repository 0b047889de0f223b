// The lifecycle part of the benchmark's markdown report: the modes compared, then per mode its
// throughput and CPU, latencies, CPU per lifecycle by process, idle cost and SQL.
import type { ApiResult, ModeResult, SystemResult } from '../parts/api-part.js';
import { ACCEPTANCE_MODE, checkRows, modeChecks } from './acceptance.js';
import { CPU_GROUPS, ROLE_TITLES, type CpuGroup } from './cpu.js';
import { PRODUCT_ROLES } from './proc-cpu.js';
import type { Percentiles } from './stats.js';

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const trio = (p: Percentiles) => `${f(p.p50)} / ${f(p.p95)} / ${f(p.p99)}`;
const errs = (s: SystemResult) => s.errors.reduce((n, e) => n + e.count, 0);

function compared(api: ApiResult): string[] {
  const out = [
    '## The modes compared',
    '',
    'Each mode beside the bare baseline measured next to it in this run. Ratios: product / bare (throughput: higher is better; the rest: lower is better). ' +
      '“node CPU” is every process of the product (supervisor, web, worker, mail, and what launches them) per lifecycle; “bare worker” the bare worker’s.',
    '',
    '| mode | c | lc/s (bare) | ratio | node CPU ms/lc (bare worker) | ratio | create p95 ms (bare UWS) | ratio | action p95 ms (bare Update) | ratio |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const m of api.modes)
    for (const l of m.levels)
      out.push(
        `| ${m.mode} | ${l.concurrency} | ${f(l.product.throughput, 2)} (${f(l.bare.throughput, 2)}) | ${f(l.ratios.throughput, 2)} | ` +
          `${f(l.product.cpu.groups.product, 1)} (${f(l.bare.cpu.groups.bareWorker, 1)}) | ${f(l.ratios.nodeCpu, 2)} | ` +
          `${f(l.product.create.p95)} (${f(l.bareWithStart.create.p95)}) | ${f(l.ratios.createP95, 2)} | ${f(l.product.action.p95)} (${f(l.bare.action.p95)}) | ${f(l.ratios.actionP95, 2)} |`,
      );
  const others = api.modes.filter((m) => m.mode !== ACCEPTANCE_MODE);
  if (others.length) {
    out.push('', 'Issue 22’s checks applied to the other modes (for comparison; the acceptance is the `npm start` path):', '');
    for (const m of others) out.push(`**${m.title}**`, '', ...checkRows(modeChecks(m)), '');
  }
  return out;
}

function modeSection(m: ModeResult, bareActivity: string): string[] {
  const out = [
    `## Mode \`${m.mode}\`: ${m.title}`,
    '',
    'A lifecycle: create a support case (contact, portal channel), then acknowledge, qualify, log-time, resolve, close (agent), each through `/api/v1` with a bearer token. ' +
      `Bare: a workflow start and 5 Updates; bare with start (UWS): Update-With-Start (start + first Update in one call) and 4 Updates; each step runs a trivial ${bareActivity} activity ` +
      'on a worker with the product’s worker settings. Latencies in ms, p50 / p95 / p99.',
    '',
    '| c | product lc/s | bare lc/s | bare UWS lc/s | create | bare UWS call | bare start | action | bare Update | errors (product / bare / UWS) |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const l of m.levels) {
    out.push(
      `| ${l.concurrency} | ${f(l.product.throughput, 2)} | ${f(l.bare.throughput, 2)} | ${f(l.bareWithStart.throughput, 2)} | ${trio(l.product.create)} | ` +
        `${trio(l.bareWithStart.create)} | ${trio(l.bare.create)} | ${trio(l.product.action)} | ${trio(l.bare.action)} | ${errs(l.product)} / ${errs(l.bare)} / ${errs(l.bareWithStart)} |`,
    );
  }
  const steps = Object.keys(m.levels[0]?.product.byStep ?? {});
  out.push('', 'Per action, product p50 / p95 (ms):', '', `| c | ${steps.join(' | ')} |`, `|--:|${steps.map(() => '--:').join('|')}|`);
  for (const l of m.levels)
    out.push(`| ${l.concurrency} | ${steps.map((s) => `${f(l.product.byStep[s]?.p50)} / ${f(l.product.byStep[s]?.p95)}`).join(' | ')} |`);

  const cols = m.levels.map((l) => `c=${l.concurrency} product | bare | UWS`).join(' | ');
  out.push('', '### CPU per lifecycle (ms)', '', `| | ${cols} |`, `|---|${m.levels.map(() => '--:|--:|--:').join('|')}|`);
  for (const [group, label] of Object.entries(CPU_GROUPS)) {
    const g = group as CpuGroup;
    out.push(
      `| ${label} | ${m.levels.map((l) => `${f(l.product.cpu.groups[g], 1)} | ${f(l.bare.cpu.groups[g], 1)} | ${f(l.bareWithStart.cpu.groups[g], 1)}`).join(' | ')} |`,
    );
  }
  for (const r of PRODUCT_ROLES) {
    out.push(
      `| ↳ ${ROLE_TITLES[r]} | ${m.levels.map((l) => `${f(l.product.cpu.productProcesses[r], 1)} | ${f(l.bare.cpu.productProcesses[r], 1)} | ${f(l.bareWithStart.cpu.productProcesses[r], 1)}`).join(' | ')} |`,
    );
  }
  out.push(
    '',
    'Each phase’s CPU is measured from its first lifecycle to 1.5 s after its last and divided by its completed lifecycles; a column also shows what the other ' +
      'systems’ processes did meanwhile (their idle work). From /proc/<pid>/stat of each process tree (reaped children included). ' +
      `Product workflow threads: ${m.workflowThreads.map((t) => `${t.tid} (pid ${t.pid})`).join(', ') || 'none found'}.`,
    '',
    `### Idle (${m.idle.seconds} s, nothing running): CPU ms per second`,
    '',
    `| ${PRODUCT_ROLES.map((r) => ROLE_TITLES[r]).join(' | ')} | Temporal dev server | PostgreSQL | product SQL statements/s |`,
    `|${PRODUCT_ROLES.map(() => '--:').join('|')}|--:|--:|--:|`,
    `| ${PRODUCT_ROLES.map((r) => f(m.idle.cpuPerSecond.productProcesses[r], 2)).join(' | ')} | ${f(m.idle.cpuPerSecond.groups.temporal, 2)} | ${f(m.idle.cpuPerSecond.groups.postgres, 2)} | ${f(m.idle.statementsPerSecond, 2)} |`,
    '',
    '### SQL per lifecycle (product)',
    '',
    'From the server’s statistics over windows around the product’s own phases (web requests, worker activities, the mail process, health probes): ' +
      'pg_stat_statements calls (BEGIN/COMMIT included) and pg_stat_database commits + rollbacks.',
    '',
    '| c | statements | transactions |',
    '|--:|--:|--:|',
    ...m.levels.map(
      (l) =>
        `| ${l.concurrency} | ${f(l.sql.statementsPerLifecycle, 1)}${l.sql.statisticsEvicted ? ' (undercount: entries evicted)' : ''} | ${f(l.sql.transactionsPerLifecycle, 1)} |`,
    ),
  );
  const errors = m.levels.flatMap((l) =>
    (['product', 'bare', 'bareWithStart'] as const).flatMap((s) => l[s].errors.map((e) => `- c=${l.concurrency} ${s}, ${e.count} ×: ${e.message}`)),
  );
  out.push('', '### Errors', '', ...(errors.length ? errors : ['none']));
  return out;
}

export function apiSection(api: ApiResult): string[] {
  const out = compared(api);
  for (const m of api.modes) out.push('', ...modeSection(m, api.bareActivity));
  const b = api.bareWorkflowThreads;
  out.push(
    '',
    `Bare workflow threads: ${b.found.map((t) => `${t.tid} (pid ${t.pid})`).join(', ') || 'none found'} ` +
      `(the bare worker's own before/after list: ${b.selfReport.join(', ')}, ${b.ruleAgrees ? 'agrees' : 'DISAGREES'}). Identified as ${b.how}.`,
  );
  return out;
}
