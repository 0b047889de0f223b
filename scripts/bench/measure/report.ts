// The benchmark's results as markdown: the acceptance checks first (measure/acceptance.ts), then
// the lifecycle part (measure/api-report.ts) and the page part.
import type { ApiResult } from '../parts/api-part.js';
import type { PagesResult } from '../parts/pages-part.js';
import { ACCEPTANCE_MODE, checkRows, type Check } from './acceptance.js';
import { apiSection } from './api-report.js';

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
import { helpSection, type HelpResult } from '../parts/help-part.js';

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
  if (r.options.quick)
    lines.push(
      '> A quick run (`--quick`): a smoke test with few lifecycles per level — its percentiles and ratios are rough; the acceptance is judged on full runs (`npm run bench`).',
      '',
    );
  if (r.machine.loadAverageBefore[0] > r.machine.cpus)
    lines.push(
      `> The machine was busy (load average ${r.machine.loadAverageBefore[0].toFixed(1)} on ${r.machine.cpus} cores): latency ratios are noisy; CPU per lifecycle is the steadier figure.`,
      '',
    );
  const ours = r.acceptance.filter((c) => c.issue === 22);
  if (ours.length) {
    const failed = ours.filter((c) => !c.pass).length;
    lines.push(
      `## Acceptance (issue 22, the \`${ACCEPTANCE_MODE}\` mode: \`npm start\` as users run it): ${failed ? `**${failed} of ${ours.length} FAIL**` : `all ${ours.length} pass`}`,
      '',
      'Each figure of the product beside the same figure of the bare Temporal baseline measured in this run; the ratio is what is held to the limit. ' +
        'Bare: a start and 5 Updates (throughput, CPU, Update p95); bare UWS: Update-With-Start and 4 Updates (the twin of the product’s create).',
      '',
      ...checkRows(ours),
      '',
    );
  }
  const earlier = r.acceptance.filter((c) => c.issue !== 22);
  if (earlier.length) lines.push('## Earlier acceptance (issue 15, page part)', '', ...checkRows(earlier), '');
  if (r.api) lines.push(...apiSection(r.api), '');
  if (r.pages) lines.push(...pagesSection(r.pages), '');
  if (r.help) lines.push(...helpSection(r.help), '');
  return lines.join('\n');
}
