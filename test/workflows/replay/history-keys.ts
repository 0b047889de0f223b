// The payload keys of the recorded histories. Histories recorded under the payload codec are
// encrypted with the tooling master key (platform/temporal/codec/tooling-keys.ts) and each case's own
// data key; the wrapped data keys a history uses are kept beside the histories in data-keys.json
// (added to, never rewritten), so the replay test reads them without the database they were made in.
// Histories recorded before the codec are plain text: the codec passes them through.
import fs from 'node:fs';
import path from 'node:path';
import { QueryTypes } from 'sequelize';
import type { Database } from '../../../db/connection.js';
import type { DataKeyStore, WrappedDataKey } from '../../../platform/temporal/codec/data-keys.js';
import { protectionWith, type PayloadProtection } from '../../../platform/temporal/codec/data-converter.js';
import { parsePayloadKeys } from '../../../platform/temporal/codec/master-keys.js';
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';

const KEYS_FILE = path.resolve('test/workflows/replay/histories/data-keys.json');

type KeyFile = Record<string, { workflowId: string; masterKeyId: string; wrapped: string }>;

function readKeys(): KeyFile {
  return fs.existsSync(KEYS_FILE) ? (JSON.parse(fs.readFileSync(KEYS_FILE, 'utf8')) as KeyFile) : {};
}

function fileKeyStore(): DataKeyStore {
  const keys = readKeys();
  const toKey = (keyId: string): WrappedDataKey | null => {
    const k = keys[keyId];
    return k ? { keyId, workflowId: k.workflowId, masterKeyId: k.masterKeyId, wrapped: Buffer.from(k.wrapped, 'base64') } : null;
  };
  // A replay encodes what the workflow would send (a split's child input, a signal to a moved case) and
  // throws it away: a workflow without a recorded key gets a made-up one, kept in memory.
  const made = new Map<string, WrappedDataKey>();
  return {
    byId: async (keyId) => toKey(keyId) ?? [...made.values()].find((k) => k.keyId === keyId) ?? null,
    forWorkflow: async (workflowId, fresh) => {
      const recorded = Object.entries(keys).find(([, k]) => k.workflowId === workflowId)?.[0];
      if (recorded) return toKey(recorded)!;
      if (!made.has(workflowId)) made.set(workflowId, fresh);
      return made.get(workflowId)!;
    },
  };
}

/** The codec the recorded histories are read with. */
export function historyProtection(): PayloadProtection {
  return protectionWith(parsePayloadKeys(TOOLING_PAYLOAD_KEYS), fileKeyStore());
}

/** Every `encryption-key-id` a history (proto3 JSON) names. */
function keyIdsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keyIdsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'encryption-key-id' && typeof v === 'string') out.add(Buffer.from(v, 'base64').toString('utf8'));
      else keyIdsIn(v, out);
    }
  }
  return out;
}

/** Adds the wrapped data keys a recorded history uses (from the recording's database) to data-keys.json. */
export async function saveHistoryKeys(historyJson: string, db: Database): Promise<void> {
  const ids = [...keyIdsIn(JSON.parse(historyJson))].filter((id) => !id.startsWith('master/'));
  if (ids.length === 0) return;
  const rows = await db.sequelize.query<{ key_id: string; workflow_id: string; master_key_id: string; wrapped: Buffer }>(
    'SELECT key_id, workflow_id, master_key_id, wrapped FROM payload_data_keys WHERE key_id IN (:ids)',
    { type: QueryTypes.SELECT, replacements: { ids } },
  );
  const keys = readKeys();
  for (const r of rows) keys[r.key_id] = { workflowId: r.workflow_id, masterKeyId: r.master_key_id, wrapped: r.wrapped.toString('base64') };
  fs.writeFileSync(KEYS_FILE, `${JSON.stringify(keys, null, 2)}\n`);
}
