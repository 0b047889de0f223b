// A new case's row, written in one statement that numbers it and reads its company's name and terms
// (what the workflow judges coverage by), so intake costs one round trip to the database.
import { QueryTypes, type Transaction } from 'sequelize';
import type { CaseRecord } from '../db/models/case-record.js';
import type { CompanyForCase } from '../workflows/records.js';
import type { CaseType, Channel } from '../domain/types.js';
import type { Services } from './context.js';

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
}

const SQL = `
WITH n AS (SELECT nextval('case_number_seq')::int AS number),
row AS (
  INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, registered_by_id, title, description, fields, received_at)
  SELECT n.number, 'case-' || n.number, :type, 'received', :channel, :companyId, :contactId, :registeredById, :title, :description, CAST(:fields AS jsonb), :receivedAt
  FROM n
  RETURNING number
)
SELECT row.number, json_build_object(
  'name', c.name,
  'terms', json_build_object(
    'solutionType', c.solution_type,
    'firstTrainingDay', to_char(c.first_training_day, 'YYYY-MM-DD'),
    'agreements', COALESCE((SELECT json_agg(json_build_object('kind', a.kind, 'validFrom', to_char(a.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(a.valid_to, 'YYYY-MM-DD'))
                              ORDER BY a.valid_from, a.id) FROM agreements a WHERE a.company_id = c.id), '[]'))) AS company
FROM row, companies c WHERE c.id = :companyId`;

/** Inserts the case row; answers it (as the model) with the company as the workflow reads it. */
export async function insertCase(s: Services, v: CaseRowValues, transaction?: Transaction): Promise<{ record: CaseRecord; company: CompanyForCase }> {
  const [row] = await s.db.sequelize.query<{ number: number; company: CompanyForCase }>(SQL, {
    type: QueryTypes.SELECT,
    replacements: { ...v, fields: JSON.stringify(v.fields) },
    transaction,
  });
  const number = row!.number;
  const record = s.db.models.CaseRecord.build(
    { ...v, number, workflowId: `case-${number}`, status: 'received', responseDueAt: null, version: 0 },
    { isNewRecord: false },
  );
  return { record, company: row!.company };
}
