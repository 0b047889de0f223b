// Runs the product (`scripts/start.ts`) as a child process against given servers and waits until it
// is healthy. Used by the test suite's setup and by the benchmarks, so both measure the real thing.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ProductProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Ctrl-C, then SIGKILL after 12 s. */
  stop(): Promise<void>;
}

export async function startProductProcess(opts: { env: Record<string, string>; port: number; logFile: string; timeoutMs?: number }): Promise<ProductProcess> {
  const log = fs.openSync(opts.logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    // The inbound SMTP listener stays off unless asked for: several products on one machine must not race for port 2525.
    env: { ...process.env, MAIL_SMTP_PORT: '0', ...opts.env, PORT: String(opts.port) },
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const stop = () => stopProcess(child);
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode} during start:\n${tailOf(opts.logFile)}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status === 200) return { baseUrl, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`the product did not become healthy in time:\n${tailOf(opts.logFile)}`);
}

function tailOf(file: string): string {
  return fs.readFileSync(file, 'utf8').slice(-3000);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 12_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGINT');
  });
}
