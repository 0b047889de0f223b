// Access to the servers test/global-setup.ts started, from inside a test file.
import { inject } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { connectDatabase, type Database } from '../../db/connection.js';

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

/** A client of the dev server the running product uses. */
export async function devServerClient(): Promise<Client> {
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  return new Client({ connection, namespace: 'default' });
}
