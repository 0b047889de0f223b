// The mail burst at full size: 1 000 mails (3 in 5 new requests, 1 in 5 replies, 1 in 5 from unknown
// senders) over SMTP into the embedded listener of a worker process that is killed with -9 in the
// middle and restarted; then every mail is counted as exactly one case, reply or rejection.
//   npm run -s bench:mail [-- --mails 1000 --kills 1]
// Starts its own embedded PostgreSQL and Temporal dev server; prints the counts and mails/s.
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { bundleWorkflowCode } from '@temporalio/worker';
import { startEmbeddedPostgres, defaultDataDir } from '../../platform/postgres/embedded-postgres.js';
import { ensureTemporalCli } from '../../platform/temporal/binaries.js';
import { startDevServer } from '../../platform/temporal/dev-server.js';
import { connectDatabase } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import { connectClient } from '../../platform/temporal/connection.js';
import { readEnv } from '../../config/env.js';
import { createServices } from '../../services/index.js';
import { workflowBundleOptions } from '../../worker/workflow-code.js';
import { runMailBurst } from './parts/mail-burst-run.js';

const { values: args } = parseArgs({ options: { mails: { type: 'string', default: '1000' }, kills: { type: 'string', default: '1' } } });
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const pg = await startEmbeddedPostgres({ dataDir: defaultDataDir('test'), persistent: false, log: () => {} });
    stops.push(() => pg.stop());
    const dev = await startDevServer({ binary: await ensureTemporalCli(say), log: () => {} });
    stops.push(() => dev.stop());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-mail-'));
    const bundle = await bundleWorkflowCode(workflowBundleOptions({ trace() {}, debug() {}, info() {}, warn() {}, error: say, log() {} }));
    const workflowBundle = path.join(dir, 'workflow-bundle.js');
    fs.writeFileSync(workflowBundle, bundle.code);

    const db = connectDatabase(pg.url);
    stops.push(() => db.close());
    await migrate(db);
    const env = readEnv({ ...process.env, NODE_ENV: 'test', PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS });
    const temporal = connectClient({ address: dev.address, namespace: 'default' }, payloadProtection(env, db).dataConverter);
    stops.push(() => temporal.connection.close());
    const s = createServices({ db, temporal, env, log: pino({ level: 'silent' }) });

    const logFile = path.join(dir, 'mail-process.log');
    const r = await runMailBurst({
      s,
      databaseUrl: pg.url,
      temporalAddress: dev.address,
      total: Number(args.mails),
      kills: Number(args.kills),
      logFile,
      workflowBundle,
      say,
    });
    const lines = [
      `Mail burst: ${r.sent.total} mails over SMTP (${r.sent.new} new, ${r.sent.replies} replies, ${r.sent.rejects} from unknown senders), mail process killed -9 ${r.kills}×`,
      `  found:      ${r.found.cases} cases, ${r.found.replies} replies, ${r.found.rejections} rejections`,
      `  lost:       ${r.lost}`,
      `  doubled:    ${r.doubled} (orphan cases: ${r.orphans})`,
      `  resent by the sender after the kill: ${r.sent.resentAfterKill} (taken once each)`,
      `  answers per rejected sender: at most ${r.answersPerRejectedSender}`,
      `  outbound:   ${r.outbound.notifications} mails queued, ${r.outbound.delivered} delivered, ${r.outbound.duplicated} duplicated, ${r.outbound.unsent} unsent`,
      `  throughput: ${r.mailsPerSecond.toFixed(1)} mails/s (${r.seconds.toFixed(1)} s from the first mail sent to the last processed, restart included)`,
      `  (mail process log: ${logFile})`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    if (r.lost || r.doubled || r.orphans || r.outbound.unsent || r.outbound.duplicated > r.kills) process.exitCode = 1;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

main().catch((err: Error) => {
  process.stderr.write(`[bench] failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
