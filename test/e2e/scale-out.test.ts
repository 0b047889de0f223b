// The scale-out entries (docker-compose's `web` and `worker` services) against the same PostgreSQL
// and Temporal as the running product: a second web replica serves pages and the API, a second
// worker shares the task queue, and both stop cleanly on SIGTERM.
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getFreePort } from '../../platform/free-port.js';
import { PageClient } from '../support/page-client.js';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function run(entry: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  children.push(child);
  return { child, output: () => out };
}

async function until(ok: () => boolean | Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stop(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve({ code, ms: Date.now() - t0 }));
    child.kill('SIGTERM');
  });
}

describe('scale-out replicas', () => {
  it('run a second web replica and a second worker against the shared servers', async () => {
    const port = await getFreePort();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: inject('databaseUrl'),
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      SESSION_SECRET: 'replica-secret-replica-secret-replica-secret',
      PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS, // the same key as the suite's product: replicas share one
      COOKIE_SECURE: 'off',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      MAIL_DISPATCH: 'off',
      MAIL_SMTP_PORT: '0',
      DEMO_DATA: 'off',
    };
    const worker = run('worker/main.ts', env);
    const web = run('web/main.ts', env);
    await until(() => web.output().includes('listening on'), `the web replica:\n${web.output()}`);
    await until(() => worker.output().includes('running'), `the worker replica:\n${worker.output()}`);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ database: 'up', temporal: 'up', worker: 'up' });

    // Sessions live in PostgreSQL: a login on this replica works like on the main one.
    const contact = await new PageClient(`http://127.0.0.1:${port}`).login('kontakt1@udvidet.test');
    const filed = await contact.post('/portal/new/product_idea', {
      title: 'Mørk visning',
      description: 'En mørk visning af kalenderen.',
      value: 'Mindre træthed i øjnene.',
    });
    expect(filed.status).toBe(302);
    const page = await contact.get(filed.location!);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Mørk visning');

    for (const p of [web, worker]) {
      const { code, ms } = await stop(p.child);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(10_000);
    }
  });
});
