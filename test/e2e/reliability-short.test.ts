// The reliability suite's short version (issue 14 item 7), in CI: access, load, crash and fuzz in their
// `--short` sizes against one product started like `npm start` (its own PostgreSQL and Temporal dev
// server, so the crash part can kill each of them), in that order — the crash part kills and restarts
// everything, the fuzzing spends the sign-in limits last. Each report is written to
// test-artifacts/reliability/ and must show the issue's acceptance figures: 0 lost, 0 duplicated
// billing lines, 0 duplicated mails, 0 × 500, 0 hangs, 0 leaks — with the counts of what was tried.
// Access, load and fuzz must find nothing else either; what else the crash part finds (a case filed
// twice, an answer lost) is in its report — which then says FAILED — and printed here.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuiteProduct, type SuiteProduct } from '../../scripts/reliability/product.js';
import { startSmtpSink, type SmtpSink } from '../../scripts/reliability/crash/smtp-sink.js';
import { readOptions, sayer, type OptionSpec, type Options, type SuiteContext } from '../../scripts/reliability/suite.js';
import { verdictLine, writeReport, type SuiteReport, type VerdictKey } from '../../scripts/reliability/report.js';
import { ACCESS_OPTIONS, runAccess } from '../../scripts/reliability/access.js';
import { LOAD_OPTIONS, runLoad } from '../../scripts/reliability/load.js';
import { CRASH_OPTIONS, runCrash } from '../../scripts/reliability/crash.js';
import { FUZZ_OPTIONS, runFuzz } from '../../scripts/reliability/fuzz.js';
import { productRoutes } from '../../scripts/reliability/routes.js';

const OUT = path.resolve('test-artifacts', 'reliability');
let sink: SmtpSink;
let product: SuiteProduct;

beforeAll(async () => {
  sink = await startSmtpSink();
  product = await startSuiteProduct({ smtpUrl: sink.url, say: sayer('short'), logDir: OUT });
}, 300_000);

afterAll(async () => {
  await product?.stop();
  await sink?.close();
}, 60_000);

async function run(suite: string, specs: OptionSpec[], part: (ctx: SuiteContext, o: Options) => Promise<SuiteReport>): Promise<SuiteReport> {
  const o = readOptions(suite, specs, ['--short', '--out', OUT], {});
  if (typeof o === 'string') throw new Error(o);
  const report = await part({ product, sink, say: sayer(suite) }, o);
  const file = writeReport(OUT, report);
  console.log(
    `\n${suite}: ${verdictLine(report.verdict)} (${path.relative(process.cwd(), file)})\n${report.findings.map((f) => `  finding: ${f}`).join('\n')}`,
  );
  return report;
}

/** The figures the suite measures are all 0; those it does not measure are null. */
function expectAcceptance(report: SuiteReport, measured: VerdictKey[]): void {
  expect(Object.fromEntries(measured.map((k) => [k, report.verdict[k]])), `${report.suite}: ${report.findings.join(' | ')}`).toEqual(
    Object.fromEntries(measured.map((k) => [k, 0])),
  );
}

const tried = (r: SuiteReport, what: RegExp) => r.tried.find(([label]) => what.test(label))?.[1] ?? -1;

describe('the reliability suite, short', () => {
  it('access: every route of the router × every kind of person × both companies, no leak', async () => {
    const report = await run('access', ACCESS_OPTIONS, runAccess);
    expectAcceptance(report, ['leaks', 'serverErrors', 'hangs']);
    expect(report.findings).toEqual([]);
    expect(tried(report, /^routes in the router/)).toBe((await productRoutes(product.env, product.databaseUrl())).length);
    expect(tried(report, /^requests/)).toBeGreaterThan(500);
  }, 300_000);

  it('load: clients at once, nothing lost, no 5xx, no hang', async () => {
    const report = await run('load', LOAD_OPTIONS, runLoad);
    expectAcceptance(report, ['lost', 'serverErrors', 'hangs']);
    expect(report.findings).toEqual([]);
    expect(tried(report, /^requests/)).toBeGreaterThan(100);
    expect(tried(report, /^cases filed/)).toBeGreaterThan(0);
  }, 300_000);

  it('crash: kill -9 of each process and of the whole tree mid-traffic; nothing lost, nothing billed or mailed twice', async () => {
    const report = await run('crash', CRASH_OPTIONS, runCrash);
    expectAcceptance(report, ['lost', 'duplicatedBillingLines', 'duplicatedMails', 'serverErrors', 'hangs']);
    expect(tried(report, /^kills/)).toBe(7);
    expect(tried(report, /^open cases seeded/)).toBe(18);
    expect(tried(report, /^closed cases/)).toBeGreaterThan(0);
    expect(tried(report, /^mails received/)).toBeGreaterThan(0);
  }, 900_000);

  it('fuzz: malformed input to every form and API operation; 4xx with a reason, never a 5xx or a hang', async () => {
    const report = await run('fuzz', FUZZ_OPTIONS, runFuzz);
    expectAcceptance(report, ['serverErrors', 'hangs']);
    expect(tried(report, /^malformed inputs/)).toBeGreaterThanOrEqual(300);
    expect(report.findings).toEqual([]);
  }, 600_000);
});
