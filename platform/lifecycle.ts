// Orderly shutdown for a process that runs several pieces: on Ctrl-C or SIGTERM every piece is
// stopped in reverse order of start, with a hard limit so the process always ends within 10 s.
export class Lifecycle {
  private readonly pieces: { name: string; stop: () => Promise<unknown> }[] = [];
  private stopping = false;

  constructor(
    private readonly say: (line: string) => void,
    private readonly limitMs = 10_000,
  ) {}

  /** Stops the process cleanly on SIGINT / SIGTERM. */
  handleSignals(): this {
    process.on('SIGINT', () => void this.exit(0));
    process.on('SIGTERM', () => void this.exit(0));
    return this;
  }

  add(name: string, stop: () => Promise<unknown>): void {
    this.pieces.push({ name, stop });
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  async exit(code: number): Promise<never> {
    if (this.stopping) process.exit(code);
    this.stopping = true;
    this.say('stopping…');
    const force = setTimeout(() => {
      this.say(`could not stop within ${this.limitMs / 1000} s; exiting anyway`);
      process.exit(code || 1);
    }, this.limitMs);
    force.unref();
    for (const { name, stop } of this.pieces.reverse()) {
      try {
        await stop();
        this.say(`${name} stopped`);
      } catch (err) {
        this.say(`${name} did not stop cleanly: ${(err as Error).message}`);
      }
    }
    clearTimeout(force);
    process.exit(code);
  }
}
