// Keeps one piece of the product running: starts it, and when it ends on its own (a crash, a kill)
// logs why and starts it again after a pause that doubles with each quick failure (0.5 s … 30 s),
// back to the shortest pause once it has run for a minute.
export interface RunningPiece {
  /** Settles when the piece ends, saying how ("exit code 1: <last line>", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface SupervisedOptions {
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A piece that ran this long is considered healthy again: its next restart starts from minDelayMs. */
  stableMs?: number;
  /** Called after every successful restart (e.g. to log the new pid). */
  onRestart?: (piece: RunningPiece) => void;
}

export class Supervised<T extends RunningPiece = RunningPiece> {
  private current: T | null = null;
  private stopping = false;
  private failures = 0;
  private wake: (() => void) | null = null;
  private restarts = 0;

  constructor(
    readonly name: string,
    private readonly start: () => Promise<T>,
    private readonly say: (line: string) => void,
    private readonly opts: SupervisedOptions = {},
  ) {}

  /** The first start; a failure here is the caller's to report (nothing is retried). */
  async begin(): Promise<T> {
    this.current = await this.start();
    this.watch(this.current);
    return this.current;
  }

  get running(): T | null {
    return this.current;
  }

  get restartCount(): number {
    return this.restarts;
  }

  /** Stops the piece for good (no restart), also while it waits to be restarted. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.current?.stop();
  }

  private watch(piece: T): void {
    const since = Date.now();
    void piece.exited.then((how) => {
      if (this.stopping || this.current !== piece) return;
      this.current = null;
      if (Date.now() - since >= (this.opts.stableMs ?? 60_000)) this.failures = 0;
      void this.restart(`${this.name} ended (${how})`);
    });
  }

  private async restart(why: string): Promise<void> {
    for (;;) {
      const delay = Math.min(this.opts.maxDelayMs ?? 30_000, (this.opts.minDelayMs ?? 500) * 2 ** this.failures);
      this.failures++;
      this.say(`${why}; restarting it in ${(delay / 1000).toFixed(1)} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
      if (this.stopping) return;
      try {
        const piece = await this.start();
        if (this.stopping) {
          await piece.stop();
          return;
        }
        this.current = piece;
        this.restarts++;
        this.watch(piece);
        this.opts.onRestart?.(piece);
        return;
      } catch (err) {
        why = `${this.name} could not be restarted (${oneLine(err)})`;
      }
    }
  }
}

export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n').find((l) => l.trim()) ?? text;
  return first.trim().slice(0, 300);
}
