// The mail process: runs the mail services (worker/mail-services.ts; today the dispatcher that sends
// the outbox) against PostgreSQL and Temporal. `npm start` runs it as a child process when
// there is something to run (MAIL_DISPATCH=off: nothing is sent from this install); docker-compose
// runs it as the `mail` service.
import { readEnv } from '../config/env.js';
import { createLogger } from '../platform/logger.js';
import { Lifecycle } from '../platform/supervision/lifecycle.js';
import { openDatabase, openTemporal } from '../platform/boot.js';
import { STEP_FIXES } from '../platform/supervision/start-failure.js';
import { failedToStart, followSupervisor, reportReady, underSupervisor } from '../platform/supervision/supervisor-link.js';
import { createServices } from '../services/index.js';
import { startMailServices } from './mail-services.js';

const say = (line: string) => process.stdout.write(`[mail] ${line}\n`);
const life = new Lifecycle(say, 5_000).handleSignals();
followSupervisor(life);

async function main(): Promise<void> {
  const env = readEnv();
  if (!env.DATABASE_URL || !env.TEMPORAL_ADDRESS)
    throw new Error('worker/mail-main.ts needs DATABASE_URL and TEMPORAL_ADDRESS (use `npm start` for the all-in-one product)');
  const log = createLogger(env.LOG_LEVEL, 'service-desk-mail');
  const { db } = await openDatabase(env, env.DATABASE_URL, life, say, log, { prepare: !underSupervisor() });
  const temporal = openTemporal(env, env.TEMPORAL_ADDRESS, life, db);
  const mail = await startMailServices(createServices({ db, temporal, env, log }));
  life.add('mail services', () => mail.stop());
  if (!underSupervisor()) say(mail.names.length ? `running: ${mail.names.join(', ')}` : 'nothing to run (MAIL_DISPATCH=off)');
  reportReady({ services: mail.names.join(', ') });
}

main().catch((err: unknown) => failedToStart({ what: 'the mail process', err, fix: STEP_FIXES.mail, dataDir: process.env.DATA_DIR ?? '.data', say, life }));
