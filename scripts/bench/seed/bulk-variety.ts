// More of what the dashboards and competence figures read, on top of bulk-cases.ts's cases: quotes
// and training offers waiting on the approver, service-request order types, the desk's competence
// marks (training offers, reclassifications, questions not understood or returned) and company charges.
// Only the read model is touched (no workflows), as bulk-cases does.
import type { Sequelize } from 'sequelize';

export async function bulkVariety(sql: Sequelize): Promise<void> {
  // One in five open change requests has a released quote waiting on the approver.
  await sql.query(
    `UPDATE cases SET status = 'awaiting_acceptance', waiting_on = 'approver',
            view = view || jsonb_build_object('quote', jsonb_build_object('priceOre', (number % 40 + 5) * 250000, 'outcome', 'pending'))
      WHERE workflow_id LIKE 'imported-%' AND type = 'change_request' AND status = 'in_progress' AND (number / 10) % 5 = 0`,
  );
  // One in eight open support cases waits on the approver's answer to a training offer.
  await sql.query(
    `UPDATE cases SET status = 'waiting_on_customer', waiting_on = 'approver',
            view = view || jsonb_build_object('training', jsonb_build_object('hours', 2, 'priceOre', 190000, 'outcome', 'offered'))
      WHERE workflow_id LIKE 'imported-%' AND type = 'support' AND status = 'in_progress' AND (number / 10) % 8 = 0`,
  );
  // Every third product idea is one of the service-request orders instead.
  await sql.query(
    `UPDATE cases SET type = (ARRAY['course_booking', 'consultancy', 'contact_order'])[1 + (number / 3) % 3]
      WHERE workflow_id LIKE 'imported-%' AND type = 'product_idea' AND number % 3 = 0`,
  );
  await sql.query(
    `INSERT INTO case_events (workflow_id, seq, case_number, kind, text, visibility, data, occurred_at)
     SELECT c.workflow_id, k.seq, c.number, k.kind, k.text, k.visibility, '{}'::jsonb, c.received_at + k.seq * interval '50 minutes'
       FROM cases c
       JOIN (VALUES (6, 'offer-training', NULL, 'customer', 'support', 11),
                    (7, 'accept-training', NULL, 'customer', 'support', 22),
                    (8, 'mark-not-understood', 'The question showed the workflow was not understood.', 'internal', 'support', 13),
                    (9, 'return-question', 'Please qualify the question first.', 'customer', 'support', 17),
                    (10, 'reclassify', 'Changed the setup themselves.', 'customer', 'incident', 19),
                    (11, 'release-quote', NULL, 'customer', 'change_request', 1)) AS k(seq, kind, text, visibility, type, every)
         ON c.type = k.type AND c.number % k.every = 0
      WHERE c.workflow_id LIKE 'imported-%' AND (k.kind <> 'release-quote' OR c.status = 'awaiting_acceptance')
      ON CONFLICT (workflow_id, seq) DO NOTHING`,
  );
  await sql.query(
    `INSERT INTO case_events (workflow_id, seq, case_number, kind, visibility, data, occurred_at)
     SELECT workflow_id, 12, number, 'offer-training', 'customer', '{}'::jsonb, received_at + interval '1 day'
       FROM cases WHERE workflow_id LIKE 'imported-%' AND status = 'waiting_on_customer' AND waiting_on = 'approver'
      ON CONFLICT (workflow_id, seq) DO NOTHING`,
  );
  await sql.query(
    `INSERT INTO company_charges (company_id, person_id, kind, minutes, amount_ore, text, billed_on)
     SELECT p.company_id, p.id, 'contact_training', 120, 190000, 'Supportkontaktundervisning, 2 timer', CURRENT_DATE - (p.id % 300)
       FROM people p WHERE p.role = 'contact'`,
  );
}
