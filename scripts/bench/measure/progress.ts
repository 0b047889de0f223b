// Progress on stderr: on a terminal one line redrawn in place (a bar, counts, rate, elapsed time);
// otherwise — CI logs, a file — plain lines at each quarter of a step and every 15 s.
const WIDTH = 28;

export class Progress {
  private readonly tty: boolean;
  private label = '';
  private total = 0;
  private done = 0;
  private started = 0;
  private lastDraw = 0;
  private lastLine = 0;
  private quarter = 0;
  private readonly born = Date.now();

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {
    this.tty = Boolean(out.isTTY) && process.env.TERM !== 'dumb';
  }

  /** A message of its own line (clears the bar first). */
  say(line: string): void {
    if (this.tty && this.total) this.out.write('\r\x1b[2K');
    this.out.write(`${this.prefix()} ${line}\n`);
    if (this.tty && this.total) this.draw(true);
  }

  start(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.done = 0;
    this.started = Date.now();
    this.quarter = 0;
    this.lastLine = this.started;
    this.draw(true);
  }

  tick(n = 1): void {
    this.done += n;
    this.draw(this.done >= this.total);
  }

  /** Ends the step with a summary line. */
  finish(summary: string): void {
    if (this.tty) this.out.write('\r\x1b[2K');
    this.total = 0;
    this.out.write(`${this.prefix()} ${this.label}: ${summary}\n`);
  }

  /** `[bench 1:23]`: time since the benchmark started */
  private prefix(): string {
    const s = Math.floor((Date.now() - this.born) / 1000);
    return `[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}]`;
  }

  private draw(force: boolean): void {
    const now = Date.now();
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const text = `${this.label} ${this.done}/${this.total} ${rate.toFixed(1)}/s ${seconds.toFixed(0)} s`;
    if (this.tty) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      const filled = this.total ? Math.round((WIDTH * this.done) / this.total) : 0;
      this.out.write(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${text}`);
      return;
    }
    const quarter = this.total ? Math.floor((4 * this.done) / this.total) : 0;
    if (quarter > this.quarter || now - this.lastLine >= 15_000) {
      this.quarter = quarter;
      this.lastLine = now;
      this.out.write(`${this.prefix()} ${text}\n`);
    }
  }
}
