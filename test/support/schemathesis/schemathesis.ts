// Schemathesis (an independent, property-based API tester from PyPI) for the API contract run: installed
// once per version into a cached virtualenv (~/.cache/service-desk/schemathesis-<version>/, every
// package pinned in requirements.txt, under the same lock as the Temporal binaries), and run against a
// product with every check, a fixed seed and a bounded number of examples (docs/api-contract.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installOnce, isExecutable, run, tail, withHeartbeat, type Log } from '../../../platform/install-once.js';

export const SCHEMATHESIS_VERSION = '4.32.5';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REQUIREMENTS = path.join(HERE, 'requirements.txt');
export const HOOKS_FILE = path.join(HERE, 'hooks.py');
export const CONFIG_FILE = path.join(HERE, 'schemathesis.toml');
export const SCHEMATHESIS_DIR = path.join(os.homedir(), '.cache', 'service-desk', `schemathesis-${SCHEMATHESIS_VERSION}`);

/** The virtualenv's Python with Schemathesis installed (installing it the first time, with progress lines). */
export async function ensureSchemathesis(log: Log, dir = SCHEMATHESIS_DIR): Promise<string> {
  const python = path.join(dir, 'bin', 'python');
  const marker = path.join(dir, 'requirements.txt');
  const wanted = fs.readFileSync(REQUIREMENTS, 'utf8');
  const isComplete = async () => (await isExecutable(python)) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted;
  if (await isComplete()) return python;
  await installOnce({
    targetDir: dir,
    label: `Schemathesis ${SCHEMATHESIS_VERSION}`,
    log,
    isComplete,
    build: async (tmp) => {
      log(`Schemathesis ${SCHEMATHESIS_VERSION}: installing into ${dir} (python3 -m venv, pip from PyPI)`);
      const venv = await withHeartbeat('creating the virtualenv', log, () => run('python3', ['-m', 'venv', tmp], { timeoutMs: 120_000 }));
      if (venv.code !== 0) throw new Error(`python3 -m venv failed:\n${tail(venv.stderr || venv.stdout)}`);
      // The venv's python finds its packages relative to itself, so it keeps working after the rename into place.
      const pip = await withHeartbeat('installing the pinned packages', log, () =>
        run(path.join(tmp, 'bin', 'python'), ['-m', 'pip', 'install', '--no-input', '--disable-pip-version-check', '--quiet', '-r', REQUIREMENTS], {
          timeoutMs: 600_000,
        }),
      );
      if (pip.code !== 0) throw new Error(`pip install failed:\n${tail(pip.stderr || pip.stdout)}`);
      fs.writeFileSync(path.join(tmp, 'requirements.txt'), wanted);
    },
  });
  return python;
}

export interface ContractRun {
  /** Who the run is authenticated as (for the report's name). */
  name: string;
  token: string;
  examples: number;
  seed: number;
  /** Extra `st run` arguments (operation filters). */
  args?: string[];
}

export interface ContractResult {
  code: number | null;
  /** The summary at the end of Schemathesis' output. */
  summary: string;
  output: string;
}

/** Runs `st run` against the product's document with every check; streams its progress to `log`. */
export function runSchemathesis(python: string, baseUrl: string, reportDir: string, r: ContractRun, log: Log): Promise<ContractResult> {
  const args = [
    '-m',
    'schemathesis.cli',
    '--config-file',
    CONFIG_FILE,
    'run',
    `${baseUrl}/api/v1/openapi.json`,
    '--checks',
    'all',
    '--seed',
    String(r.seed),
    '--max-examples',
    String(r.examples),
    '--workers',
    '1',
    '--report',
    'junit',
    '--report-dir',
    reportDir,
    '--report-junit-path',
    path.join(reportDir, `schemathesis-${r.name}.xml`),
    ...(r.args ?? []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, {
      // Schemathesis keeps a cache of what it found in its working folder: the reports' folder, not the clone.
      cwd: reportDir,
      env: { ...process.env, SCHEMATHESIS_HOOKS: HOOKS_FILE, SCHEMATHESIS_TOKEN: r.token, NO_COLOR: '1', COLUMNS: '160', PYTHONUNBUFFERED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines)
        if (/^(POST|GET|PUT|PATCH|DELETE|TRACE|OPTIONS) |passed|failed|✅|❌|⏭|Phase|Examples|Coverage|Fuzzing|Stateful/.test(line.trim()))
          log(`  [${r.name}] ${line.trim()}`);
    };
    const started = Date.now();
    const heartbeat = setInterval(() => log(`  [${r.name}] …still testing (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('error', (err) => {
      clearInterval(heartbeat);
      reject(err);
    });
    child.once('close', (code) => {
      clearInterval(heartbeat);
      const at = output.lastIndexOf('SUMMARY');
      resolve({ code, output, summary: at >= 0 ? output.slice(at) : tail(output, 40) });
    });
  });
}
