// The data keys of case workflows in PostgreSQL (table payload_data_keys, migration 0130): one row
// per workflow, wrapped by a master key. One statement per lookup; the key ring caches the result.
import { QueryTypes } from 'sequelize';
import type { Database } from '../../../db/connection.js';
import type { DataKeyStore, WrappedDataKey } from './data-keys.js';

interface Row {
  key_id: string;
  workflow_id: string;
  master_key_id: string;
  wrapped: Buffer;
}

const toKey = (r: Row): WrappedDataKey => ({ keyId: r.key_id, workflowId: r.workflow_id, masterKeyId: r.master_key_id, wrapped: r.wrapped });

export function pgDataKeyStore(db: Database): DataKeyStore {
  const select = (sql: string, replacements: Record<string, unknown>) => db.sequelize.query<Row>(sql, { type: QueryTypes.SELECT, replacements });
  return {
    async byId(keyId) {
      const [row] = await select('SELECT key_id, workflow_id, master_key_id, wrapped FROM payload_data_keys WHERE key_id = :keyId', { keyId });
      return row ? toKey(row) : null;
    },
    async forWorkflow(workflowId, fresh) {
      // One statement whether the workflow has a key or not: the insert, or the key it already has.
      const rows = await select(
        `WITH made AS (
           INSERT INTO payload_data_keys (key_id, workflow_id, master_key_id, wrapped) VALUES (:keyId, :workflowId, :masterKeyId, :wrapped)
           ON CONFLICT (workflow_id) DO NOTHING RETURNING key_id, workflow_id, master_key_id, wrapped)
         SELECT * FROM made UNION ALL SELECT key_id, workflow_id, master_key_id, wrapped FROM payload_data_keys WHERE workflow_id = :workflowId LIMIT 1`,
        { keyId: fresh.keyId, workflowId, masterKeyId: fresh.masterKeyId, wrapped: fresh.wrapped },
      );
      if (rows[0]) return toKey(rows[0]);
      // Another process stored the workflow's key while this statement ran (its snapshot did not see it).
      const [row] = await select('SELECT key_id, workflow_id, master_key_id, wrapped FROM payload_data_keys WHERE workflow_id = :workflowId', { workflowId });
      if (!row) throw new Error(`no data key could be stored for ${workflowId}`);
      return toKey(row);
    },
  };
}
