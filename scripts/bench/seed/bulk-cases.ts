// Bulk cases for benchmarks: the read model (with timeline events and billing lines) filled
// directly, without workflows — lists and dashboards read PostgreSQL only.
import type { Sequelize } from 'sequelize';

/** `n` more cases straight into the read model (no workflows: lists read PostgreSQL). */
export async function bulkLoad(sql: Sequelize, n: number): Promise<void> {
  await sql.query(
    `WITH people AS (
       SELECT company_id, min(id) AS contact_id FROM people WHERE role = 'contact' GROUP BY company_id
     ), numbered AS (
       SELECT g AS i, nextval('case_number_seq')::int AS number,
              (ARRAY['hypercare','udvidet','basis','faktureret'])[1 + g % 4] AS company_id,
              (ARRAY['support','incident','change_request','product_idea'])[1 + (g / 4) % 4] AS type,
              CASE WHEN g % 10 < 8 THEN 'closed' WHEN g % 10 = 8 THEN 'received' ELSE 'in_progress' END AS status,
              now() - (g % 700) * interval '1 day' - (g % 480) * interval '1 minute' AS received_at
       FROM generate_series(1, :n) g
     )
     INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, description, fields, received_at,
                        response_due_at, responded_at, sla_breached, waiting_on, billable, coverage, logged_minutes, view, closed_at, version)
     SELECT number, 'imported-' || number, type, status, (ARRAY['portal','mail','phone'])[1 + i % 3], n.company_id, p.contact_id,
            'Imported case ' || number, 'Imported for the benchmark.', '{}'::jsonb, received_at,
            CASE WHEN status = 'received' THEN received_at + interval '1 day' END,
            CASE WHEN status <> 'received' THEN received_at + interval '2 hours' END,
            i % 17 = 0, CASE WHEN status = 'closed' THEN NULL ELSE 'desk' END, n.company_id = 'faktureret',
            '{"billable": false, "code": "agreement_covers_channel", "agreement": null, "hyperCareUntil": null}'::jsonb,
            (i % 90), jsonb_build_object('quote', NULL, 'training', NULL, 'status', status),
            CASE WHEN status = 'closed' THEN received_at + interval '3 days' END, 5
     FROM numbered n JOIN people p USING (company_id)`,
    { replacements: { n } },
  );
  await sql.query(
    `INSERT INTO case_events (workflow_id, seq, case_number, kind, text, visibility, data, occurred_at)
     SELECT c.workflow_id, k.seq, c.number, k.kind, k.text, 'customer', '{}'::jsonb, c.received_at + k.seq * interval '1 hour'
     FROM cases c CROSS JOIN (VALUES (1, 'received', NULL), (2, 'acknowledge', 'We look at it.'), (3, 'qualify', NULL), (4, 'resolve', 'Answered.'), (5, 'close', NULL)) AS k(seq, kind, text)
     WHERE c.workflow_id LIKE 'imported-%'`,
  );
  await sql.query(
    `INSERT INTO billing_lines (case_number, line_no, company_id, kind, minutes, amount_ore, text, billed_on)
     SELECT number, 1, company_id, 'time', greatest(15, logged_minutes), greatest(15, logged_minutes) * 95000 / 60, 'Forbrugt tid', (closed_at AT TIME ZONE 'Europe/Copenhagen')::date
     FROM cases WHERE workflow_id LIKE 'imported-%' AND status = 'closed' AND billable`,
  );
}
