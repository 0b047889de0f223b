import fs from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { installOnce, isExecutable, run, tail, withHeartbeat, type Log } from '../install-once.js';
import { getFreePort, isPortOpen } from '../free-port.js';

export type { Log } from '../install-once.js';

/** The one place the Temporal server versions are pinned. */
export const TEMPORAL_VERSIONS = {
  /** Temporal CLI (dev server + Web UI): `temporal version 1.5.1 (Server 1.29.1, UI 2.42.1)`. Needs Go >= 1.25 to build. */
  cli: '1.5.1',
  /** io.temporal:temporal-test-server (time-skipping test server) from Maven Central. */
  testServer: '1.38.0',
} as const;

const MIN_GO_MINOR = 25; // go 1.25
const MIN_SERVER_MINOR_ON_PATH = 25; // a `temporal` on PATH must embed Server >= 1.25
const EXE = process.platform === 'win32' ? '.exe' : '';
const CLI_LABEL = `Temporal CLI ${TEMPORAL_VERSIONS.cli}`;
const TS_LABEL = `Temporal test server ${TEMPORAL_VERSIONS.testServer}`;

/** `$SERVICE_DESK_CACHE_DIR`, else `${XDG_CACHE_HOME:-~/.cache}/service-desk`. */
export function cacheRoot(): string {
  if (process.env.SERVICE_DESK_CACHE_DIR) return path.resolve(process.env.SERVICE_DESK_CACHE_DIR);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'service-desk');
}

export const cliInstallDir = () => path.join(cacheRoot(), `temporal-cli-${TEMPORAL_VERSIONS.cli}`);
export const testServerInstallDir = () => path.join(cacheRoot(), `temporal-test-server-${TEMPORAL_VERSIONS.testServer}`);

/** Path of a Temporal CLI binary (dev server + UI), provisioning it on first use. */
export async function ensureTemporalCli(log: Log): Promise<string> {
  const fromEnv = await explicitPath('TEMPORAL_CLI_PATH', CLI_LABEL, log);
  if (fromEnv) return fromEnv;

  const dir = cliInstallDir();
  const binary = path.join(dir, `temporal${EXE}`);
  if (await isExecutable(binary)) {
    log(`${CLI_LABEL}: using cached ${binary}`);
    return binary;
  }
  const onPath = await temporalOnPath(log);
  if (onPath) return onPath;

  const attempts: string[] = [];
  const built = await installOnce({
    targetDir: dir,
    label: CLI_LABEL,
    log,
    isComplete: () => isExecutable(binary),
    build: async (tmp) => {
      const out = path.join(tmp, `temporal${EXE}`);
      if ((await downloadCli(tmp, log, attempts)) || (await buildCliWithGo(tmp, log, attempts))) {
        const v = await run(out, ['--version'], { timeoutMs: 30_000 });
        if (v.code !== 0) throw new Error(`${CLI_LABEL}: the installed binary does not run:\n${tail(v.stderr)}`);
        log(`${CLI_LABEL}: ${v.stdout.trim()}`);
        return;
      }
      throw new Error(
        `Cannot provision ${CLI_LABEL} (${attempts.join('; ')}).\n` +
          `Do one of:\n` +
          `  - install Go >= 1.${MIN_GO_MINOR} (https://go.dev/dl/) and run \`npm run provision\` again (builds it once, ~3-4 min);\n` +
          `  - put a Temporal CLI with Server >= 1.${MIN_SERVER_MINOR_ON_PATH} on PATH as \`temporal\`;\n` +
          `  - set TEMPORAL_CLI_PATH=/path/to/temporal;\n` +
          `  - or set TEMPORAL_ADDRESS to use an existing Temporal server instead of a local one.`,
      );
    },
  });
  if (built) log(`${CLI_LABEL}: installed at ${binary}`);
  return binary;
}

/** Path of an executable that runs the Java time-skipping test server as `<path> <port>`. */
export async function ensureTestServer(log: Log): Promise<string> {
  const fromEnv = await explicitPath('TEMPORAL_TEST_SERVER_PATH', TS_LABEL, log);
  if (fromEnv) return fromEnv;

  const dir = testServerInstallDir();
  const wrapper = path.join(dir, 'test-server');
  const complete = async () => (await isExecutable(wrapper)) && (await hasJars(path.join(dir, 'lib')));
  if (await complete()) {
    log(`${TS_LABEL}: using cached ${wrapper}`);
    return wrapper;
  }
  // The SDK's own download (Temporal's site) is not reachable from every network and Maven Central
  // serves the same server, so there is no download step here.
  const attempts: string[] = [];
  const built = await installOnce({
    targetDir: dir,
    label: TS_LABEL,
    log,
    isComplete: complete,
    build: async (tmp) => {
      if (await buildTestServerWithMaven(tmp, log, attempts)) return;
      throw new Error(
        `Cannot provision ${TS_LABEL} (${attempts.join('; ')}).\n` +
          `Do one of:\n` +
          `  - install JDK 17 and Maven (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven) and run \`npm run provision\` again;\n` +
          `  - or set TEMPORAL_TEST_SERVER_PATH to an executable that runs the test server as \`<path> <port>\`.`,
      );
    },
  });
  if (built) log(`${TS_LABEL}: installed at ${wrapper}`);
  return wrapper;
}

async function explicitPath(variable: string, label: string, log: Log): Promise<string | undefined> {
  const value = process.env[variable];
  if (!value) return undefined;
  const file = path.resolve(value);
  if (!(await isExecutable(file))) throw new Error(`${variable}=${value} is not an executable file (${label})`);
  log(`${label}: using ${variable}=${file}`);
  return file;
}

async function hasJars(lib: string): Promise<boolean> {
  try {
    return (await fs.readdir(lib)).some((f) => f.startsWith('temporal-test-server') && f.endsWith('.jar'));
  } catch {
    return false;
  }
}

async function findOnPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && (await isExecutable(path.join(dir, name)))) return path.join(dir, name);
  }
  return undefined;
}

async function temporalOnPath(log: Log): Promise<string | undefined> {
  const found = await findOnPath(`temporal${EXE}`);
  if (!found) return undefined;
  const v = await run(found, ['--version'], { timeoutMs: 10_000 }).catch(() => undefined);
  const text = v?.stdout.trim() ?? '';
  const m = /Server (\d+)\.(\d+)/.exec(text);
  if (v?.code === 0 && m && (Number(m[1]) > 1 || Number(m[2]) >= MIN_SERVER_MINOR_ON_PATH)) {
    log(`${CLI_LABEL}: using ${found} from PATH (${text})`);
    return found;
  }
  log(`${CLI_LABEL}: ignoring ${found} on PATH (${text || 'no version'}; need Server >= 1.${MIN_SERVER_MINOR_ON_PATH})`);
  return undefined;
}

function downloadUrl(): string | undefined {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform as string];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch as string];
  if (!platform || !arch || platform === 'windows') return undefined; // windows ships a zip; not handled
  return `https://temporal.download/cli/archive/v${TEMPORAL_VERSIONS.cli}?platform=${platform}&arch=${arch}`;
}

/** The official archive; fails fast (5 s to the first byte) on networks that cannot reach it. */
async function downloadCli(tmp: string, log: Log, attempts: string[]): Promise<boolean> {
  const url = downloadUrl();
  if (!url) {
    attempts.push(`no official download for ${process.platform}/${process.arch}`);
    return false;
  }
  log(`${CLI_LABEL}: downloading ${url}`);
  const archive = path.join(tmp, 'temporal.tar.gz');
  const controller = new AbortController();
  const headerTimer = setTimeout(() => controller.abort(new Error('no answer within 5 s')), 5_000);
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    clearTimeout(headerTimer);
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    const bodyTimer = setTimeout(() => controller.abort(new Error('download took over 5 min')), 300_000);
    try {
      await withHeartbeat('downloading the Temporal CLI', log, () => pipeline(Readable.fromWeb(res.body as ReadableStream), createWriteStream(archive)));
    } finally {
      clearTimeout(bodyTimer);
    }
    const x = await run('tar', ['-xzf', archive, '-C', tmp, `temporal${EXE}`]);
    if (x.code !== 0) throw new Error(`tar failed: ${tail(x.stderr, 3)}`);
    await fs.rm(archive, { force: true });
    return true;
  } catch (err) {
    clearTimeout(headerTimer);
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const reason = e.cause?.code ?? e.cause?.message ?? e.message;
    log(`${CLI_LABEL}: download failed (${reason})`);
    attempts.push(`download failed: ${reason}`);
    await fs.rm(archive, { force: true });
    return false;
  }
}

async function buildCliWithGo(tmp: string, log: Log, attempts: string[]): Promise<boolean> {
  const go = await run('go', ['version'], { timeoutMs: 30_000 }).catch(() => undefined);
  const m = go && /go1\.(\d+)/.exec(go.stdout);
  if (!go || go.code !== 0 || !m) {
    log(`${CLI_LABEL}: Go not found, cannot build it`);
    attempts.push('Go not found');
    return false;
  }
  if (Number(m[1]) < MIN_GO_MINOR) {
    log(`${CLI_LABEL}: ${go.stdout.trim()} is too old to build it (need Go >= 1.${MIN_GO_MINOR})`);
    attempts.push(`${go.stdout.trim()} is older than Go 1.${MIN_GO_MINOR}`);
    return false;
  }
  log(`building ${CLI_LABEL} with Go (first time only, ~3–4 min; ~10 s with warm Go caches)…`);
  const pkg = `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_VERSIONS.cli}`;
  const res = await withHeartbeat(`building ${CLI_LABEL} with Go`, log, () =>
    run('go', ['install', '-ldflags', '-s -w', pkg], { cwd: tmp, env: { ...process.env, GOBIN: tmp } }),
  );
  if (res.code !== 0) throw new Error(`\`go install ${pkg}\` failed (exit ${res.code}):\n${tail(res.stderr)}`);
  return true;
}

function testServerPom(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.service-desk</groupId>
  <artifactId>temporal-test-server-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${TEMPORAL_VERSIONS.testServer}</version>
    </dependency>
  </dependencies>
</project>
`;
}

const WRAPPER = '#!/bin/sh\nexec java -cp "$(dirname "$0")/lib/*" io.temporal.testserver.TestServer "$@"\n';

async function buildTestServerWithMaven(tmp: string, log: Log, attempts: string[]): Promise<boolean> {
  const java = await run('java', ['-version'], { timeoutMs: 30_000 }).catch(() => undefined);
  const mvn = await run('mvn', ['-v'], { timeoutMs: 60_000 }).catch(() => undefined);
  if (!java || java.code !== 0) attempts.push('java not found');
  if (!mvn || mvn.code !== 0) attempts.push('mvn (Maven) not found');
  if (!java || java.code !== 0 || !mvn || mvn.code !== 0) {
    log(`${TS_LABEL}: ${attempts.join(', ')}; cannot fetch it from Maven Central`);
    return false;
  }
  log(`fetching ${TS_LABEL} from Maven Central with Maven (first time only, ~15–60 s)…`);
  const work = path.join(tmp, 'maven');
  await fs.mkdir(work);
  await fs.writeFile(path.join(work, 'pom.xml'), testServerPom());
  const args = ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(tmp, 'lib')}`];
  const res = await withHeartbeat(`fetching ${TS_LABEL} with Maven`, log, () => run('mvn', args, { cwd: work }));
  if (res.code !== 0) throw new Error(`\`mvn ${args.join(' ')}\` failed (exit ${res.code}):\n${tail(res.stdout + res.stderr)}`);
  await fs.rm(work, { recursive: true, force: true });
  const wrapper = path.join(tmp, 'test-server');
  await fs.writeFile(wrapper, WRAPPER);
  await fs.chmod(wrapper, 0o755);
  await smokeTestTestServer(wrapper, log);
  return true;
}

/** Starts the freshly installed test server once and waits for its port, so a broken JDK shows up now. */
async function smokeTestTestServer(wrapper: string, log: Log): Promise<void> {
  const port = await getFreePort();
  const child = spawn(wrapper, [String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-5000)));
  try {
    const deadline = Date.now() + 30_000;
    while (!(await isPortOpen(port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`${TS_LABEL}: the installed server did not start:\n${tail(stderr)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    log(`${TS_LABEL}: smoke test passed (listened on port ${port})`);
  } finally {
    child.kill('SIGKILL');
  }
}
