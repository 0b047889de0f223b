// The request log (web/middleware/request-log.ts): one line per request at info — method, path,
// status, milliseconds, bytes — with no headers, no query string and nothing for health probes or
// static files; nothing at all when info is not logged.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { requestLog } from '../../../web/middleware/request-log.js';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { log: pino({ level }, stream), lines };
}

let close: (() => void) | null = null;
afterEach(() => close?.());

async function serve(level: string) {
  const { log, lines } = capture(level);
  const app = express();
  app.use(requestLog(log));
  app.get('/healthz', (_req, res) => void res.send('ok'));
  app.get('/static/app.css', (_req, res) => void res.send('body{}'));
  app.get('/api/v1/cases', (_req, res) => void res.status(200).json({ cases: [] }));
  app.post('/api/v1/cases', (_req, res) => void res.status(422).json({ error: 'x' }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  close = () => server.close();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, lines };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the request log', () => {
  it('writes one line per request with method, path, status, ms and bytes — no headers, no query', async () => {
    const { base, lines } = await serve('info');
    await fetch(`${base}/api/v1/cases?q=jens.hansen@example.dk`, { headers: { authorization: 'Bearer secret-token', cookie: 'sid=abc' } });
    await fetch(`${base}/api/v1/cases`, { method: 'POST' });
    await settle();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ msg: 'request', method: 'GET', path: '/api/v1/cases', status: 200, bytes: 12 });
    expect(typeof lines[0].ms).toBe('number');
    expect(lines[1]).toMatchObject({ method: 'POST', path: '/api/v1/cases', status: 422 });
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/secret-token|sid=abc|jens\.hansen|example\.dk/);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['bytes', 'hostname', 'level', 'method', 'ms', 'msg', 'path', 'pid', 'status', 'time']);
  });

  it('does not log health probes or static files', async () => {
    const { base, lines } = await serve('info');
    await fetch(`${base}/healthz`);
    await fetch(`${base}/static/app.css`);
    await settle();
    expect(lines).toEqual([]);
  });

  it('writes nothing when the level is above info', async () => {
    const { base, lines } = await serve('warn');
    await fetch(`${base}/api/v1/cases`);
    await settle();
    expect(lines).toEqual([]);
  });
});
