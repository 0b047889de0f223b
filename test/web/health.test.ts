// GET /healthz answers 200 with the state of each part, and 503 naming what is down.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { readEnv } from '../../config/env.js';
import { connectDatabase } from '../../db/connection.js';
import { createServices } from '../../services/index.js';
import { startWeb, type RunningWeb } from '../../web/server.js';
import { getFreePort } from '../../platform/free-port.js';
import { baseUrl, testDatabase, closeTestDatabase } from '../support/servers.js';

const webs: RunningWeb[] = [];
afterAll(async () => {
  for (const w of webs) await w.close();
  await closeTestDatabase();
});

/** The web app alone, against the given database and Temporal address, with no worker of its own. */
async function webApp(db: ReturnType<typeof testDatabase>, temporalAddress: string, taskQueue = 'service-desk') {
  const connection = Connection.lazy({ address: temporalAddress });
  const env = readEnv({ ...process.env, NODE_ENV: 'test', TEMPORAL_TASK_QUEUE: taskQueue });
  const s = createServices({ db, temporal: new Client({ connection }), env, log: pino({ level: 'silent' }) });
  const web = await startWeb(s, { port: 0, host: '127.0.0.1', sessionSecret: 'health-test-secret-health-test-secret' });
  webs.push(web);
  return web.url;
}

describe('/healthz', () => {
  it('is 200 with every part up on the running product', async () => {
    const res = await fetch(`${baseUrl()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', temporal: 'up', worker: 'up' });
  });

  it('is 503 naming Temporal and the worker when Temporal cannot be reached', async () => {
    const url = await webApp(testDatabase(), `127.0.0.1:${await getFreePort()}`);
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'down', database: 'up', temporal: 'down', worker: 'down', down: ['temporal', 'worker'] });
  });

  it('is 503 naming the worker when no worker polls the task queue', async () => {
    const { inject } = await import('vitest');
    const url = await webApp(testDatabase(), inject('temporalAddress'), 'a-queue-nobody-polls');
    const body = await (await fetch(`${url}/healthz`)).json();
    expect(body).toMatchObject({ database: 'up', temporal: 'up', worker: 'down', down: ['worker'] });
  });

  it('is 503 naming the database when PostgreSQL cannot be reached', async () => {
    const { inject } = await import('vitest');
    const deadDb = connectDatabase(`postgres://nobody:nothing@127.0.0.1:${await getFreePort()}/none`);
    const url = await webApp(deadDb, inject('temporalAddress'));
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { down: string[] }).down).toContain('database');
    await deadDb.close();
  });
});
