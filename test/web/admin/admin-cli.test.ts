// `npm run -s admin -- create-manager …` as a real process (issue 11 item 2): the first desk manager
// of an install comes from the command line with the same environment as `npm start` — against
// DATABASE_URL, against the embedded cluster `npm start` is running, and against a stopped embedded
// cluster that it starts for the command — and prints a one-time link that works in the product.
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { QueryTypes } from 'sequelize';
import { defaultDataDir, startEmbeddedPostgres } from '../../../platform/postgres/embedded-postgres.js';
import { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { unique } from './admin-support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run -s admin -- …args` with the test's environment plus `env` (undefined removes a variable). */
function admin(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const merged: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', SMTP_URL: '', DATABASE_URL: inject('databaseUrl') };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'admin', '--', ...args], { cwd: ROOT, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const LINK = /(https?:\/\/\S+)\/password\/set\/([A-Za-z0-9_-]{20,})/;

afterAll(closeTestDatabase);

describe('create-manager', () => {
  it('creates a desk manager in the database of DATABASE_URL and prints a one-time link that works in the product', async () => {
    const email = `chef-${unique()}@desk.test`;
    const run = await admin(['create-manager', '--email', email, '--first', 'Mette', '--last', 'Chef'], { PUBLIC_URL: 'https://desk.example.test' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const m = LINK.exec(run.stdout);
    expect(m, run.stdout).not.toBeNull();
    expect(m![1]).toBe('https://desk.example.test');
    const person = await testDatabase().models.Person.findOne({ where: { email } });
    expect(person).toMatchObject({ role: 'manager', firstName: 'Mette', lastName: 'Chef', companyId: null, passwordHash: null, active: true });

    const visitor = new PageClient();
    const link = `/password/set/${m![2]}`;
    expect((await visitor.get(link)).status).toBe(200);
    const done = await visitor.post(link, { password: 'chefens-kodeord', confirm: 'chefens-kodeord' });
    expect(done.status).toBe(302);
    const manager = await new PageClient().login(email, 'chefens-kodeord');
    expect((await manager.get('/admin/staff')).status).toBe(200);
    const audit = await testDatabase().sequelize.query<{ actor_name: string; action: string }>(
      `SELECT actor_name, action FROM audit_log WHERE entity = 'staff' AND entity_id = :id`,
      { type: QueryTypes.SELECT, replacements: { id: String(person!.id) } },
    );
    expect(audit).toEqual([{ actor_name: 'command line', action: 'invited' }]);

    const again = await admin(['create-manager', '--email', email, '--first', 'Mette', '--last', 'Chef']);
    expect(again).toMatchObject({ code: 2, stdout: '' });
    expect(again.stderr).toBe('admin: create-manager: --email: The e-mail address is already in use by Mette Chef.\n');
  });

  it('answers bad input with one line and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [[], /^admin: usage: npm run -s admin -- create-manager --email E --first F --last L/],
      [['create-manager', '--email', 'a@b.dk', '--first', 'A'], /^admin: missing --last; usage:/],
      [['create-manager', '--email', 'ikke-en-adresse', '--first', 'A', '--last', 'B'], /^admin: create-manager: --email: Invalid e-mail address\.$/],
      [['create-manager', '--email', 'a@b.dk', '--first', 'A', '--last', 'B', '--role', 'x'], /^admin: Unknown option '--role'/],
      [['create-agent'], /^admin: unknown command 'create-agent'/],
    ];
    for (const [args, expected] of cases) {
      const run = await admin(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(expected);
    }
  });

  it('uses the embedded PostgreSQL that npm start is running', async () => {
    const dataDir = defaultDataDir('test');
    const server = await startEmbeddedPostgres({ dataDir, persistent: false, log: () => {} });
    try {
      const email = `first-${unique()}@desk.test`;
      const run = await admin(['create-manager', '--email', email, '--first', 'Første', '--last', 'Leder'], {
        DATABASE_URL: undefined,
        EMBEDDED_POSTGRES_DIR: dataDir,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`the running embedded PostgreSQL in ${dataDir}`);
      expect(run.stdout).toMatch(LINK);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const found = await client.query('SELECT role FROM people WHERE email = $1', [email]);
      await client.end();
      expect(found.rows).toEqual([{ role: 'manager' }]);
    } finally {
      await server.stop();
    }
  });

  it('starts a stopped embedded PostgreSQL for the command on a fresh production install, and stops it again', async () => {
    const dataDir = defaultDataDir('test');
    try {
      const run = await admin(['create-manager', '--email', 'chef@kunde.test', '--first', 'Ny', '--last', 'Chef'], {
        DATABASE_URL: undefined,
        EMBEDDED_POSTGRES_DIR: dataDir,
        NODE_ENV: 'production',
        SESSION_SECRET: 'a-production-secret-of-at-least-32-chars',
        PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
        PUBLIC_URL: 'https://support.kunde.test',
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('(started for this command)');
      expect(LINK.exec(run.stdout)?.[1]).toBe('https://support.kunde.test');
      expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
      expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});
