// `npm start` from a fresh clone in a private (0700) folder — as root, where PostgreSQL runs as the
// `postgres` user who cannot enter that folder — and the supervisor keeping the product up while its
// neighbours fail: a killed web app is restarted, every database connection terminated at once is
// survived, a killed Temporal dev server is restarted while requests meanwhile answer 503 at once
// and the open case goes on afterwards, and Ctrl-C under load stops everything within 10 s.
// One clone and one running product are shared by the steps below, in order.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { getFreePort } from '../../platform/free-port.js';
import { defaultDataDir } from '../../platform/postgres/embedded-postgres.js';
import { cloneIntoPrivateFolder, type Clone } from '../support/clone.js';
import { isAlive, npmStart, type NpmStart } from '../support/npm-start.js';
import { PageClient } from '../support/page-client.js';

const say = (line: string) => process.stderr.write(`[supervised-start] ${line}\n`);
let clone: Clone;
let product: NpmStart;
let base = '';
let ports: { web: number; temporal: number; ui: number };
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

async function api(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text, ms: Date.now() - started };
}

async function token(email: string): Promise<string> {
  const res = await api('POST', '/tokens', null, { email, password: 'demo1234' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.token;
}

async function healthyWithin(ms: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const status = await fetch(`${base}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`/healthz not 200 within ${ms / 1000} s (last ${status}):\n${product.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The embedded server's data folder: where `npm start` in the clone puts it by default. */
const pgDataDir = () => defaultDataDir('start', clone.dir);

beforeAll(async () => {
  clone = await cloneIntoPrivateFolder(say);
  expect(fs.statSync(clone.parent).mode & 0o777).toBe(0o700);
}, 600_000);

afterAll(async () => {
  if (product) fs.writeFileSync(path.join('test-artifacts', 'supervised-start.log'), product.output());
  const pids: number[] = [];
  if (product?.child.exitCode === null && product.child.signalCode === null) {
    process.kill(-product.child.pid!, 'SIGKILL');
    for (const name of ['web app', 'worker', 'mail process', 'Temporal dev server']) {
      try {
        pids.push(product.pidOf(name));
        process.kill(pids.at(-1)!, 'SIGKILL');
      } catch {
        // not reported or gone
      }
    }
  }
  if (!clone) return;
  try {
    // PostgreSQL stops on its own when the supervisor is gone (pdeathsig); let it finish before removing its folder.
    const postmaster = path.join(pgDataDir(), 'postmaster.pid');
    if (fs.existsSync(postmaster)) pids.push(Number(fs.readFileSync(postmaster, 'utf8').split('\n')[0]));
    const deadline = Date.now() + 15_000;
    while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    fs.rmSync(path.dirname(pgDataDir()), { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } finally {
    fs.rmSync(clone.parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}, 60_000);

describe('npm start from a private folder, supervised', () => {
  it('starts healthy from a fresh clone in a 0700 folder; a failed start says so in one line', async () => {
    ports = { web: await getFreePort(), temporal: await getFreePort(), ui: await getFreePort() };
    base = `http://127.0.0.1:${ports.web}`;
    product = npmStart(clone.dir, {
      NODE_ENV: 'development',
      PORT: String(ports.web),
      TEMPORAL_PORT: String(ports.temporal),
      TEMPORAL_UI_PORT: String(ports.ui),
      LOG_LEVEL: 'warn',
    });
    await product.waitFor(/Press Ctrl-C to stop\./, 240_000);
    const health = await fetch(`${base}/healthz`);
    expect(health.status, await health.clone().text()).toBe(200);
    expect(product.output()).not.toMatch(STACK_FRAME);
    expect(product.output()).not.toMatch(/EACCES/);
    if (process.getuid?.() === 0) {
      // The postgres user can reach neither the clone's data folder nor its node_modules.
      expect(pgDataDir().startsWith('/var/tmp/')).toBe(true);
      expect(fs.readdirSync('/var/tmp').some((n) => n.startsWith('service-desk-postgres-'))).toBe(true);
    }
    expect(fs.existsSync(path.join(pgDataDir(), 'PG_VERSION'))).toBe(true);

    // A second start of the same clone cannot have its database: one line naming what and how, exit 1.
    const second = npmStart(clone.dir, { NODE_ENV: 'development', PORT: String(await getFreePort()), TEMPORAL_PORT: '0', TEMPORAL_UI_PORT: '0' });
    const code = await new Promise((resolve) => second.child.once('exit', resolve));
    expect(code).not.toBe(0);
    const lines = second
      .stderr()
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('npm '));
    expect(lines, second.stderr()).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[start\] could not start PostgreSQL: PostgreSQL for .+ is already running .+ Fix: /);
    expect(second.output()).not.toMatch(STACK_FRAME);
  }, 300_000);

  it('restarts the web app after kill -9, saying why', async () => {
    const before = product.pidOf('web app');
    const mark = product.output().length;
    process.kill(before, 'SIGKILL');
    await product.waitFor(/web app ended \(signal SIGKILL\); restarting it in [\d.]+ s/, 10_000, mark);
    await product.waitFor(/web app is running again \(pid \d+\)/, 60_000, mark);
    expect(product.pidOf('web app')).not.toBe(before);
    await healthyWithin(15_000);
  }, 120_000);

  it('stays up when every database connection is terminated: /healthz 200 again within 15 s', async () => {
    // Open the connections a working desk has: sessions (a page login), the API, the worker and mail.
    const agent = await new PageClient(base).login('agent@desk.test');
    expect((await agent.get('/desk')).status).toBe(200);
    const agentToken = await token('agent@desk.test');
    expect((await api('GET', '/cases', agentToken)).status).toBe(200);
    const pids = ['web app', 'worker', 'mail process'].map((n) => product.pidOf(n));
    const mark = product.output().length;

    const port = Number(product.output().match(/postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:(\d+)\//)![1]);
    const password = fs.readFileSync(`${pgDataDir()}.password`, 'utf8').trim();
    const admin = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres` });
    admin.on('error', () => {});
    await admin.connect();
    const connections = await admin.query<{ pid: number; application_name: string }>(
      `SELECT pid, application_name FROM pg_stat_activity WHERE datname = 'servicedesk' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    const terminated = await admin.query<{ done: boolean }>('SELECT pg_terminate_backend(pid) AS done FROM unnest($1::int[]) AS pid', [
      connections.rows.map((r) => r.pid),
    ]);
    await admin.end();
    expect(terminated.rows.every((r) => r.done)).toBe(true);
    const names = connections.rows.map((r) => r.application_name);
    say(`terminated ${names.length} connections: ${names.join(', ')}`);
    expect(names).toEqual(expect.arrayContaining(['service-desk', 'service-desk-sessions', 'service-desk-health']));

    const ms = await healthyWithin(15_000);
    say(`/healthz 200 again ${ms} ms after pg_terminate_backend`);
    expect((await agent.get('/desk')).status).toBe(200);
    expect((await api('GET', '/cases', agentToken)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3_000)); // the mail dispatcher's next round uses a new connection too
    for (const pid of pids) expect(isAlive(pid)).toBe(true);
    expect(product.output().slice(mark)).not.toMatch(/ended \(|Unhandled 'error' event/);
  }, 120_000);

  it('restarts a killed Temporal dev server; meanwhile requests answer 503 within 3 s; the open case goes on', async () => {
    const contact = await token('kontakt1@faktureret.test');
    const agentToken = await token('agent@desk.test');
    const filed = await api('POST', '/cases', contact, {
      type: 'support',
      title: 'Survives a Temporal crash',
      description: 'Filed before the crash.',
      fields: { workflow: 'Fakturering', tried: 'Genstartet', expected: 'At fakturaen kan sendes' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const number: number = filed.body.number;
    expect((await api('POST', `/cases/${number}/actions/acknowledge`, agentToken, { plan: 'We look at it.' })).status).toBe(200);

    const mark = product.output().length;
    process.kill(product.pidOf('Temporal dev server'), 'SIGKILL');
    // Acknowledging twice is refused by the workflow (409) once Temporal answers; while it is down: 503.
    const answers: { status: number; ms: number }[] = [];
    const back = product.waitFor(/Temporal dev server is running again \(pid \d+\)/, 60_000, mark).then(() => true);
    let restarted = false;
    void back.then(() => (restarted = true));
    while (!restarted || answers.at(-1)?.status === 503) {
      const res = await api('POST', `/cases/${number}/actions/acknowledge`, agentToken, { plan: 'Again.' });
      answers.push({ status: res.status, ms: res.ms });
      if (answers.length > 300) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    say(`answers while Temporal was restarted: ${answers.map((a) => `${a.status}/${a.ms}ms`).join(' ')}`);
    expect(answers[0].status).toBe(503);
    for (const a of answers) {
      expect([503, 409]).toContain(a.status);
      if (a.status === 503) expect(a.ms).toBeLessThan(3_000);
    }
    expect(answers.at(-1)!.status).toBe(409);
    expect(product.output().slice(mark)).toMatch(/Temporal dev server ended \(signal SIGKILL\); restarting it in/);

    const replied = await api('POST', `/cases/${number}/actions/reply`, contact, { message: 'Still here after the crash.' });
    expect(replied.status, JSON.stringify(replied.body)).toBe(200);
    const doc = await api('GET', `/cases/${number}`, agentToken);
    expect(JSON.stringify(doc.body.timeline)).toContain('Still here after the crash.');
    await healthyWithin(15_000);
  }, 180_000);

  it('stops everything on Ctrl-C within 10 s, also under load', async () => {
    const pids = ['web app', 'worker', 'mail process', 'Temporal dev server'].map((n) => product.pidOf(n));
    pids.push(Number(fs.readFileSync(path.join(pgDataDir(), 'postmaster.pid'), 'utf8').split('\n')[0]));
    const agentToken = await token('agent@desk.test');
    let loading = true;
    const load = Array.from({ length: 12 }, async () => {
      while (loading) await api('GET', '/cases', agentToken).catch(() => null);
    });
    await new Promise((r) => setTimeout(r, 2_000));
    const pressed = Date.now();
    const { ms, code, signal } = await product.ctrlC();
    while (pids.some(isAlive) && Date.now() - pressed < 15_000) await new Promise((r) => setTimeout(r, 50));
    const allGone = Date.now() - pressed;
    loading = false;
    await Promise.all(load);
    say(`Ctrl-C under load: npm exited after ${ms} ms (${code ?? signal}); every process gone after ${allGone} ms`);
    expect(ms).toBeLessThan(10_000);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(allGone).toBeLessThan(10_000);
    // The supervisor exits 0; npm, hit by the same Ctrl-C, ends by that signal as shells expect.
    expect(code === 0 || signal === 'SIGINT', `npm ended with ${code ?? signal}`).toBe(true);
    expect(product.output()).toMatch(/\[start\] stopped in [\d.]+ s/);
  }, 60_000);
});
