// Counts every answer a suite got: by status, the 500s and hangs with examples, the 4xx that did not
// say why, and latencies per kind of request.
import { saysWhy, type Answer } from './http.js';

export interface Example {
  what: string;
  status: number;
  detail: string;
}

const EXAMPLES = 12;
/** An answer slower than this is listed (a decision waits at most 10 s for its workflow). */
const SLOW_MS = 12_000;

export class Tally {
  readonly byStatus = new Map<number, number>();
  readonly latencies = new Map<string, number[]>();
  private readonly times = new Map<number, { start: number; ms: number }[]>();
  readonly serverErrors: Example[] = [];
  readonly hangs: Example[] = [];
  readonly unexplained: Example[] = [];
  readonly dropped: Example[] = [];
  readonly slow: Example[] = [];
  slowCount = 0;
  serverErrorCount = 0;
  hangCount = 0;
  unexplainedCount = 0;
  droppedCount = 0;
  total = 0;

  /** Records one answer to the request `what` (e.g. "POST /api/v1/cases"); `expectUp`: a 503 is a finding too. */
  add(what: string, a: Answer, o: { expectUp?: boolean; kind?: string } = {}): void {
    this.total += 1;
    this.byStatus.set(a.status, (this.byStatus.get(a.status) ?? 0) + 1);
    if (!this.times.has(a.status)) this.times.set(a.status, []);
    this.times.get(a.status)!.push({ start: Date.now() - a.ms, ms: a.ms });
    const kind = o.kind ?? what.replace(/\/\d+(?=\/|$)/g, '/{n}');
    if (!this.latencies.has(kind)) this.latencies.set(kind, []);
    this.latencies.get(kind)!.push(a.ms);
    const example = () => ({ what, status: a.status, detail: a.text.replace(/\s+/g, ' ').slice(0, 240) });
    if (a.failure === null && a.ms > SLOW_MS) {
      this.slowCount += 1;
      if (this.slow.length < EXAMPLES) this.slow.push({ ...example(), detail: `after ${(a.ms / 1000).toFixed(1)} s: ${example().detail}` });
    }
    if (a.failure === 'timeout') {
      this.hangCount += 1;
      if (this.hangs.length < EXAMPLES) this.hangs.push(example());
    } else if (a.failure === 'connection') {
      this.droppedCount += 1;
      if (this.dropped.length < EXAMPLES) this.dropped.push(example());
    } else if (a.status >= 500 && (a.status !== 503 || o.expectUp)) {
      this.serverErrorCount += 1;
      if (this.serverErrors.length < EXAMPLES) this.serverErrors.push(example());
    } else if (a.status >= 400 && a.status < 500 && !saysWhy(a)) {
      this.unexplainedCount += 1;
      if (this.unexplained.length < EXAMPLES) this.unexplained.push(example());
    }
  }

  /** Requests answered only after retries: how many, and the longest wait for an answer. */
  readonly retries = { count: 0, longestMs: 0, longest: '' };

  retried(what: string, attempts: number, ms: number, status: number): void {
    this.retries.count += 1;
    if (ms > this.retries.longestMs) Object.assign(this.retries, { longestMs: ms, longest: `${what} (${attempts} attempts, then ${status})` });
  }

  /** When each answer with this status was asked for (epoch ms) and how long it took (ms). */
  timesOf(status: number): { start: number; ms: number }[] {
    return this.times.get(status) ?? [];
  }

  count(status: number): number {
    return this.byStatus.get(status) ?? 0;
  }

  /** "200: 812, 302: 40, 422: 311" */
  statusLine(): string {
    return [...this.byStatus]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s === 0 ? 'no answer' : s}: ${n}`)
      .join(', ');
  }

  /** Markdown lines listing the examples of each kind of failure. */
  exampleLines(): string[] {
    const lines: string[] = [];
    const list = (title: string, count: number, xs: Example[]) => {
      if (!count) return;
      lines.push(`${title} (${count}; first ${xs.length}):`, '');
      for (const x of xs) lines.push(`- \`${x.what}\` → ${x.status || 'no answer'}: ${x.detail.replace(/`/g, "'")}`);
      lines.push('');
    };
    list('Server errors', this.serverErrorCount, this.serverErrors);
    list('Hangs (no answer within the deadline)', this.hangCount, this.hangs);
    list('4xx without a reason', this.unexplainedCount, this.unexplained);
    list('Connections dropped without an answer', this.droppedCount, this.dropped);
    list(`Answers after more than ${SLOW_MS / 1000} s`, this.slowCount, this.slow);
    return lines.length ? lines : ['No server error, hang, unexplained 4xx or dropped connection.'];
  }
}
