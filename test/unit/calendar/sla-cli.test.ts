// The `sla` command, run as a real process (tsx scripts/sla.ts), with an odd host time zone.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCalendar, formatInstant, parseInstant } from '../../../domain/calendar/index.js';
import { loadCalendarConfig } from '../../../config/calendar.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function sla(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(TSX, ['scripts/sla.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Pacific/Kiritimati', CALENDAR_FILE: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(options.input ?? '');
  });
}

/** A deterministic pseudo-random sequence (LCG), so the 2 000 lines are the same every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

function manyLines(count: number): string[] {
  const random = lcg(42);
  const first = Date.UTC(2023, 0, 1);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(first + Math.floor(random() * 3 * 365 * 86_400_000)).toISOString();
    const offsetStyle = i % 3 === 0 ? at : formatInstant(Date.parse(at), 'Europe/Copenhagen');
    lines.push(`${offsetStyle} ${Math.floor(random() * 5_000)}`);
  }
  return lines;
}

describe('sla due', () => {
  it(
    'prints the due instant in Copenhagen time',
    async () => {
      const [friday, utc, closing, zero, local, basic] = await Promise.all([
        sla(['due', '2024-03-22T14:00:00+01:00', '480']),
        sla(['due', '2024-03-22T13:00Z', '480']),
        sla(['due', '2024-03-22T14:00:00+01:00', '90']),
        sla(['due', '2024-03-23T12:00:00+01:00', '0']),
        sla(['due', '2024-03-22T14:00', '480']),
        sla(['due', '2024-03-22T14:00+0100', '480']),
      ]);
      // Without an offset the time is the desk's own (Copenhagen), whatever the host's zone.
      expect(local).toMatchObject({ code: 0, stdout: '2024-03-25T15:00:00+01:00\n', stderr: '' });
      expect(basic).toMatchObject({ code: 0, stdout: '2024-03-25T15:00:00+01:00\n', stderr: '' });
      expect(friday).toMatchObject({ code: 0, stdout: '2024-03-25T15:00:00+01:00\n', stderr: '' });
      expect(utc).toMatchObject({ code: 0, stdout: '2024-03-25T15:00:00+01:00\n' });
      expect(closing).toMatchObject({ code: 0, stdout: '2024-03-22T15:30:00+01:00\n' });
      expect(zero).toMatchObject({ code: 0, stdout: '2024-03-23T12:00:00+01:00\n' });
    },
    TIMEOUT,
  );

  it(
    'reads 2 000 lines from stdin in well under 5 s, matching the library',
    async () => {
      const lines = manyLines(2_000);
      const run = await sla(['due', '-'], { input: lines.join('\n') + '\n' });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const calendar = createCalendar(loadCalendarConfig());
      const expected = lines.map((line) => {
        const [at, minutes] = line.split(' ');
        return formatInstant(calendar.addWorkingTime(parseInstant(at)!, Number(minutes)), 'Europe/Copenhagen');
      });
      expect(run.stdout).toBe(expected.join('\n') + '\n');
      expect(run.ms).toBeLessThan(5_000);
    },
    TIMEOUT,
  );

  it(
    'skips blank lines, accepts CRLF and a missing final newline',
    async () => {
      const run = await sla(['due', '-'], {
        input: '\n2024-03-22T14:00:00+01:00 480\r\n   \n2024-03-22T14:00:00+01:00\t90',
      });
      expect(run).toMatchObject({ code: 0, stdout: '2024-03-25T15:00:00+01:00\n2024-03-22T15:30:00+01:00\n', stderr: '' });
      const empty = await sla(['due', '-'], { input: '' });
      expect(empty).toMatchObject({ code: 0, stdout: '', stderr: '' });
    },
    TIMEOUT,
  );

  it(
    'stops at a bad line: its number on stderr, exit 2, nothing on stdout',
    async () => {
      const good = '2024-03-22T14:00:00+01:00 480';
      const runs = await Promise.all(
        [
          [good, '', 'yesterday 480'],
          [good, '', '2024-02-30T14:00:00 480'],
          [good, '', '2024-03-22T14:00:00+01:00 -5'],
          [good, '', '2024-03-22T14:00:00+01:00'],
          [good, '', '2024-03-22T14:00:00+01:00 5 extra'],
        ].map((lines) => sla(['due', '-'], { input: [...lines, good].join('\n') + '\n' })),
      );
      for (const run of runs) {
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^sla: line 3: .+\n$/);
      }
    },
    TIMEOUT,
  );

  it(
    'uses CALENDAR_FILE, and the host zone does not matter',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sla-'));
      const file = join(dir, 'calendar.json');
      writeFileSync(file, JSON.stringify({ ...loadCalendarConfig(), extraClosedDays: [{ date: '2024-03-25', name: 'Flytning' }] }));
      const [moved, otherZone] = await Promise.all([
        sla(['due', '2024-03-22T14:00:00+01:00', '480'], { env: { CALENDAR_FILE: file } }),
        sla(['due', '2024-03-22T14:00:00+01:00', '480'], { env: { TZ: 'America/St_Johns' } }),
      ]);
      expect(moved).toMatchObject({ code: 0, stdout: '2024-03-26T15:00:00+01:00\n' });
      expect(otherZone).toMatchObject({ code: 0, stdout: '2024-03-25T15:00:00+01:00\n' });
    },
    TIMEOUT,
  );
});

describe('sla closed', () => {
  it(
    'lists the closed working weekdays of 2023 and 2024',
    async () => {
      const [y2023, y2024] = await Promise.all([sla(['closed', '2023']), sla(['closed', '2024'])]);
      expect(y2023).toMatchObject({ code: 0, stderr: '' });
      expect(y2023.stdout).toBe(
        [
          '2023-04-06\tSkærtorsdag',
          '2023-04-07\tLangfredag',
          '2023-04-10\t2. påskedag',
          '2023-05-05\tStore bededag',
          '2023-05-18\tKristi himmelfartsdag',
          '2023-05-29\t2. pinsedag',
          '2023-06-05\tGrundlovsdag',
          '2023-12-25\tJuledag',
          '2023-12-26\t2. juledag',
          '',
        ].join('\n'),
      );
      expect(y2024).toMatchObject({ code: 0, stderr: '' });
      expect(y2024.stdout).toBe(
        [
          '2024-01-01\tNytårsdag',
          '2024-03-28\tSkærtorsdag',
          '2024-03-29\tLangfredag',
          '2024-04-01\t2. påskedag',
          '2024-05-09\tKristi himmelfartsdag',
          '2024-05-20\t2. pinsedag',
          '2024-06-05\tGrundlovsdag',
          '2024-12-24\tJuleaftensdag',
          '2024-12-25\tJuledag',
          '2024-12-26\t2. juledag',
          '2024-12-31\tNytårsaftensdag',
          '',
        ].join('\n'),
      );
    },
    TIMEOUT,
  );
});

describe('sla arguments', () => {
  it(
    'prints usage on --help, and one line on stderr with exit 2 without arguments',
    async () => {
      const [help, none] = await Promise.all([sla(['--help']), sla([])]);
      expect(help).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toMatch(/^usage: sla due/);
      expect(none).toMatchObject({ code: 2, stdout: '' });
      expect(none.stderr).toMatch(/^sla: missing command[^\n]*\n$/);
    },
    TIMEOUT,
  );

  it(
    'rejects bad arguments with one line on stderr and exit 2',
    async () => {
      const cases = [
        ['frobnicate'],
        ['due'],
        ['due', '2024-03-22T14:00:00+01:00'],
        ['due', '2024-03-22T14:00:00+01:00', '480', 'extra'],
        ['due', '-', 'extra'],
        ['due', '2024-03-22 14:00:00+01:00', '480'],
        ['due', '2024-02-30T14:00:00+01:00', '480'],
        ['due', 'now', '480'],
        ['due', '2024-03-22T14:00:00+01:00', '-5'],
        ['due', '2024-03-22T14:00:00+01:00', 'abc'],
        ['due', '2024-03-22T14:00:00+01:00', ''],
        ['due', '2024-03-22T14:00:00+01:00', 'Infinity'],
        ['due', '2024-03-22T14:00:00+01:00', '1e400'],
        ['due', '2024-03-22T14:00:00+01:00', '1e300'],
        ['closed'],
        ['closed', '1899'],
        ['closed', '2201'],
        ['closed', '2024.5'],
        ['closed', '20x4'],
        ['closed', '2024', '2025'],
      ];
      const runs = await Promise.all(cases.map((args) => sla(args)));
      runs.forEach((run, i) => {
        expect({ args: cases[i], code: run.code, stdout: run.stdout }).toEqual({ args: cases[i], code: 2, stdout: '' });
        expect(run.stderr).toMatch(/^sla: [^\n]+\n$/);
      });
    },
    TIMEOUT,
  );
});
