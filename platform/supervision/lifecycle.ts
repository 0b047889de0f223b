// Orderly shutdown for a process that runs several pieces: on Ctrl-C or SIGTERM every piece is
// stopped in reverse order of start, with a hard limit so the process always ends in time.
export class Lifecycle {
  private readonly pieces: { name: string; stop: () => Promise<unknown> }[] = [];
  private stopping = false;
  private firstSignalAt = 0;

  constructor(
    private readonly say: (line: string) => void,
    private readonly limitMs = 10_000,
  ) {}

  /**
   * Stops the process cleanly on SIGINT / SIGTERM. A terminal's Ctrl-C reaches every process of
   * the group (npm, tsx, node) and some pass it on again: repeats within 2 s are the same request;
   * a later one (a second Ctrl-C) ends the process at once.
   */
  handleSignals(): this {
    const onSignal = () => {
      if (!this.stopping) {
        this.firstSignalAt = Date.now();
        void this.exit(0);
      } else if (Date.now() - this.firstSignalAt > 2_000) {
        this.say('stopping at once');
        process.exit(1);
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return this;
  }

  add(name: string, stop: () => Promise<unknown>): void {
    this.pieces.push({ name, stop });
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  async exit(code: number, opts: { quiet?: boolean } = {}): Promise<never> {
    if (this.stopping) return new Promise<never>(() => {}); // the first exit finishes the job
    this.stopping = true;
    const say = opts.quiet ? () => {} : this.say;
    say('stopping…');
    const force = setTimeout(() => {
      this.say(`could not stop within ${this.limitMs / 1000} s; exiting anyway`);
      process.exit(code || 1);
    }, this.limitMs);
    force.unref();
    for (const { name, stop } of this.pieces.reverse()) {
      try {
        await stop();
        say(`${name} stopped`);
      } catch (err) {
        say(`${name} did not stop cleanly: ${(err as Error).message}`);
      }
    }
    clearTimeout(force);
    process.exit(code);
  }
}
