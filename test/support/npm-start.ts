// `npm start` as a person runs it in a terminal: its own process group (so Ctrl-C reaches npm, tsx
// and the supervisor alike), its output collected, and the pids it reports for each process.
import { spawn, type ChildProcess } from 'node:child_process';

/** The product's own settings, removed from the inherited environment so the defaults apply. */
const PRODUCT_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'PUBLIC_URL',
  'DATA_DIR',
  'LOG_LEVEL',
  'DATABASE_URL',
  'DATABASE_POOL_MAX',
  'EMBEDDED_POSTGRES_PORT',
  'EMBEDDED_POSTGRES_DIR',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_API_KEY',
  'TEMPORAL_TLS',
  'TEMPORAL_PORT',
  'TEMPORAL_UI_PORT',
  'TEMPORAL_TASK_QUEUE',
  'WORKFLOW_BUNDLE',
  'SESSION_SECRET',
  'DEMO_DATA',
  'SMTP_URL',
  'MAIL_DISPATCH',
  'COOKIE_SECURE',
];

export interface NpmStart {
  child: ChildProcess;
  output(): string;
  stderr(): string;
  /** Waits until the output (from `from` on) matches; returns the match. */
  waitFor(pattern: RegExp, ms: number, from?: number): Promise<RegExpMatchArray>;
  /** The pid the supervisor last reported for a process ("web app", "worker", "Temporal dev server"). */
  pidOf(name: string): number;
  /** Ctrl-C as a terminal sends it (SIGINT to the whole group); resolves when npm has exited. */
  ctrlC(): Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null }>;
}

export function npmStart(cwd: string, settings: Record<string, string>): NpmStart {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of PRODUCT_VARIABLES) delete env[key];
  let out = '';
  let err = '';
  const child = spawn('npm', ['start'], { cwd, env: { ...env, ...settings }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => {
    out += d;
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => out,
    stderr: () => err,
    async waitFor(pattern, ms, from = 0) {
      const deadline = Date.now() + ms;
      for (;;) {
        const match = out.slice(from).match(pattern);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) before ${pattern}:\n${out.slice(-4000)}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms / 1000} s:\n${out.slice(-4000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    pidOf(name) {
      const re = new RegExp(`${name}(?: is running again| running)? \\(pid (\\d+)`, 'g');
      const all = [...out.matchAll(re)];
      if (!all.length) throw new Error(`npm start reported no pid for ${name}`);
      return Number(all.at(-1)![1]);
    },
    async ctrlC() {
      const started = Date.now();
      process.kill(-child.pid!, 'SIGINT');
      const { code, signal } = await exited;
      return { ms: Date.now() - started, code, signal };
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
