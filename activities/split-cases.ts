// Creates the read-model rows of the cases split off a case, one per title, keeping the original's
// contact, channel and received time. Idempotent: a row is unique per (original, index).
import { QueryTypes } from 'sequelize';
import type { Database } from '../db/connection.js';
import type { SplitRequest } from '../workflows/records.js';

export function allocateSplitCases({ db }: { db: Database }) {
  return async function allocateSplitCases(req: SplitRequest): Promise<{ number: number; title: string }[]> {
    return db.sequelize.transaction(async (transaction) => {
      for (const [index, title] of req.titles.entries()) {
        await db.sequelize.query(
          `INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, registered_by_id, title,
              description, fields, received_at, split_from, split_index)
           SELECT n.number, 'case-' || n.number, p.type, 'received', p.channel, p.company_id, p.contact_id, p.registered_by_id, :title,
              p.description, p.fields, p.received_at, p.number, :index
           FROM cases p, (SELECT nextval('case_number_seq')::int AS number) n
           WHERE p.number = :parent
           ON CONFLICT (split_from, split_index) DO NOTHING`,
          { transaction, replacements: { parent: req.parentNumber, index: req.firstIndex + index, title } },
        );
      }
      return db.sequelize.query<{ number: number; title: string }>(
        'SELECT number, title FROM cases WHERE split_from = :parent AND split_index >= :first AND split_index < :end ORDER BY split_index',
        { transaction, type: QueryTypes.SELECT, replacements: { parent: req.parentNumber, first: req.firstIndex, end: req.firstIndex + req.titles.length } },
      );
    });
  };
}
