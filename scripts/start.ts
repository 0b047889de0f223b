// `npm start`: the whole product on one machine. Starts (or connects to) PostgreSQL and Temporal,
// migrates, seeds demo data into an empty database, runs the worker, the mail dispatcher and the web
// app, and prints where everything is. Ctrl-C stops it all cleanly; starting again resumes every case.
import path from 'node:path';
import { readEnv, publicUrl, deskAddress } from '../config/env.js';
import { demoLogins, DEMO_PASSWORD } from '../db/demo-data.js';
import { startEmbeddedPostgres, defaultDataDir } from '../platform/embedded-postgres.js';
import { ensureTemporalCli } from '../platform/temporal-binaries.js';
import { startDevServer } from '../platform/temporal-dev-server.js';
import { openDatabase, openTemporal, startCaseWorker } from '../platform/boot.js';
import { createLogger } from '../platform/logger.js';
import { sessionSecret } from '../platform/session-secret.js';
import { createServices } from '../services/index.js';
import { startWeb } from '../web/server.js';
import { startMailDispatcher } from '../worker/mail-dispatcher.js';
import { startMailInbound } from '../worker/mail-inbound/index.js';
import { Lifecycle } from '../platform/lifecycle.js';

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);
const life = new Lifecycle(say);

async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const dataDir = path.resolve(env.DATA_DIR);
  const started = Date.now();
  life.handleSignals();

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    say('starting embedded PostgreSQL…');
    const pg = await startEmbeddedPostgres({
      dataDir: env.EMBEDDED_POSTGRES_DIR ?? defaultDataDir('start'),
      port: env.EMBEDDED_POSTGRES_PORT || undefined,
      persistent: true,
      log: say,
    });
    life.add('PostgreSQL', () => pg.stop());
    databaseUrl = pg.url;
  } else say('using PostgreSQL at DATABASE_URL');

  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUi: string | null = null;
  if (!temporalAddress) {
    const binary = await ensureTemporalCli(say);
    say('starting Temporal dev server…');
    const dev = await startDevServer({ binary, port: env.TEMPORAL_PORT, uiPort: env.TEMPORAL_UI_PORT, dbFile: path.join(dataDir, 'temporal.db'), log: say });
    life.add('Temporal dev server', () => dev.stop());
    temporalAddress = dev.address;
    temporalUi = dev.uiUrl;
  } else say(`using Temporal at ${temporalAddress} (namespace ${env.TEMPORAL_NAMESPACE})`);

  const { db, seeded } = await openDatabase(env, databaseUrl, life, say, log);
  const client = await openTemporal(env, temporalAddress, life, say, !env.TEMPORAL_ADDRESS);
  const services = createServices({ db, temporal: client, env, log });
  await startCaseWorker(env, temporalAddress, db, life, say, log);

  if (env.MAIL_DISPATCH) {
    const mail = startMailDispatcher(services);
    life.add('mail dispatcher', () => mail.stop());
  }
  const inbound = env.MAIL_INBOUND ? await startMailInbound({ services, say }) : null;
  if (inbound) life.add('inbound mail', () => inbound.stop());

  const web = await startWeb(services, { port: env.PORT, host: env.HOST, sessionSecret: sessionSecret(env.SESSION_SECRET, dataDir) });
  life.add('web app', () => web.close());

  const url = publicUrl(env);
  const lines = [
    '',
    `Service desk is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `  Web app:          ${url}`,
    `  Health:           ${url}/healthz`,
    `  Temporal:         ${temporalAddress}${temporalUi ? `   Web UI: ${temporalUi}` : ''}`,
    `  PostgreSQL:       ${env.DATABASE_URL ? 'DATABASE_URL' : databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
    `  Inbound mail:     ${inbound?.smtpPort ? `SMTP ${env.MAIL_SMTP_HOST}:${inbound.smtpPort} for ${deskAddress(env)}` : 'SMTP listener off'}${env.IMAP_URL ? ', IMAP polling' : ''}`,
  ];
  if (env.DEMO_DATA && !env.SMTP_URL) lines.push(`  Mail catch-all:   ${url}/dev/mail (outbound mail lands here; sign in as staff)`);
  if (env.DEMO_DATA) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD})${seeded ? '' : ', seeded earlier'}:`);
    for (const l of demoLogins()) lines.push(`    ${l.email.padEnd(28)} ${l.what}`);
  }
  lines.push('Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: Error) => {
  process.stderr.write(`[start] failed: ${err.message}\n`);
  void life.exit(1);
});
