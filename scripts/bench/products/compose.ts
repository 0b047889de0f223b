// The product as docker-compose.yml deploys it: the `web`, `worker` and `mail` services' commands
// with their environment — read from the compose file itself (`docker-compose config`, defaults
// interpolated) — plus the image's own (Dockerfile: NODE_ENV=production, the prebuilt workflow
// bundle), each a process of its own. One replica of each and no proxy: on one benchmark machine
// the replicas would only share its cores. What must differ from the containers: the benchmark's
// PostgreSQL and Temporal (the compose file runs Temporal on PostgreSQL; here it is the dev
// server every mode shares), free ports, a session secret and the payload codec's keys (the tooling key).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFreePort } from '../../../platform/free-port.js';
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';
import { cleanEnv, stopGroup, untilHealthy, untilLogged, type BenchProduct, type ProductContext } from './product.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVICES = ['web', 'worker', 'mail'] as const;
type Service = (typeof SERVICES)[number];

interface ComposeService {
  command: string[];
  environment: Record<string, string>;
}

/** The app services of docker-compose.yml as `docker-compose config` resolves them (YAML turned to JSON by the PyYAML it ships with). */
export function composeServices(sessionSecret: string): Record<Service, ComposeService> {
  const yaml = execFileSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SESSION_SECRET: sessionSecret, COMPOSE_PROJECT_NAME: 'service-desk-bench' },
  });
  const json = execFileSync('python3', ['-c', 'import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin)["services"], sys.stdout)'], {
    input: yaml,
    encoding: 'utf8',
  });
  const all = JSON.parse(json) as Record<string, { command?: string[] | string; environment?: Record<string, string | null> }>;
  const pick = (name: Service): ComposeService => {
    const s = all[name];
    if (!s || !Array.isArray(s.command)) throw new Error(`docker-compose.yml: service ${name} has no command list`);
    const environment = Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, v ?? '']));
    return { command: s.command, environment };
  };
  return { web: pick('web'), worker: pick('worker'), mail: pick('mail') };
}

/** The image's environment (Dockerfile ENV lines): NODE_ENV, and WORKFLOW_BUNDLE pointing at the bundle built into it. */
function imageEnv(bundle: string): Record<string, string> {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const env: Record<string, string> = {};
  for (const m of dockerfile.matchAll(/^ENV\s+((?:[^\n\\]|\\\n)+)/gm)) {
    for (const pair of m[1].replace(/\\\n/g, ' ').matchAll(/(\w+)=(\S+)/g)) env[pair[1]] = pair[2];
  }
  if (env.WORKFLOW_BUNDLE) env.WORKFLOW_BUNDLE = bundle;
  return env;
}

/** Builds what the image builds (Dockerfile RUN steps after `npm ci`): the workflow bundle. */
function buildImageArtifacts(ctx: ProductContext): string {
  const bundle = path.join(ctx.work, 'workflow-bundle.js');
  if (!fs.existsSync(bundle)) {
    ctx.say('compose: building the workflow bundle as the image does…');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-workflow-bundle.ts', bundle], { cwd: ROOT, stdio: 'ignore' });
  }
  return bundle;
}

export async function startCompose(ctx: ProductContext): Promise<BenchProduct> {
  const secret = 'bench-secret-bench-secret-bench-secret-42';
  const services = composeServices(secret);
  const bundle = buildImageArtifacts(ctx);
  const port = await getFreePort();
  const dataDir = path.join(ctx.work, 'compose-data');
  fs.mkdirSync(dataDir, { recursive: true });
  const ours = {
    DATABASE_URL: ctx.databaseUrl,
    TEMPORAL_ADDRESS: ctx.temporalAddress,
    DATA_DIR: dataDir,
    PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
    MAIL_SMTP_PORT: String(await getFreePort()),
  };
  const children: ChildProcess[] = [];
  const logFiles: string[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => stopGroup(c, 'SIGTERM', 45_000)));
  };
  try {
    for (const name of SERVICES) {
      const s = services[name];
      const logFile = path.join(ctx.work, `compose-${name}.log`);
      const out = fs.openSync(logFile, 'w');
      const env = cleanEnv({ ...imageEnv(bundle), ...s.environment, ...ours, ...(name === 'web' ? { PORT: String(port), HOST: '127.0.0.1' } : {}) });
      const [command, ...args] = s.command;
      children.push(spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', out, out], detached: true }));
      logFiles.push(logFile);
    }
    const baseUrl = `http://127.0.0.1:${port}`;
    await untilHealthy(`${baseUrl}/healthz`, children, logFiles);
    await untilLogged(logFiles[2], /\[mail\] running/, children[2]);
    return { mode: 'compose', baseUrl, roots: children.map((c) => c.pid!), logFiles, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
