// The payload protection of one process: its master keys (PAYLOAD_KEYS or the generated one), the key
// ring over the data keys in PostgreSQL, the codec, and the data converter every Temporal client and
// worker of the process is built with. One per database connection, so the web app's client, its codec
// endpoint and an erasure in the same process share one key cache.
import type { DataConverter } from '@temporalio/common';
import type { AppEnv } from '../../../config/env.js';
import type { Database } from '../../../db/connection.js';
import { KeyRing, type DataKeyStore } from './data-keys.js';
import { payloadKeys, type MasterKeys } from './master-keys.js';
import { CasePayloadCodec } from './payload-codec.js';
import { pgDataKeyStore } from './pg-data-keys.js';

export interface PayloadProtection {
  keys: KeyRing;
  codec: CasePayloadCodec;
  dataConverter: DataConverter;
}

export function protectionWith(masterKeys: MasterKeys, store: DataKeyStore): PayloadProtection {
  const keys = new KeyRing(masterKeys, store);
  const codec = new CasePayloadCodec(keys);
  return { keys, codec, dataConverter: { payloadCodecs: [codec] } };
}

const byDatabase = new WeakMap<Database, PayloadProtection>();

/** The process's payload protection over `db` (made once per database connection). */
export function payloadProtection(env: Pick<AppEnv, 'PAYLOAD_KEYS' | 'DATA_DIR'>, db: Database): PayloadProtection {
  let p = byDatabase.get(db);
  if (!p) {
    p = protectionWith(payloadKeys(env.PAYLOAD_KEYS, env.DATA_DIR), pgDataKeyStore(db));
    byDatabase.set(db, p);
  }
  return p;
}
