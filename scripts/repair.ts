// `npm run -s repair [-- --all] [-- --case 1042 --case 1043]`: repairs cases whose read model is behind
// their workflow and moves stuck cases on (docs/long-cases.md), with the same environment as `npm start`
// (which must be running: the workflows answer through its worker). Prints one line per case it
// repaired, started, moved on or found needing attention, then
// a summary. Exit code 0 when every case is in step afterwards, 1 when a case or the product could not
// be reached (one line on stderr saying what and how to fix it), 2 on bad arguments.
import { payloadProtection } from '../platform/temporal/codec/data-converter.js';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type { Connection } from '@temporalio/client';
import { readEnv } from '../config/env.js';
import { connectDatabase, type Database } from '../db/connection.js';
import { connectClient, temporalTarget } from '../platform/temporal/connection.js';
import { locateRunningProduct, ProductNotRunning } from '../platform/supervision/running-product.js';
import { createServices } from '../services/index.js';
import { repairCases, type RepairOutcome } from '../services/cases/repair.js';

const USAGE = 'usage: npm run -s repair [-- --all] [-- --case <number> …]';

class Failure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function readArgs(argv: string[]): { all: boolean; numbers: number[] } {
  let values: { all?: boolean; case?: string[]; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: { all: { type: 'boolean' }, case: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (err) {
    throw new Failure(`${(err as Error).message.split('\n')[0].replace(/\.$/, '')}; ${USAGE}`, 2);
  }
  if (values.help) throw new Failure(USAGE, 2);
  const numbers = (values.case ?? []).map((v) => Number(v.replace(/^#/, '')));
  const bad = (values.case ?? []).filter((_v, i) => !Number.isInteger(numbers[i]) || numbers[i] < 1);
  if (bad.length) throw new Failure(`--case takes a case number, not "${bad[0]}"; ${USAGE}`, 2);
  return { all: values.all ?? false, numbers };
}

async function checkDatabase(db: Database, where: string): Promise<void> {
  try {
    await db.sequelize.query('SELECT 1 FROM cases LIMIT 1');
  } catch (err) {
    throw new Failure(`cannot use the database (${where}): ${(err as Error).message.split('\n')[0]}. Fix: start the product with \`npm start\``, 1);
  }
}

async function checkTemporal(connection: Connection, address: string, namespace: string, taskQueue: string): Promise<void> {
  const fix = 'Fix: start the product with `npm start` (same environment), or set TEMPORAL_ADDRESS';
  try {
    await connection.withDeadline(Date.now() + 5_000, () => connection.workflowService.getSystemInfo({}));
  } catch (err) {
    throw new Failure(`cannot reach Temporal at ${address}: ${(err as Error).message.split('\n')[0]}. ${fix}`, 1);
  }
  const queue = await connection.workflowService.describeTaskQueue({ namespace, taskQueue: { name: taskQueue }, taskQueueType: 1 });
  if (!queue.pollers?.length) throw new Failure(`no worker polls the task queue ${taskQueue} at ${address}, so no case can answer. ${fix}`, 1);
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  const env = readEnv();
  const product = locateRunningProduct(env);
  const db = connectDatabase(product.databaseUrl, { poolMax: 4, applicationName: 'service-desk-repair' });
  const temporal = connectClient(temporalTarget(env, product.temporalAddress), payloadProtection(env, db).dataConverter);
  try {
    await checkDatabase(db, product.databaseWhere);
    await checkTemporal(temporal.connection as Connection, product.temporalAddress, env.TEMPORAL_NAMESPACE, env.TEMPORAL_TASK_QUEUE);
    const s = createServices({ db, temporal, env, log: pino({ level: 'silent' }) });
    const results = await repairCases(s, { all: args.all, numbers: args.numbers }, (r) => {
      if (r.line) process.stdout.write(`${r.line}\n`);
    });
    const count = (o: RepairOutcome) => results.filter((r) => r.outcome === o).length;
    process.stdout.write(
      `checked ${results.length} case${results.length === 1 ? '' : 's'} (${product.databaseWhere}, Temporal at ${product.temporalAddress}): ` +
        `${count('repaired')} repaired, ${count('started')} started, ${count('moved_on')} moved on, ${count('needs_attention')} need attention, ` +
        `${count('failed')} failed, ${count('in_step')} in step\n`,
    );
    return count('failed') ? 1 : 0;
  } finally {
    await temporal.connection.close().catch(() => {});
    await db.close().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const known = err instanceof Failure || err instanceof ProductNotRunning;
    const message = (err as Error).message.replace(/\s*\n\s*/g, ' ');
    process.stderr.write(`repair: ${known ? message : `failed: ${message}`}\n`);
    process.exit(err instanceof Failure ? err.code : 1);
  },
);
