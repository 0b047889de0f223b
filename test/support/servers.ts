// Access to the servers test/global-setup.ts started, from inside a test file.
import { inject } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { connectDatabase, type Database } from '../../db/connection.js';
import type { CaseRecord } from '../../db/models/case-record.js';
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';

let db: Database | null = null;

/** The product's database (one pool per test file). */
export function testDatabase(): Database {
  db ??= connectDatabase(inject('databaseUrl'), { poolMax: 4 });
  return db;
}

export async function closeTestDatabase(): Promise<void> {
  await db?.close();
  db = null;
}

export const baseUrl = () => inject('baseUrl');

/** The payload codec's data converter the running product uses (its key, its case keys). */
export function productDataConverter() {
  return payloadProtection({ PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS, DATA_DIR: '.data' }, testDatabase()).dataConverter;
}

/** A client of the dev server the running product uses, reading and writing payloads as the product does. */
export async function devServerClient(): Promise<Client> {
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  return new Client({ connection, namespace: 'default', dataConverter: productDataConverter() });
}

/** The case's read-model row once `ok` holds (by default: the worker has recorded its receipt). */
export async function readModel(number: number, ok: (r: CaseRecord) => boolean = (r) => r.version >= 1, ms = 15_000): Promise<CaseRecord> {
  const deadline = Date.now() + ms;
  for (;;) {
    const row = await testDatabase().models.CaseRecord.findByPk(number);
    if (row && ok(row)) return row;
    if (Date.now() > deadline) throw new Error(`case ${number}: read model not as expected (status ${row?.status}, version ${row?.version})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
