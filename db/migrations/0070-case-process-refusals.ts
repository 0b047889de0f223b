// When Temporal refuses a decision on a case for a reason other than being unreachable — a run at its
// limit of Updates, a process that no longer runs, another refusal — the web records it once per case,
// run and reason (services/cases/process-refusals.ts): the desk managers are told once, and the repair
// command (`npm run -s repair`) finds the case and moves it on, marking the refusal resolved.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE case_process_refusals (
      case_number integer NOT NULL REFERENCES cases(number),
      run_id text NOT NULL,
      reason text NOT NULL CHECK (reason IN ('limit', 'stopped', 'refused')),
      detail text NOT NULL,
      first_at timestamptz NOT NULL DEFAULT now(),
      last_at timestamptz NOT NULL DEFAULT now(),
      refusals integer NOT NULL DEFAULT 1,
      resolved_at timestamptz,
      PRIMARY KEY (case_number, run_id, reason)
    );
    CREATE INDEX case_process_refusals_open ON case_process_refusals (case_number) WHERE resolved_at IS NULL;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP TABLE IF EXISTS case_process_refusals');
};
