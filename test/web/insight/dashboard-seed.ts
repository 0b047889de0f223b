// Half a year of history for a company, relative to the real clock, written straight into the read
// model (as bulk-cases does for the benchmarks): requests answered in time or late, open cases of
// every age, billed lines, quotes and training offers waiting on the approver, orders of each type.
// The browser test draws the dashboards from it, so the screenshots show charts with something in them.
import type { Sequelize } from 'sequelize';
import { QueryTypes } from 'sequelize';

/** `count` cases for `companyId`, one every 13 hours back from now. */
export async function seedHistory(sql: Sequelize, companyId: string, name: string, count: number, scale = 1): Promise<void> {
  await sql.query(`INSERT INTO companies (id, name, solution_type) VALUES (:companyId, :name, 'standard')`, { replacements: { companyId, name } });
  const [{ id: contactId }] = await sql.query<{ id: number }>(
    `INSERT INTO people (email, first_name, last_name, role, company_id) VALUES (:email, 'Sofie', 'Skærm', 'contact', :companyId) RETURNING id`,
    { type: QueryTypes.SELECT, replacements: { email: `sofie@${companyId}.test`, companyId } },
  );
  await sql.query(
    `WITH spec AS (
       SELECT g, nextval('case_number_seq')::int AS number,
              now() - g * interval '13 hours' - (g % 7) * interval '37 minutes' AS received_at,
              (ARRAY['support','support','incident','change_request','support','course_booking','consultancy','support','contact_order','product_idea'])[1 + g % 10] AS type,
              -- Late first responses come in waves: more in some weeks than others.
              ((g * 7) % 23) < 2 + (g / 40) % 4 AS breached
         FROM generate_series(1, :count) g
     ), shaped AS (
       SELECT *, CASE
                   WHEN received_at < now() - interval '40 days' THEN 'closed'
                   WHEN g % 11 = 0 AND type IN ('change_request', 'course_booking', 'consultancy') THEN 'awaiting_acceptance'
                   WHEN g % 6 = 0 AND type = 'support' THEN 'waiting_on_customer'
                   WHEN g < 3 THEN 'received'
                   ELSE (ARRAY['in_progress','in_progress','resolved','waiting_on_customer','estimating','received'])[1 + g % 6]
                 END AS status
         FROM spec
     )
     INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, received_at, responded_at, sla_breached, waiting_on, view, closed_at, version)
     SELECT number, 'seed-' || number, type, status, (ARRAY['portal','mail','phone'])[1 + g % 3], :companyId, :contactId, 'Skærmbillede ' || number, received_at,
            CASE WHEN status = 'received' THEN NULL WHEN breached THEN received_at + interval '30 hours' ELSE received_at + (g % 5 + 1) * interval '1 hour' END,
            breached AND status <> 'received',
            CASE WHEN status = 'awaiting_acceptance' OR (status = 'waiting_on_customer' AND g % 12 = 0) THEN 'approver' WHEN status = 'closed' THEN NULL ELSE 'desk' END,
            jsonb_build_object('quote', jsonb_build_object('priceOre', (40 + g % 9 * 15) * 100000 * :scale), 'training', jsonb_build_object('priceOre', 190000)),
            CASE WHEN status = 'closed' THEN received_at + interval '3 days' END, 5
       FROM shaped`,
    { replacements: { count, companyId, contactId, scale } },
  );
  await sql.query(
    `INSERT INTO case_events (workflow_id, seq, case_number, kind, visibility, occurred_at)
     SELECT workflow_id, 2, number, CASE WHEN status = 'awaiting_acceptance' THEN 'release-quote' ELSE 'offer-training' END, 'customer',
            least(now(), received_at + (number % 9) * interval '1 day')
       FROM cases WHERE company_id = :companyId AND waiting_on = 'approver'`,
    { replacements: { companyId } },
  );
  await sql.query(
    `INSERT INTO billing_lines (case_number, line_no, company_id, kind, minutes, amount_ore, text, billed_on)
     SELECT number, 1, company_id, 'time', 15 + (number % 8) * 15 * :scale, (15 + (number % 8) * 15 * :scale) * 95000 / 60, 'Forbrugt tid',
            CAST(closed_at AT TIME ZONE 'Europe/Copenhagen' AS date)
       FROM cases WHERE company_id = :companyId AND status = 'closed' AND type IN ('support', 'change_request', 'consultancy')`,
    { replacements: { companyId, scale } },
  );
}
