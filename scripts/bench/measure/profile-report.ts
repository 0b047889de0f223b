// The profile run's markdown: CPU per lifecycle and per request kind by process (/proc), then each
// profiled process and thread with its top packages, files and functions by self time per lifecycle.
import type { ProfileResult } from '../parts/profile-part.js';
import { ROLE_TITLES } from './cpu.js';
import type { Item } from './cpu-profile.js';
import { PRODUCT_ROLES } from './proc-cpu.js';

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

export function profileMarkdown(r: ProfileResult): string {
  const per = (ms: number) => ms / r.lifecycles;
  const items = (list: Item[], busy: number) => list.map((i) => `| ${i.name.replace(/\|/g, '\\|')} | ${f(per(i.ms), 2)} | ${f((100 * i.ms) / busy, 1)} % |`);
  const out = [
    `# CPU profile of \`npm start\` under load, ${r.startedAt}`,
    '',
    `${r.lifecycles} lifecycles at c=${r.concurrency} in ${r.lifecycleSeconds.toFixed(1)} s with every node process under \`--cpu-prof\` (which adds its own cost: compare ` +
      'ratios, not absolute figures, with `npm run bench`).',
    '',
    '## CPU per lifecycle and per request (ms, /proc)',
    '',
    `| | lifecycle | ${r.kinds.map((k) => k.kind).join(' | ')} |`,
    `|---|--:|${r.kinds.map(() => '--:').join('|')}|`,
    ...PRODUCT_ROLES.map(
      (role) => `| ${ROLE_TITLES[role]} | ${f(r.cpu.productProcesses[role])} | ${r.kinds.map((k) => f(k.cpu.productProcesses[role])).join(' | ')} |`,
    ),
    `| product, all node processes | ${f(r.cpu.groups.product)} | ${r.kinds.map((k) => f(k.cpu.groups.product)).join(' | ')} |`,
    `| ↳ its workflow thread(s) | ${f(r.cpu.groups.productWorkflowThread)} | ${r.kinds.map((k) => f(k.cpu.groups.productWorkflowThread)).join(' | ')} |`,
    `| Temporal dev server | ${f(r.cpu.groups.temporal)} | ${r.kinds.map((k) => f(k.cpu.groups.temporal)).join(' | ')} |`,
    `| PostgreSQL | ${f(r.cpu.groups.postgres)} | ${r.kinds.map((k) => f(k.cpu.groups.postgres)).join(' | ')} |`,
    '',
    'A request kind is measured on its own (N creates, then each action on those N cases, at the same concurrency), so a lifecycle is about the sum of its kinds.',
    '',
    '## Profiles over the lifecycle window (self time, ms per lifecycle)',
  ];
  for (const p of r.profiles) {
    const busy = p.summary.busyMs;
    out.push(
      '',
      `### ${ROLE_TITLES[p.role as keyof typeof ROLE_TITLES] ?? p.role} (pid ${p.pid}${p.thread ? `, thread ${p.thread}` : ', main thread'}): ${f(per(busy), 2)} ms busy per lifecycle`,
      '',
      `\`${p.file}\``,
      '',
      '| package | ms/lc | share |',
      '|---|--:|--:|',
      ...items(p.summary.packages.slice(0, 10), busy),
      '',
      '| file | ms/lc | share |',
      '|---|--:|--:|',
      ...items(p.summary.files.slice(0, 12), busy),
      '',
      '| function (self) | ms/lc | share |',
      '|---|--:|--:|',
      ...items(p.summary.functions.slice(0, 15), busy),
    );
  }
  return `${out.join('\n')}\n`;
}
