// `npm run bench`: the product's own benchmark (issue 15). Starts its own PostgreSQL, Temporal dev
// server (the settings `npm start` uses), the product and a bare Temporal worker on free ports, then
//  - api:   lifecycles through /api/v1 at each concurrency level side by side with a bare Temporal
//           baseline, CPU per lifecycle by process and workflow thread, SQL per lifecycle;
//  - pages: desk and portal pages with the read model at 100 000 cases, side by side with the same
//           SQL and a bare template;
//  - help:  help-centre suggestions with 10 000 articles and 100 000 cases, side by side with the
//           bare SQL query;
// and writes bench-results/<timestamp>.{json,md} and bench-results/latest.{json,md}.
// Options: `npm run bench -- --help`; `--quick` is a smoke run under 2 minutes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runApiPart } from './parts/api-part.js';
import { readOptions, USAGE } from './options.js';
import { runPagesPart } from './parts/pages-part.js';
import { runHelpPart } from './parts/help-part.js';
import { Progress } from './measure/progress.js';
import { acceptanceChecks, markdown, type BenchResult } from './measure/report.js';
import { startServers } from './servers.js';

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
    const api = options.parts.includes('api') ? await runApiPart(servers, options, progress) : undefined;
    const pages = options.parts.includes('pages') ? await runPagesPart(servers, options, progress) : undefined;
    const help = options.parts.includes('help')
      ? await runHelpPart(
          {
            baseUrl: servers.baseUrl,
            databaseUrl: servers.databaseUrl,
            cases: options.cases,
            articles: options.articles,
            samples: Math.max(5, Math.round((options.samples * 2) / 3)),
          },
          (line) => progress.say(line),
        )
      : undefined;
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
  } catch (err) {
    progress.say(`product log (last lines):\n${fs.readFileSync(servers.productLog, 'utf8').slice(-2000)}`);
    throw err;
  } finally {
    await servers.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`[bench] failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
