// `npm run -s bench:help [-- --cases 100000 --articles 10000 --samples 40]`: the help centre's
// suggestions at volume on their own (issue 19), the same measurement as the `help` part of
// `npm run bench` (scripts/bench/parts/help-part.ts), on a product of its own.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { startBenchProduct } from './bench-product.js';
import { helpSection, runHelpPart } from './parts/help-part.js';

const { values: args } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, articles: { type: 'string', default: '10000' }, samples: { type: 'string', default: '40' } },
});
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const { product, pg } = await startBenchProduct('help', say, stops);
    const load = os.loadavg()[0];
    const result = await runHelpPart(
      { baseUrl: product.baseUrl, databaseUrl: pg.url, cases: Number(args.cases), articles: Number(args.articles), samples: Number(args.samples) },
      say,
    );
    process.stdout.write(
      `\n${helpSection(result).join('\n')}\n\n${os.cpus().length} cores, load average ${load.toFixed(1)} before and ${os.loadavg()[0].toFixed(1)} after.\n`,
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

main().catch((err: Error) => {
  say(`failed: ${err.stack ?? err.message}`);
  process.exit(1);
});
