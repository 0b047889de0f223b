// The supervisor's building blocks without real servers: restarting a piece with backoff, the one
// line a failed start prints, which errors mean "a part is down" (503), and which folders the
// `postgres` user cannot enter.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConnectionRefusedError } from 'sequelize';
import { Supervised, type RunningPiece } from '../../../platform/supervision/supervised.js';
import { describeStartFailure, STEP_FIXES } from '../../../platform/supervision/start-failure.js';
import { blockingFolder } from '../../../platform/postgres/binaries.js';
import { unavailablePart } from '../../../services/availability.js';

/** A piece that ends when told to, like a process killed from outside. */
function fakePiece(): RunningPiece & { crash(how: string): void; stopped: boolean } {
  let end: (how: string) => void = () => {};
  const piece = {
    stopped: false,
    exited: new Promise<string>((resolve) => (end = resolve)),
    crash: (how: string) => end(how),
    async stop() {
      piece.stopped = true;
      end('stopped');
    },
  };
  return piece;
}

const until = async (ok: () => boolean, ms = 2_000) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('Supervised', () => {
  it('restarts a piece that ends on its own, saying why, with a pause that doubles while it keeps failing', async () => {
    const lines: string[] = [];
    const pieces: ReturnType<typeof fakePiece>[] = [];
    let failNext = 0;
    const sup = new Supervised(
      'web app',
      async () => {
        if (failNext > 0) {
          failNext--;
          throw new Error('port 3000 is in use\nmore detail');
        }
        const p = fakePiece();
        pieces.push(p);
        return p;
      },
      (l) => lines.push(l),
      { minDelayMs: 10, maxDelayMs: 1_000 },
    );
    await sup.begin();
    pieces[0].crash('signal SIGKILL');
    await until(() => pieces.length === 2);
    expect(lines[0]).toBe('web app ended (signal SIGKILL); restarting it in 0.0 s');
    expect(sup.running).toBe(pieces[1]);

    failNext = 2;
    pieces[1].crash('exit code 1: boom');
    await until(() => pieces.length === 3);
    expect(lines.slice(1)).toEqual([
      'web app ended (exit code 1: boom); restarting it in 0.0 s',
      'web app could not be restarted (port 3000 is in use); restarting it in 0.0 s',
      'web app could not be restarted (port 3000 is in use); restarting it in 0.1 s',
    ]);
    expect(sup.restartCount).toBe(2);
  });

  it('does not restart a piece it stopped, nor one that ends while a restart is pending', async () => {
    const pieces: ReturnType<typeof fakePiece>[] = [];
    const sup = new Supervised(
      'worker',
      async () => {
        const p = fakePiece();
        pieces.push(p);
        return p;
      },
      () => {},
      { minDelayMs: 200 },
    );
    await sup.begin();
    pieces[0].crash('signal SIGKILL');
    await sup.stop(); // during the 200 ms pause
    await new Promise((r) => setTimeout(r, 300));
    expect(pieces).toHaveLength(1);

    const again = new Supervised(
      'worker',
      async () => fakePiece(),
      () => {},
    );
    const first = await again.begin();
    await again.stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(again.running).toBe(first);
    expect(again.restartCount).toBe(0);
  });
});

describe('the one line of a failed start', () => {
  it('names the port in use and how to choose another', () => {
    const err = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:3000'), { code: 'EADDRINUSE', port: 3000 });
    expect(describeStartFailure('the web app', err, STEP_FIXES.web, '/x/start-failure.log')).toBe(
      'could not start the web app: port 3000 is already in use by another program. Fix: set PORT (and HOST) to a free port on this machine (details: /x/start-failure.log).',
    );
  });

  it('lists every bad setting of the configuration on the line', () => {
    const err = new Error('Invalid configuration in the environment:\n  PORT: expected a number\n  LOG_LEVEL: invalid option');
    expect(describeStartFailure('the service desk', err, STEP_FIXES.configuration)).toBe(
      'could not start the service desk: Invalid configuration in the environment: PORT: expected a number; LOG_LEVEL: invalid option. ' +
        `Fix: ${STEP_FIXES.configuration}.`,
    );
  });

  it('says "permission denied" with the path, and otherwise the first line of the error', () => {
    const denied = Object.assign(new Error('spawn /root/x/initdb EACCES'), { code: 'EACCES', path: '/root/x/initdb', syscall: 'spawn /root/x/initdb' });
    expect(describeStartFailure('PostgreSQL', denied, STEP_FIXES.postgres)).toMatch(
      /^could not start PostgreSQL: permission denied on \/root\/x\/initdb .+ Fix: give /,
    );
    const line = describeStartFailure('the worker', new Error('bundling failed\n    at stack (x.ts:1:1)'), STEP_FIXES.worker);
    expect(line).toBe(`could not start the worker: bundling failed. Fix: ${STEP_FIXES.worker}.`);
    expect(line).not.toContain('\n');
  });
});

describe('which errors mean a part of the product is down', () => {
  it('recognises a refused or dropped database connection, also wrapped', () => {
    expect(unavailablePart(new ConnectionRefusedError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })))).toBe('database');
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(unavailablePart({ name: 'SequelizeDatabaseError', message: terminated.message, parent: terminated })).toBe('database');
    expect(unavailablePart(new Error('session store', { cause: new Error('Connection terminated unexpectedly') }))).toBe('database');
    expect(unavailablePart({ name: 'SequelizeDatabaseError', message: 'Connection terminated unexpectedly' })).toBe('database');
  });

  it('recognises Temporal being unreachable or too slow, but not an ordinary failure', () => {
    const grpc = (code: number) => Object.assign(new Error(`${code} grpc`), { code, details: 'x', metadata: {} });
    expect(unavailablePart(new Error('Workflow Update failed', { cause: grpc(14) }))).toBe('temporal');
    expect(unavailablePart(grpc(4))).toBe('temporal');
    expect(unavailablePart(grpc(5))).toBeNull(); // NOT_FOUND
    expect(unavailablePart(new Error('relation "x" does not exist'))).toBeNull();
    expect(unavailablePart(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeNull();
  });
});

describe('folders the postgres user cannot enter', () => {
  it('finds the first private folder on the way down, and none for an open path', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-blocking-'));
    try {
      fs.mkdirSync(path.join(parent, 'a', 'b'), { recursive: true, mode: 0o755 });
      fs.chmodSync(parent, 0o700);
      expect(blockingFolder(path.join(parent, 'a', 'b'))).toBe(parent);
      fs.chmodSync(parent, 0o755);
      expect(blockingFolder(path.join(parent, 'a', 'b'))).toBeNull();
      expect(blockingFolder(path.join(parent, 'not', 'yet', 'made'))).toBeNull();
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
