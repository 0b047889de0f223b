// The suites' reports: `reliability-results/<suite>-<time>.{md,json}`, `<suite>-latest.{md,json}`, and
// `summary.md`, one table over the latest run of every suite. Each report starts with the figures the
// issue asks for — lost, duplicated billing lines, duplicated mails, 500s, hangs, leaks — with what
// was tried, then every figure and every finding.
import fs from 'node:fs';
import path from 'node:path';

export const VERDICT_KEYS = ['lost', 'duplicatedBillingLines', 'duplicatedMails', 'serverErrors', 'hangs', 'leaks'] as const;
export type VerdictKey = (typeof VERDICT_KEYS)[number];
/** A figure the suite measured, or null where it does not apply to this suite. */
export type Verdict = Record<VerdictKey, number | null>;

const LABEL: Record<VerdictKey, (n: string) => string> = {
  lost: (n) => `${n} lost`,
  duplicatedBillingLines: (n) => `${n} duplicated billing lines`,
  duplicatedMails: (n) => `${n} duplicated mails`,
  serverErrors: (n) => `${n} × 500`,
  hangs: (n) => `${n} hangs`,
  leaks: (n) => `${n} leaks`,
};

export interface Section {
  title: string;
  /** Markdown lines (tables, lists, text). */
  lines: string[];
}

export interface SuiteReport {
  suite: 'crash' | 'fuzz' | 'access' | 'load';
  title: string;
  startedAt: string;
  seconds: number;
  /** What was tried, counted: [what, how many]. */
  tried: [string, number][];
  verdict: Verdict;
  /** Problems found, one line each (empty: none). */
  findings: string[];
  sections: Section[];
  /** Settings of the run (options, seed, machine). */
  settings: Record<string, string | number | boolean>;
}

export const emptyVerdict = (): Verdict => ({ lost: null, duplicatedBillingLines: null, duplicatedMails: null, serverErrors: null, hangs: null, leaks: null });

/** "0 lost, 0 duplicated billing lines, …" — n/a for what the suite does not measure. */
export function verdictLine(v: Verdict): string {
  return VERDICT_KEYS.map((k) => LABEL[k](v[k] === null ? 'n/a' : String(v[k]))).join(', ');
}

/** True when every measured figure is 0 and nothing was found. */
export const passed = (r: SuiteReport) => VERDICT_KEYS.every((k) => !r.verdict[k]) && r.findings.length === 0;

export const table = (head: string[], rows: (string | number)[][]): string[] => [
  `| ${head.join(' | ')} |`,
  `|${head.map((h, i) => (i === 0 ? '---' : '--:')).join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];

function markdown(r: SuiteReport): string {
  const lines = [
    `# Reliability: ${r.title}`,
    '',
    `${r.startedAt}, ${r.seconds.toFixed(0)} s — **${passed(r) ? 'passed' : 'FAILED'}**`,
    '',
    `**${verdictLine(r.verdict)}**`,
    '',
    '## What was tried',
    '',
    ...table(['what', 'count'], r.tried),
    '',
    '## Findings',
    '',
    ...(r.findings.length ? r.findings.map((f) => `- ${f}`) : ['None.']),
    '',
  ];
  for (const s of r.sections) lines.push(`## ${s.title}`, '', ...s.lines, '');
  lines.push(
    '## Settings',
    '',
    ...table(
      ['setting', 'value'],
      Object.entries(r.settings).map(([k, v]) => [k, String(v)]),
    ),
    '',
  );
  return lines.join('\n');
}

function summary(dir: string): string {
  const rows: (string | number)[][] = [];
  for (const suite of ['crash', 'fuzz', 'access', 'load']) {
    const file = path.join(dir, `${suite}-latest.json`);
    if (!fs.existsSync(file)) continue;
    const r = JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteReport;
    const tried = r.tried.map(([what, n]) => `${n} ${what}`).join('; ');
    rows.push([`[${suite}](${suite}-latest.md)`, r.startedAt, passed(r) ? 'passed' : 'FAILED', ...VERDICT_KEYS.map((k) => r.verdict[k] ?? 'n/a'), tried]);
  }
  return [
    '# Reliability suite: latest runs',
    '',
    ...table(['suite', 'run', 'result', 'lost', 'dup. billing lines', 'dup. mails', '× 500', 'hangs', 'leaks', 'tried'], rows),
    '',
  ].join('\n');
}

/** Writes the report's files; returns the markdown file's path. */
export function writeReport(dir: string, r: SuiteReport): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = r.startedAt.replace(/[:.]/g, '-');
  const md = markdown(r);
  for (const name of [`${r.suite}-${stamp}`, `${r.suite}-latest`]) {
    fs.writeFileSync(path.join(dir, `${name}.md`), md);
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(r, null, 2));
  }
  fs.writeFileSync(path.join(dir, 'summary.md'), summary(dir));
  return path.join(dir, `${r.suite}-${stamp}.md`);
}
