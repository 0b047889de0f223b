// A mail dispatcher in a process of its own, for the invoice mail crash test: it sends the outbox on
// DATABASE_URL through SMTP_URL until it is killed (kill -9, by the test).
import { pino } from 'pino';
import type { Client } from '@temporalio/client';
import { connectDatabase } from '../../../db/connection.js';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { startMailDispatcher } from '../../../worker/mail-dispatcher.js';

const env = readEnv({ ...process.env, NODE_ENV: 'test' });
const s = createServices({ db: connectDatabase(env.DATABASE_URL!), temporal: null as unknown as Client, env, log: pino({ level: 'silent' }) });
startMailDispatcher(s, { intervalMs: 100 });
process.stdout.write('dispatching\n');
