// Running one suite as an npm script: its options (flags, each with an environment variable as
// fallback), a catch-all SMTP server and the product started like `npm start`, the suite, its report
// in reliability-results/, and an exit code (0 passed, 1 failed, 2 bad options).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSuiteProduct, type SuiteProduct } from './product.js';
import { startSmtpSink, type SmtpSink } from './crash/smtp-sink.js';
import { passed, verdictLine, writeReport, type SuiteReport } from './report.js';

export interface SuiteContext {
  product: SuiteProduct;
  sink: SmtpSink;
  say: (line: string) => void;
}

export interface OptionSpec {
  /** Flag name (also read from RELIABILITY_<NAME>); a number unless `text`. */
  name: string;
  full: number | string;
  short: number | string;
  help: string;
}

export type Options = Record<string, number | string> & { short: number; out: string };

export function sayer(suite: string): (line: string) => void {
  const born = Date.now();
  return (line) => {
    const s = Math.floor((Date.now() - born) / 1000);
    process.stderr.write(`[reliability:${suite} ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${line}\n`);
  };
}

export function readOptions(suite: string, specs: OptionSpec[], argv = process.argv.slice(2), env = process.env): Options | string {
  const usage = [
    `npm run -s reliability:${suite} -- [options]      (each option also as RELIABILITY_<NAME>)`,
    '  --short                 the short version the CI runs',
    '  --out reliability-results   where the reports go',
    ...specs.map((s) => `  --${s.name} ${String(s.full).padEnd(20)} ${s.help} (short: ${s.short})`),
  ].join('\n');
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        short: { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(specs.map((s) => [s.name, { type: 'string' as const }])),
      },
    }).values;
  } catch (err) {
    return `${(err as Error).message.split('\n')[0]}\n${usage}`;
  }
  if (values.help) return usage;
  const variable = (name: string) => env[`RELIABILITY_${name.toUpperCase().replace(/-/g, '_')}`];
  const short = values.short === true || ['1', 'true', 'on', 'yes'].includes(variable('short') ?? '');
  const out: Options = { short: short ? 1 : 0, out: (values.out as string | undefined) ?? variable('out') ?? 'reliability-results' };
  for (const s of specs) {
    const raw = (values[s.name] as string | undefined) ?? variable(s.name) ?? String(short ? s.short : s.full);
    if (typeof s.full === 'number') {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) return `--${s.name}: a whole number, not "${raw}"\n${usage}`;
      out[s.name] = n;
    } else out[s.name] = raw;
  }
  return out;
}

/** Runs the suite against a product of its own and writes its report; exits with its verdict. */
export async function runSuiteCommand(suite: string, specs: OptionSpec[], run: (ctx: SuiteContext, o: Options) => Promise<SuiteReport>): Promise<never> {
  const o = readOptions(suite, specs);
  if (typeof o === 'string') {
    process.stderr.write(`${o}\n`);
    process.exit(2);
  }
  const say = sayer(suite);
  let sink: SmtpSink | null = null;
  let product: SuiteProduct | null = null;
  let code = 1;
  try {
    sink = await startSmtpSink();
    product = await startSuiteProduct({ smtpUrl: sink.url, say, logDir: path.resolve(o.out) });
    const report = await run({ product, sink, say }, o);
    const file = writeReport(path.resolve(o.out), report);
    say(`${passed(report) ? 'passed' : 'FAILED'}: ${verdictLine(report.verdict)}`);
    for (const f of report.findings) say(`finding: ${f}`);
    say(`report: ${path.relative(process.cwd(), file)}`);
    code = passed(report) ? 0 : 1;
  } catch (err) {
    say(`could not run: ${(err as Error).stack ?? String(err)}`);
  } finally {
    await product?.stop().catch((err: Error) => say(`stopping the product: ${err.message}`));
    await sink?.close();
  }
  process.exit(code);
}
