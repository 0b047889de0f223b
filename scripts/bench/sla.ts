// Benchmark of the working-time calendar and the `sla` command. Prints timings; no assertions.
//
//   npm run -s bench:sla
//
// In process: building a year's intervals (cold), addWorkingTime for short spans and a year of
// working time ahead, workingTimeBetween over a year, addWorkingDays. End to end: `sla due -` with
// 2 000 lines, spawning the command as a process (including process start), directly with tsx and
// through `npm run -s sla`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCalendar, formatInstant, type Calendar } from '../../domain/calendar/index.js';
import { loadCalendarConfig } from '../../config/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const config = loadCalendarConfig();
const FIRST = Date.UTC(2024, 0, 1);
const SPAN = 3 * 365 * 86_400_000;
const YEAR_OF_WORK = 111_420; // open minutes in all of 2024

/** Deterministic pseudo-random instants (LCG), so runs are comparable. */
function instants(count: number, seed = 7): Float64Array {
  const out = new Float64Array(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    out[i] = FIRST + Math.floor((state / 2 ** 32) * SPAN);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const rows: [string, string][] = [];
function report(name: string, value: string): void {
  rows.push([name, value]);
  console.log(`${name.padEnd(58)} ${value}`);
}

/** Time per call in µs, over `starts`, after a warm-up pass; median of 5 rounds. */
function perCall(name: string, starts: Float64Array, call: (at: number) => number): void {
  let sink = 0;
  for (const at of starts) sink += call(at);
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (const at of starts) sink += call(at);
    rounds.push(((performance.now() - t0) * 1000) / starts.length);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  report(name, `${median(rounds).toFixed(2)} µs/call`);
}

function coldYears(): void {
  const times: number[] = [];
  const calendar = createCalendar(config);
  calendar.closedDays(2000); // JIT warm-up of the builder
  for (let year = 2030; year < 2050; year++) {
    const t0 = performance.now();
    calendar.isOpen(Date.UTC(year, 5, 1, 10));
    times.push(performance.now() - t0);
  }
  report('build one year of intervals (cold, median of 20)', `${median(times).toFixed(2)} ms`);
}

function inProcess(): Calendar {
  coldYears();
  const calendar = createCalendar(config);
  const starts = instants(100_000);
  perCall('addWorkingTime 480 min (warm)', starts, (at) => calendar.addWorkingTime(at, 480));
  perCall('addWorkingTime 37.5 min fractional (warm)', starts, (at) => calendar.addWorkingTime(at, 37.5));
  perCall(`addWorkingTime ${YEAR_OF_WORK} min ≈ 1 working year (warm)`, starts, (at) => calendar.addWorkingTime(at, YEAR_OF_WORK));
  perCall('workingTimeBetween a, a + 8 h (warm)', starts, (at) => calendar.workingTimeBetween(at, at + 8 * 3_600_000));
  perCall('workingTimeBetween a, a + 365 days (warm)', starts, (at) => calendar.workingTimeBetween(at, at + 365 * 86_400_000));
  perCall('addWorkingDays 10 (warm)', starts, (at) => calendar.addWorkingDays(at, 10));
  perCall('isOpen (warm)', starts, (at) => (calendar.isOpen(at) ? 1 : 0));

  const fresh = createCalendar(config);
  const t0 = performance.now();
  fresh.addWorkingTime(Date.UTC(2024, 5, 1), 100 * YEAR_OF_WORK);
  report('addWorkingTime 100 working years (cold, builds 100 years)', `${(performance.now() - t0).toFixed(1)} ms`);
  return calendar;
}

function stdinLines(count: number): string {
  const starts = instants(count, 42);
  const lines: string[] = [];
  starts.forEach((at, i) => {
    const text = i % 2 ? formatInstant(at, config.timeZone) : new Date(at).toISOString();
    lines.push(`${text} ${(i * 37) % 5_000}`);
  });
  return lines.join('\n') + '\n';
}

function endToEnd(name: string, command: string, args: string[], input: string, runs: number): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(command, args, { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    times.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`${name} failed (${run.status}): ${run.stderr}`);
  }
  report(name, `${median(times).toFixed(0)} ms (median of ${runs}; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
}

console.log(`node ${process.version}, ${config.timeZone}\n`);
inProcess();
const input = stdinLines(2_000);
const tsx = join(ROOT, 'node_modules/.bin/tsx');
endToEnd('process start only: sla closed 2024 (tsx)', tsx, ['scripts/sla.ts', 'closed', '2024'], '', 5);
endToEnd('sla due - with 2 000 lines (tsx scripts/sla.ts)', tsx, ['scripts/sla.ts', 'due', '-'], input, 5);
endToEnd('sla due - with 2 000 lines (npm run -s sla -- due -)', 'npm', ['run', '-s', 'sla', '--', 'due', '-'], input, 3);
