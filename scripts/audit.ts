// `npm run audit`: the dependency audit CI runs (.ci/run). It asks the npm registry's advisory service
// (`npm audit`) about the production dependencies and fails on an advisory of high or critical
// severity that has a fix; advisories without a fix are listed but do not fail the build (there is
// nothing to upgrade to). When the registry reachable from here does not serve advisories — the one
// this project's CI uses answers 405 to `npm audit` — it says so and exits 0: see docs/operating.md
// "Dependency audit".
import { spawnSync } from 'node:child_process';

const FAILING = new Set(['high', 'critical']);

interface Vulnerability {
  name: string;
  severity: string;
  fixAvailable: boolean | object;
  via: (string | { title?: string; url?: string })[];
}

interface AuditReport {
  vulnerabilities?: Record<string, Vulnerability>;
  statusCode?: number;
  message?: string;
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  process.stderr.write(`[audit] npm audit gave no report (exit ${run.status}): ${run.stderr.trim().split('\n').pop() ?? ''}\n`);
  process.exit(1);
}

if (!report.vulnerabilities) {
  process.stdout.write(`[audit] not run: the registry does not serve security advisories here (${report.message ?? `status ${report.statusCode}`}).\n`);
  process.exit(0);
}

const found = Object.values(report.vulnerabilities);
const failing = found.filter((v) => FAILING.has(v.severity) && v.fixAvailable !== false);
const titles = (v: Vulnerability) =>
  v.via
    .map((x) => (typeof x === 'string' ? `via ${x}` : (x.title ?? '')))
    .filter(Boolean)
    .join('; ');
for (const v of found) {
  const fix = v.fixAvailable === false ? 'no fix yet' : 'fix available';
  process.stdout.write(`[audit] ${v.severity.padEnd(8)} ${v.name} (${fix}): ${titles(v)}\n`);
}
process.stdout.write(`[audit] ${found.length} advisories in production dependencies, ${failing.length} of high/critical severity with a fix.\n`);
process.exit(failing.length ? 1 : 0);
