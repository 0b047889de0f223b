// `npm run bench`: the product's own benchmark (issues 15 and 22). Starts its own PostgreSQL, Temporal
// dev server (the settings `npm start` uses) and a bare Temporal worker on free ports, then
//  - api:   for each mode of running the product (`npm start` as users run it, the compose file's
//           production settings, issue 15's tuned settings; scripts/bench/products/), lifecycles
//           through /api/v1 at each concurrency level side by side with the bare Temporal baselines,
//           CPU per lifecycle by process and workflow thread, idle cost, SQL per lifecycle;
//  - pages: desk and portal pages with the read model at 100 000 cases, side by side with the same
//           SQL and a bare template;
//  - help:  help-centre suggestions with 10 000 articles and 100 000 cases, side by side with the
//           bare SQL query (pages and help on one product with the tuned settings);
// and writes bench-results/<timestamp>.{json,md} and bench-results/latest.{json,md}, the acceptance
// checks first. `--profile` instead profiles every process of the `npm start` product under load.
// Options: `npm run bench -- --help`; `--quick` is a smoke run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runApiPart } from './parts/api-part.js';
import { readOptions, USAGE } from './options.js';
import { runPagesPart } from './parts/pages-part.js';
import { runHelpPart } from './parts/help-part.js';
import { Progress } from './measure/progress.js';
import { markdown, type BenchResult } from './measure/report.js';
import { acceptanceChecks } from './measure/acceptance.js';
import { startServers, type BenchServers } from './servers.js';
import { startProduct } from './products/index.js';
import { EXPERIMENT_NODE_OPTIONS } from './products/product.js';
import { runProfilePart } from './parts/profile-part.js';
import type { BenchOptions } from './options.js';

function gitState(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

function write(outDir: string, result: BenchResult): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const md = markdown(result);
  const files = [`${stamp}.json`, `${stamp}.md`, 'latest.json', 'latest.md'].map((f) => path.join(outDir, f));
  fs.writeFileSync(files[0], json);
  fs.writeFileSync(files[1], md);
  fs.writeFileSync(files[2], json);
  fs.writeFileSync(files[3], md);
  return files.slice(0, 2);
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const progress = new Progress();
  const started = new Date();
  const loadBefore = os.loadavg();
  progress.say(`${options.quick ? 'quick run' : 'full run'}: parts ${options.parts.join(', ')}; starting servers…`);
  if (options.noStackTraceHook) {
    // Read by cleanEnv (the product's processes) and the bare worker's start: every process and thread preloads it.
    process.env[EXPERIMENT_NODE_OPTIONS] = `--require ${fileURLToPath(new URL('./experiments/no-stack-trace-hook.cjs', import.meta.url))}`;
    progress.say("experiment: the product and the bare worker run without the Temporal SDK's stack-trace hook");
  }
  const servers = await startServers((line) => progress.say(line));
  let stopping = false;
  const stopOnSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    progress.say('interrupted: stopping the servers…');
    void servers.stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);
  try {
    if (options.profile) {
      const dir = await runProfilePart(servers, options, progress);
      progress.say(`profiles and their summary: ${dir}`);
      return;
    }
    const api = options.parts.includes('api') ? await runApiPart(servers, options, progress) : undefined;
    const { pages, help } =
      options.parts.includes('pages') || options.parts.includes('help') ? await pagesAndHelpOnTunedProduct(servers, options, progress) : {};
    const cpuModel = os.cpus()[0]?.model ?? 'unknown';
    const result: BenchResult = {
      startedAt: started.toISOString(),
      seconds: (Date.now() - started.getTime()) / 1000,
      machine: {
        cpus: os.cpus().length,
        cpuModel,
        loadAverageBefore: loadBefore,
        loadAverageAfter: os.loadavg(),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
      },
      temporalSlowCalls: servers.temporalSlowCalls(),
      git: gitState(),
      options: { ...options },
      api,
      pages,
      help,
      acceptance: acceptanceChecks(api, pages),
    };
    const [jsonFile, mdFile] = write(options.outDir, result);
    process.stdout.write(`\n${markdown(result)}\n`);
    progress.say(`results: ${jsonFile}, ${mdFile} (and latest.{json,md})`);
  } finally {
    await servers.stop();
  }
}

async function pagesAndHelpOnTunedProduct(servers: BenchServers, options: BenchOptions, progress: Progress) {
  progress.say('pages and help: starting the tuned product…');
  const product = await startProduct('tuned', {
    databaseUrl: servers.databaseUrl,
    temporalAddress: servers.temporalAddress,
    work: servers.work,
    say: (l) => progress.say(l),
  });
  try {
    const pages = options.parts.includes('pages') ? await runPagesPart(servers, product, options, progress) : undefined;
    const help = options.parts.includes('help')
      ? await runHelpPart(
          {
            baseUrl: product.baseUrl,
            databaseUrl: servers.databaseUrl,
            cases: options.cases,
            articles: options.articles,
            samples: Math.max(5, Math.round((options.samples * 2) / 3)),
          },
          (line) => progress.say(line),
        )
      : undefined;
    return { pages, help };
  } finally {
    await product.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`[bench] failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
