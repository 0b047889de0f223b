// The benchmark's options: flags, each with an environment variable as fallback (flags win).
//
//   npm run bench [-- --quick] [--parts api,pages] [--modes start,compose,tuned] [--levels 1,16,64]
//                 [--lifecycles 30,240,384] [--warmup 24] [--idle 10] [--bare-activity regular]
//                 [--cases 100000] [--samples 60] [--out bench-results] [--profile] [--no-stack-trace-hook]
import { parseArgs } from 'node:util';
import type { BareActivityKind } from './bare/messages.js';
import { MODES, type Mode } from './products/product.js';

export type Part = 'api' | 'pages' | 'help';

export interface BenchOptions {
  quick: boolean;
  parts: Part[];
  /** how the product is run in the lifecycle part (scripts/bench/products/product.ts) */
  modes: Mode[];
  /** concurrency levels of the lifecycle part */
  levels: number[];
  /** lifecycles per level (same order as levels), for the product and the bare baseline each */
  lifecycles: number[];
  /** unmeasured lifecycles of each system before the first level */
  warmup: number;
  /** seconds of measured idleness per mode */
  idleSeconds: number;
  /** instead of the parts: CPU profiles of every process of the `npm start` product under load, and CPU by request kind */
  profile: boolean;
  /** issue 22's experiment: every process runs without the Temporal SDK's per-promise stack-trace hook */
  noStackTraceHook: boolean;
  /** how the bare baseline's steps run their activity */
  bareActivity: BareActivityKind;
  /** cases in the database for the page part */
  cases: number;
  /** measured requests per page (after 5 unmeasured ones) */
  samples: number;
  /** published articles for the help part */
  articles: number;
  outDir: string;
}

const FULL = { levels: '1,16,64', lifecycles: '30,240,384', warmup: '24', idle: '10', cases: '100000', samples: '60', articles: '10000' };
const QUICK = { levels: '1,16', lifecycles: '4,32', warmup: '6', idle: '5', cases: '10000', samples: '10', articles: '1000' };

export const USAGE = `npm run bench -- [options]      (each option also as an environment variable)
  --quick                 smoke run: c=1 and 16, few lifecycles, 10 000 cases         BENCH_QUICK=1
  --parts api,pages,help  which parts: api (lifecycles, CPU, SQL), pages, help        BENCH_PARTS
  --modes start,compose,tuned                                                          BENCH_MODES
                          how the product runs in the api part: \`npm start\`, the
                          docker-compose.yml settings, issue 15's tuned settings
  --idle 10               seconds of measured idleness per mode                        BENCH_IDLE
  --levels 1,16,64        concurrency levels of the lifecycle part                     BENCH_LEVELS
  --lifecycles 30,240,384 lifecycles per level (one number: the same for every level)  BENCH_LIFECYCLES
  --warmup 24             unmeasured lifecycles per system before the first level      BENCH_WARMUP
  --bare-activity regular bare steps' activity: regular (issue 15's baseline) or local BENCH_BARE_ACTIVITY
  --cases 100000          cases in the database for the page part                      BENCH_CASES
  --samples 60            measured requests per page (per suggestion query: 2/3)       BENCH_PAGE_SAMPLES
  --articles 10000        published articles for the help part's suggestions          BENCH_ARTICLES
  --out bench-results     where the JSON and markdown results go                       BENCH_OUT
  --profile               instead: CPU profiles (--cpu-prof) of every process of the   BENCH_PROFILE=1
                          \`npm start\` product under load at the first level, CPU by
                          request kind, written to <out>/profile-<time>/
  --no-stack-trace-hook   experiment: the product and the bare worker without the     BENCH_NO_STACK_TRACE_HOOK=1
                          Temporal SDK's per-promise stack-trace hook (what it costs)`;

const numbers = (name: string, text: string): number[] => {
  const list = text.split(',').map((v) => Number(v.trim()));
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${name}: expected positive whole numbers, got "${text}"`);
  return list;
};

export function readOptions(argv = process.argv.slice(2), env = process.env): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      parts: { type: 'string' },
      levels: { type: 'string' },
      lifecycles: { type: 'string' },
      warmup: { type: 'string' },
      modes: { type: 'string' },
      idle: { type: 'string' },
      profile: { type: 'boolean' },
      'no-stack-trace-hook': { type: 'boolean' },
      'bare-activity': { type: 'string' },
      cases: { type: 'string' },
      samples: { type: 'string' },
      articles: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const quick = values.quick ?? ['1', 'true', 'on', 'yes'].includes(env.BENCH_QUICK ?? '');
  const base = quick ? QUICK : FULL;
  const pick = (flag: string | undefined, variable: string, fallback: string) => flag ?? env[variable] ?? fallback;

  const parts = pick(values.parts, 'BENCH_PARTS', 'api,pages,help')
    .split(',')
    .map((p) => p.trim());
  for (const p of parts) if (p !== 'api' && p !== 'pages' && p !== 'help') throw new Error(`--parts: unknown part "${p}" (api, pages, help)`);
  const modes = pick(values.modes, 'BENCH_MODES', MODES.join(','))
    .split(',')
    .map((m) => m.trim());
  for (const m of modes) if (!MODES.includes(m as Mode)) throw new Error(`--modes: unknown mode "${m}" (${MODES.join(', ')})`);
  const levels = numbers('levels', pick(values.levels, 'BENCH_LEVELS', base.levels));
  let lifecycles = numbers('lifecycles', pick(values.lifecycles, 'BENCH_LIFECYCLES', base.lifecycles));
  if (lifecycles.length === 1) lifecycles = levels.map(() => lifecycles[0]);
  if (lifecycles.length !== levels.length) throw new Error(`--lifecycles: give one number or one per level (${levels.length})`);
  const bareActivity = pick(values['bare-activity'], 'BENCH_BARE_ACTIVITY', 'regular');
  if (bareActivity !== 'local' && bareActivity !== 'regular') throw new Error(`--bare-activity: local or regular, not "${bareActivity}"`);
  return {
    quick,
    parts: parts as Part[],
    modes: modes as Mode[],
    levels,
    lifecycles,
    warmup: numbers('warmup', pick(values.warmup, 'BENCH_WARMUP', base.warmup))[0],
    idleSeconds: numbers('idle', pick(values.idle, 'BENCH_IDLE', base.idle))[0],
    profile: values.profile ?? ['1', 'true', 'on', 'yes'].includes(env.BENCH_PROFILE ?? ''),
    noStackTraceHook: values['no-stack-trace-hook'] ?? ['1', 'true', 'on', 'yes'].includes(env.BENCH_NO_STACK_TRACE_HOOK ?? ''),
    bareActivity,
    cases: numbers('cases', pick(values.cases, 'BENCH_CASES', base.cases))[0],
    samples: numbers('samples', pick(values.samples, 'BENCH_PAGE_SAMPLES', base.samples))[0],
    articles: numbers('articles', pick(values.articles, 'BENCH_ARTICLES', base.articles))[0],
    outDir: pick(values.out, 'BENCH_OUT', 'bench-results'),
  };
}
