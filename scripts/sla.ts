// The `sla` command: working-time due instants and closed days from the desk's calendar.
//
//   sla due <instant> <minutes>   due instant after <minutes> of open time from <instant>
//   sla due -                     the same for '<instant> <minutes>' lines on stdin
//   sla closed <year>             the working weekdays of <year> on which the desk is closed
//
// Exit codes: 0 done, 2 bad arguments or input, 1 unusable calendar configuration.
import { createCalendar, formatInstant, parseInstant, type Calendar } from '../domain/calendar/index.js';
import { loadCalendarConfig } from '../config/calendar.js';

const USAGE = [
  'usage: sla due <instant> <minutes>   due instant after <minutes> of working time (ISO 8601; without offset: desk local time)',
  "       sla due -                     read '<instant> <minutes>' lines from stdin, print one due instant per line",
  '       sla closed <year>             working weekdays of <year> (1900–2200) on which the desk is closed',
].join('\n');

/** A problem with what the user gave us: reported on one line, exit code 2. */
class UsageError extends Error {}

const MINUTES = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseMinutes(text: string): number {
  const minutes = MINUTES.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(minutes)) throw new UsageError(`minutes must be a non-negative number, got '${text}'`);
  return minutes;
}

function parseArgInstant(text: string, timeZone: string): number {
  const at = parseInstant(text, timeZone);
  if (at === null) throw new UsageError(`not an ISO-8601 instant (e.g. 2024-03-22T14:00:00+01:00): '${text}'`);
  return at;
}

function due(calendar: Calendar, instant: string, minutes: string): string {
  const at = parseArgInstant(instant, calendar.config.timeZone);
  const count = parseMinutes(minutes);
  try {
    return formatInstant(calendar.addWorkingTime(at, count), calendar.config.timeZone);
  } catch (err) {
    if (err instanceof RangeError) throw new UsageError(err.message);
    throw err;
  }
}

function dueLines(calendar: Calendar, input: string): string {
  const out: string[] = [];
  input.split('\n').forEach((line, index) => {
    const text = line.trim();
    if (text === '') return;
    const fields = text.split(/\s+/);
    try {
      if (fields.length !== 2) throw new UsageError(`expected '<instant> <minutes>', got ${fields.length} field(s)`);
      out.push(due(calendar, fields[0], fields[1]));
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(`line ${index + 1}: ${err.message}`);
      throw err;
    }
  });
  return out.length ? out.join('\n') + '\n' : '';
}

function closed(calendar: Calendar, yearText: string): string {
  const year = /^-?\d+$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= 1900 && year <= 2200)) throw new UsageError(`year must be an integer 1900–2200, got '${yearText}'`);
  return calendar
    .closedDays(year)
    .map((day) => `${day.date}\t${day.name.da}\n`)
    .join('');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function loadCalendar(): Calendar {
  return createCalendar(loadCalendarConfig());
}

async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (command === 'due') {
    if (rest.length === 1 && rest[0] === '-') {
      const calendar = loadCalendar();
      return dueLines(calendar, await readStdin());
    }
    if (rest.length !== 2) throw new UsageError(`due takes <instant> <minutes> or -, got ${rest.length} argument(s)`);
    return due(loadCalendar(), rest[0], rest[1]) + '\n';
  }
  if (command === 'closed') {
    if (rest.length !== 1) throw new UsageError(`closed takes <year>, got ${rest.length} argument(s)`);
    return closed(loadCalendar(), rest[0]);
  }
  throw new UsageError(`unknown command '${command}'`);
}

async function main(args: string[]): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h' || args[0] === 'help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.length === 0) {
    process.stderr.write("sla: missing command (due or closed); 'sla --help' shows the usage\n");
    return 2;
  }
  try {
    process.stdout.write(await run(args));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`sla: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`sla: ${(err as Error).message.replace(/\n/g, ' ')}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
