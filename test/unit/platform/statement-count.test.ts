// The per-request statement counter (platform/statement-count.ts) against a real PostgreSQL: it counts
// every statement issued on its async path — Sequelize's and raw pg's, BEGIN/COMMIT included — and
// nothing from other paths, and leaves out what Sequelize sends to set up a new pooled connection
// (SETs, and the type-OID lookup on an instance's first connection).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../../../db/connection.js';
import { defaultDataDir, startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../../platform/postgres/embedded-postgres.js';
import { countStatements, newTally } from '../../../platform/statement-count.js';

let server: EmbeddedPostgresServer;
let db: Database;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: defaultDataDir('test'), persistent: false, log: () => {} });
  db = connectDatabase(server.url, { poolMax: 4 });
}, 120_000);

afterAll(async () => {
  await db?.close();
  await server?.stop();
});

describe('statement counter', () => {
  it('counts the statements of its own async path, transactions included, and leaves connection setup out', async () => {
    const tally = newTally(true);
    const outside = newTally(false);
    await countStatements(tally, async () => {
      // The first query opens the pool's first connection: Sequelize's SETs and type lookup come first (not counted).
      await db.sequelize.query('SELECT 1');
      await db.sequelize.transaction(async (transaction) => {
        await db.sequelize.query('SELECT 2', { transaction });
        await db.sequelize.query('SELECT 3', { transaction });
      });
      const busyElsewhere = countStatements(outside, async () => {
        for (let i = 0; i < 5; i++) await db.sequelize.query('SELECT pg_sleep(0.01)');
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await Promise.all([db.sequelize.query('SELECT 4'), db.sequelize.query('SELECT 5')]);
      await busyElsewhere;
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query('SELECT $1::int AS six', [6]);
      await client.end();
    });

    const texts = tally.statements!.map((s) => s.text);
    expect(texts.filter((t) => /^SET |pg_type/i.test(t))).toEqual([]);
    expect(texts.map((t) => t.replace(/;$/, '').trim())).toEqual([
      'SELECT 1',
      expect.stringMatching(/^START TRANSACTION|^BEGIN/),
      'SELECT 2',
      'SELECT 3',
      'COMMIT',
      'SELECT 4',
      'SELECT 5',
      'SELECT $1::int AS six',
    ]);
    expect(tally.count).toBe(8);
    expect(tally.statements!.at(-1)!.values).toEqual([6]);
    expect(outside.count).toBe(5);
  });

  it('does not count when no tally is set', async () => {
    const tally = newTally(false);
    await countStatements(tally, async () => {});
    await db.sequelize.query('SELECT 1');
    expect(tally.count).toBe(0);
  });
});
