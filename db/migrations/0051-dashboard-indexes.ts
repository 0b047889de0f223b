// Indexes for the managers' dashboards and the SLA page (issue 13 item 4), so that each aggregate
// reads one index only, at 100 000 cases: cases by receipt with what the first-response chart counts,
// open cases by status and age (with what the per-company counts need), the unanswered ones by due
// time, the responses of the last days with their receipt, cases waiting on a price approver, and
// orders by type and receipt.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX cases_received_sla ON cases (received_at) INCLUDE (company_id, responded_at, sla_breached);
    CREATE INDEX cases_open_age ON cases (status, received_at) INCLUDE (company_id, responded_at) WHERE status NOT IN ('closed', 'withdrawn');
    CREATE INDEX cases_unanswered ON cases (response_due_at) INCLUDE (company_id) WHERE responded_at IS NULL AND status NOT IN ('closed', 'withdrawn');
    DROP INDEX cases_responded_at;
    CREATE INDEX cases_responded_at ON cases (responded_at) INCLUDE (received_at) WHERE responded_at IS NOT NULL;
    CREATE INDEX cases_awaiting ON cases (company_id) WHERE waiting_on = 'approver';
    CREATE INDEX cases_type_received ON cases (type, received_at) INCLUDE (company_id);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP INDEX IF EXISTS cases_received_sla, cases_open_age, cases_unanswered, cases_awaiting, cases_type_received, cases_responded_at;
    CREATE INDEX cases_responded_at ON cases (responded_at) WHERE responded_at IS NOT NULL;
  `);
};
