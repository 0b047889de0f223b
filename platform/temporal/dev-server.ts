import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { getFreePort, isPortOpen } from '../free-port.js';
import { searchAttributeCliArgs } from './search-attributes.js';

export type Log = (line: string) => void;

export interface DevServerOptions {
  /** Temporal CLI binary (see ensureTemporalCli). */
  binary: string;
  /** gRPC port; 0 or undefined picks a free one. */
  port?: number;
  /** Web UI port; 0 or undefined picks a free one. */
  uiPort?: number;
  /** SQLite file for persistence; undefined keeps everything in memory. */
  dbFile?: string;
  /** Extra namespace to create besides `default` (which always exists). */
  namespace?: string;
  /** Server settings (`--dynamic-config-value`), e.g. a lower `history.maxTotalUpdates` for a test. */
  dynamicConfig?: Record<string, string | number | boolean>;
  /** The Web UI decodes payloads through this codec server (the web app's /codec). */
  uiCodecEndpoint?: string;
  log: Log;
}

export interface DevServer {
  /** host:port for Connection.connect / TEMPORAL_ADDRESS. */
  address: string;
  uiUrl: string;
  port: number;
  uiPort: number;
  pid: number;
  /** Settles when the server process ends, saying how ("exit code 1: <last line>", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 2_500;

/** The `temporal server start-dev` arguments (exported for logging/tests). */
export function devServerArgs(o: {
  port: number;
  uiPort: number;
  dbFile?: string;
  namespace?: string;
  dynamicConfig?: Record<string, string | number | boolean>;
  uiCodecEndpoint?: string;
}): string[] {
  return [
    'server',
    'start-dev',
    '--ip',
    HOST,
    '--port',
    String(o.port),
    '--ui-port',
    String(o.uiPort),
    '--namespace',
    'default',
    ...(o.namespace && o.namespace !== 'default' ? ['--namespace', o.namespace] : []),
    '--log-level',
    'warn',
    ...(o.uiCodecEndpoint ? ['--ui-codec-endpoint', o.uiCodecEndpoint] : []),
    ...(o.dbFile ? ['--db-filename', o.dbFile, '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal'] : []),
    '--dynamic-config-value',
    'matching.numTaskqueueReadPartitions=1',
    '--dynamic-config-value',
    'matching.numTaskqueueWritePartitions=1',
    ...Object.entries(o.dynamicConfig ?? {}).flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${JSON.stringify(value)}`]),
    ...searchAttributeCliArgs(),
  ];
}

/** Starts `temporal server start-dev` and resolves once gRPC, the namespace and the Web UI answer. */
export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const autoPorts = !opts.port && !opts.uiPort;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts);
    } catch (err) {
      // A picked free port can be taken by someone else before the server binds it: try new ones.
      if (!autoPorts || attempt >= 3 || !/address already in use/i.test(String(err))) throw err;
      opts.log(`temporal dev server: port taken, retrying with other ports`);
    }
  }
}

async function startOnce(opts: DevServerOptions): Promise<DevServer> {
  const { log } = opts;
  const port = opts.port || (await getFreePort());
  let uiPort = opts.uiPort || (await getFreePort());
  while (uiPort === port) uiPort = await getFreePort();
  const namespace = opts.namespace ?? 'default';
  if (opts.dbFile) fs.mkdirSync(path.dirname(path.resolve(opts.dbFile)), { recursive: true });

  const args = devServerArgs({
    port,
    uiPort,
    dbFile: opts.dbFile && path.resolve(opts.dbFile),
    namespace,
    dynamicConfig: opts.dynamicConfig,
    uiCodecEndpoint: opts.uiCodecEndpoint,
  });
  const started = Date.now();
  log(`temporal dev server: starting on ${HOST}:${port} (UI ${uiPort}, ${opts.dbFile ? `db ${opts.dbFile}` : 'in memory'})`);
  const child = spawnTiedToParent(opts.binary, args);
  const output = captureOutput(child, log);
  const killOnExit = () => child.kill('SIGTERM');
  process.on('exit', killOnExit);
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => resolve(`could not be run: ${err.message}`));
    child.once('exit', (code, signal) => {
      const last = output.tail().split('\n').at(-1)?.slice(0, 200);
      resolve(signal ? `signal ${signal}` : `exit code ${code}${code && last ? `: ${last}` : ''}`);
    });
  });
  child.once('exit', () => process.off('exit', killOnExit));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    output.quiet();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    log(`temporal dev server: stopped`);
  };

  try {
    await waitUntilReady({ child, port, uiPort, namespace, output });
  } catch (err) {
    await stop();
    throw err;
  }
  const address = `${HOST}:${port}`;
  log(`temporal dev server: ready at ${address}, UI http://${HOST}:${uiPort} (${Date.now() - started} ms)`);
  return { address, uiUrl: `http://${HOST}:${uiPort}`, port, uiPort, pid: child.pid!, exited, stop };
}

/**
 * On Linux, `setpriv --pdeathsig TERM` makes the kernel stop the server even when this process is
 * SIGKILLed (the 'exit' handler covers normal exits everywhere).
 */
function spawnTiedToParent(binary: string, args: string[]): ChildProcess {
  const setpriv = '/usr/bin/setpriv';
  const useSetpriv = process.platform === 'linux' && fs.existsSync(setpriv);
  const [cmd, cmdArgs] = useSetpriv ? [setpriv, ['--pdeathsig', 'TERM', '--', binary, ...args]] : [binary, args];
  // Its own process group: a Ctrl-C reaches the supervisor, which stops the server after the processes using it.
  return spawn(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

/** Keeps recent output for error messages; logs stderr lines (warnings) until a stop is requested. */
function captureOutput(child: ChildProcess, log: Log): { tail(): string; quiet(): void } {
  let recent = '';
  let quiet = false;
  const keep = (chunk: Buffer) => (recent = (recent + chunk.toString()).slice(-8000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', (chunk: Buffer) => {
    keep(chunk);
    if (quiet) return; // shutdown produces a burst of expected connection warnings
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(`[temporal] ${line}`);
  });
  return { tail: () => recent.trim().split('\n').slice(-20).join('\n'), quiet: () => (quiet = true) };
}

async function waitUntilReady(o: { child: ChildProcess; port: number; uiPort: number; namespace: string; output: { tail(): string } }): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const check = (what: string) => {
    if (o.child.exitCode !== null || o.child.signalCode !== null) {
      throw new Error(`temporal dev server exited (${o.child.exitCode ?? o.child.signalCode}) before ${what}:\n${o.output.tail()}`);
    }
    if (Date.now() > deadline) throw new Error(`temporal dev server: no ${what} within ${READY_TIMEOUT_MS / 1000} s:\n${o.output.tail()}`);
  };
  const pause = () => new Promise((r) => setTimeout(r, 100));

  while (!(await isPortOpen(o.port, HOST))) {
    check('gRPC port');
    await pause();
  }
  let lastError: unknown;
  for (;;) {
    check(`namespace "${o.namespace}" (${String(lastError ?? '')})`);
    // lazy + ensureConnected, so a failed attempt can still be closed (connect() would leak it).
    const connection = Connection.lazy({ address: `${HOST}:${o.port}`, connectTimeout: 2_000 });
    try {
      await connection.ensureConnected();
      await connection.workflowService.describeNamespace({ namespace: o.namespace });
      break;
    } catch (err) {
      lastError = err;
      await pause();
    } finally {
      await connection.close().catch(() => undefined);
    }
  }
  while (!(await isPortOpen(o.uiPort, HOST))) {
    check('Web UI port');
    await pause();
  }
}
