// The process tree of `npm start`: the servers (embedded PostgreSQL, the Temporal dev server) and
// the product's own processes (web app, worker, mail), each kept running by a Supervised. Ctrl-C
// stops the product's processes together, then the servers together, within 10 s in all.
import { Supervised, type RunningPiece } from './supervised.js';

const LIMIT_MS = 9_500;

export class Supervisor {
  private readonly servers: Supervised[] = [];
  private readonly processes: Supervised[] = [];
  private stopping = false;
  private firstSignalAt = 0;

  constructor(private readonly say: (line: string) => void) {}

  /** Ctrl-C / SIGTERM stop everything; repeats within 2 s are the same request, a later one kills at once. */
  handleSignals(): this {
    const onSignal = () => {
      if (!this.stopping) {
        this.firstSignalAt = Date.now();
        void this.stop(0);
      } else if (Date.now() - this.firstSignalAt > 2_000) {
        this.say('stopping at once');
        this.killAll();
        process.exit(1);
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return this;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Starts a server (kept running, restarted when it dies); the first start's failure is thrown. */
  async server<T extends RunningPiece>(name: string, start: () => Promise<T>, onRestart?: (p: T) => void): Promise<T> {
    return this.begin(this.servers, name, start, onRestart);
  }

  /** Starts one of the product's own processes (kept running like a server). */
  async process<T extends RunningPiece>(name: string, start: () => Promise<T>, onRestart?: (p: T) => void): Promise<T> {
    return this.begin(this.processes, name, start, onRestart);
  }

  private async begin<T extends RunningPiece>(group: Supervised[], name: string, start: () => Promise<T>, onRestart?: (p: T) => void): Promise<T> {
    const piece = new Supervised<T>(name, start, (l) => !this.stopping && this.say(l), { onRestart: (p) => onRestart?.(p as T) });
    const running = await piece.begin();
    group.push(piece as unknown as Supervised);
    if (this.stopping) await piece.stop();
    return running;
  }

  /** A failed start: its one line on stderr, then everything started so far is stopped, quietly. */
  async failed(line: string): Promise<never> {
    if (!this.stopping) process.stderr.write(`[start] ${line}\n`);
    return this.stop(1, { quiet: true });
  }

  async stop(code: number, opts: { quiet?: boolean } = {}): Promise<never> {
    if (this.stopping) return new Promise<never>(() => {});
    this.stopping = true;
    const say = opts.quiet ? () => {} : this.say;
    const started = Date.now();
    say('stopping…');
    const force = setTimeout(() => {
      this.say(`could not stop within ${LIMIT_MS / 1000} s; killing what is left`);
      this.killAll();
      process.exit(code || 1);
    }, LIMIT_MS);
    force.unref();
    for (const group of [this.processes, this.servers]) {
      await Promise.all(
        group.map(async (p) => {
          try {
            await p.stop();
            say(`${p.name} stopped`);
          } catch (err) {
            say(`${p.name} did not stop cleanly: ${(err as Error).message}`);
          }
        }),
      );
    }
    clearTimeout(force);
    say(`stopped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  }

  private killAll(): void {
    for (const p of [...this.processes, ...this.servers]) {
      const pid = (p.running as { pid?: number } | null)?.pid;
      if (pid) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }
}
