// Prices and process timers are configuration (config/terms.json or TERMS_FILE), edited outside the
// product. So that such a change still leaves a trace in the audit log, each start compares the
// terms in force with the last ones recorded and, when they differ, records the change with the
// configuration file as its source. Replicas starting together record it once (advisory lock).
import path from 'node:path';
import { QueryTypes } from 'sequelize';
import { termsFilePath } from '../../config/terms.js';
import type { Services } from '../context.js';
import { recordAudit } from './record.js';

const LOCK_KEY = 7_233_006;

/** A nested object as one level of dotted keys: { prices: { hourlyRateOre: 1 } } → { 'prices.hourlyRateOre': 1 }. */
export function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, name));
    else out[name] = v;
  }
  return out;
}

/** Records the terms in force when they differ from the last recorded ones; returns whether it did. */
export async function auditTermsFile(s: Services): Promise<boolean> {
  const current = flatten(s.terms() as unknown as Record<string, unknown>);
  return s.db.sequelize.transaction(async (transaction) => {
    await s.db.sequelize.query('SELECT pg_advisory_xact_lock(:key)', { transaction, replacements: { key: LOCK_KEY } });
    const [last] = await s.db.sequelize.query<{ after: Record<string, unknown>; same: boolean }>(
      `SELECT after, after = CAST(:current AS jsonb) AS same FROM audit_log WHERE entity = 'prices' ORDER BY id DESC LIMIT 1`,
      { transaction, type: QueryTypes.SELECT, replacements: { current: JSON.stringify(current) } },
    );
    if (last?.same) return false;
    const source = `${path.relative(process.cwd(), termsFilePath()) || termsFilePath()}`;
    await recordAudit(
      s,
      { actor: { source }, entity: 'prices', entityId: 'terms', action: last ? 'changed' : 'created', before: last?.after ?? null, after: current },
      transaction,
    );
    return true;
  });
}
