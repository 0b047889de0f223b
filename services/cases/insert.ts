// A new case's row, written in one statement that numbers it and reads its company's name and terms
// (what the workflow judges coverage by), so intake costs one round trip to the database. Filed within
// a request with an Idempotency-Key, the row carries a key from it: a retry of a request whose first
// attempt filed the case (and then died, or could not start the process) gets that case back.
import { QueryTypes, type Transaction } from 'sequelize';
import type { CaseRecord } from '../../db/models/case-record.js';
import type { CompanyForCase } from '../../workflows/records.js';
import type { CaseType, Channel } from '../../domain/types.js';
import type { Services } from '../context.js';

export interface CaseRowValues {
  type: CaseType;
  channel: Channel;
  companyId: string;
  contactId: number;
  registeredById: number | null;
  title: string;
  description: string;
  /** The request's own fields. */
  fields: Record<string, unknown>;
  receivedAt: Date;
  /** From the request's Idempotency-Key (platform/temporal/idempotent-updates.ts), or null. */
  intakeKey: string | null;
}

const SQL = `
WITH n AS (SELECT nextval('case_number_seq')::int AS number),
inserted AS (
  INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, registered_by_id, title, description, fields, received_at, intake_key)
  SELECT n.number, 'case-' || n.number, :type, 'received', :channel, :companyId, :contactId, :registeredById, :title, :description, CAST(:fields AS jsonb), :receivedAt, :intakeKey
  FROM n
  ON CONFLICT (intake_key) WHERE intake_key IS NOT NULL DO NOTHING
  RETURNING number
),
row AS (
  SELECT number, true AS created FROM inserted
  UNION ALL
  SELECT number, false FROM cases WHERE intake_key = :intakeKey AND NOT EXISTS (SELECT 1 FROM inserted)
)
SELECT row.number, row.created, json_build_object(
  'name', c.name,
  'terms', json_build_object(
    'solutionType', c.solution_type,
    'firstTrainingDay', to_char(c.first_training_day, 'YYYY-MM-DD'),
    'agreements', COALESCE((SELECT json_agg(json_build_object('kind', a.kind, 'validFrom', to_char(a.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(a.valid_to, 'YYYY-MM-DD'))
                              ORDER BY a.valid_from, a.id) FROM agreements a WHERE a.company_id = c.id), '[]'))) AS company
FROM row, companies c WHERE c.id = :companyId`;

/** Inserts the case row; answers it (as the model) with the company as the workflow reads it. */
export async function insertCase(
  s: Services,
  v: CaseRowValues,
  transaction?: Transaction,
): Promise<{ record: CaseRecord; company: CompanyForCase; created: boolean }> {
  const [row] = await s.db.sequelize.query<{ number: number; created: boolean; company: CompanyForCase }>(SQL, {
    type: QueryTypes.SELECT,
    replacements: { ...v, fields: JSON.stringify(v.fields) },
    transaction,
  });
  const number = row!.number;
  if (!row!.created) {
    // Filed by an earlier attempt of this request: that case, as it was filed.
    const earlier = await s.db.models.CaseRecord.findByPk(number, { transaction, rejectOnEmpty: true });
    return { record: earlier, company: row!.company, created: false };
  }
  const { intakeKey: _key, ...values } = v;
  const record = s.db.models.CaseRecord.build(
    { ...values, number, workflowId: `case-${number}`, status: 'received', responseDueAt: null, version: 0 },
    { isNewRecord: false },
  );
  return { record, company: row!.company, created: true };
}
