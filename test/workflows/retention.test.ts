// Retention on the time-skipping server (SPEC §10): the nightly run clears the texts and files of a
// case closed 61 months before it and leaves one closed 59 months before it alone. The Java test
// server has no Schedules, so the run is started here as the `retention-nightly` Schedule starts it
// (same workflow, same input) at the next 02:30 Copenhagen time, reached by skipping the clock; the
// Schedule itself is checked on the dev server (test/web/privacy/retention-schedule.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { addDays, deskCalendar, wallClock } from '../support/desk-time.js';
import { monthsBefore, retentionWorkflow, type RetentionReport } from '../../workflows/retention.js';
import { REMOVED_TITLE } from '../../db/privacy/scrub.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(() => h?.close());

/** A closed case with a description, a message, a timeline text, a file and a payload key, closed at `closedAt`. */
async function closedCase(closedAt: Date, words: string): Promise<number> {
  const db = h.services.db.sequelize;
  const contact = await h.person('kontakt1@faktureret.test');
  const [{ n }] = await db.query<{ n: number }>(`SELECT nextval('case_number_seq')::int AS n`, { type: QueryTypes.SELECT });
  const at = closedAt.toISOString();
  await db.query(
    `INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, description, fields, received_at, closed_at, version)
     VALUES (:n, :wf, 'support', 'closed', 'portal', 'faktureret', :contact, :title, :words, CAST(:fields AS jsonb), CAST(:at AS timestamptz) - interval '3 days', :at, 3)`,
    { replacements: { n, wf: `case-${n}`, contact: contact.id, title: `Titel ${words}`, words, fields: JSON.stringify({ tried: words }), at } },
  );
  await db.query(`INSERT INTO case_messages (case_number, author_id, body, created_at) VALUES (:n, :contact, :words, :at)`, {
    replacements: { n, contact: contact.id, words, at },
  });
  await db.query(
    `INSERT INTO case_events (workflow_id, seq, case_number, kind, actor_id, actor_name, text, visibility, data, occurred_at)
     VALUES (:wf, 1, :n, 'reply', :contact, 'Kontakt', :words, 'customer', '{}'::jsonb, :at)`,
    { replacements: { n, wf: `case-${n}`, contact: contact.id, words, at } },
  );
  await db.query(
    `INSERT INTO attachments (case_number, uploaded_by_id, filename, content_type, size, data) VALUES (:n, :contact, 'bilag.txt', 'text/plain', 5, 'hello')`,
    {
      replacements: { n, contact: contact.id },
    },
  );
  await db.query(`INSERT INTO payload_data_keys (key_id, workflow_id, master_key_id, wrapped) VALUES (:k, :wf, 'tooling1', '\\x00')`, {
    replacements: { k: `case-${n}/test`, wf: `case-${n}` },
  });
  return n;
}

async function texts(n: number) {
  const db = h.services.db.sequelize;
  const [c] = await db.query<{ title: string; description: string; fields: object }>(`SELECT title, description, fields FROM cases WHERE number = :n`, {
    type: QueryTypes.SELECT,
    replacements: { n },
  });
  const [m] = await db.query<{ body: string }>(`SELECT body FROM case_messages WHERE case_number = :n`, { type: QueryTypes.SELECT, replacements: { n } });
  const [e] = await db.query<{ text: string | null }>(`SELECT text FROM case_events WHERE case_number = :n`, { type: QueryTypes.SELECT, replacements: { n } });
  const [f] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM attachments WHERE case_number = :n`, {
    type: QueryTypes.SELECT,
    replacements: { n },
  });
  const [k] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM payload_data_keys WHERE workflow_id = :wf`, {
    type: QueryTypes.SELECT,
    replacements: { wf: `case-${n}` },
  });
  return { ...c, message: m.body, event: e.text, files: f.count, keys: k.count };
}

describe('the nightly retention run', () => {
  it('clears a case closed 61 months before it and keeps one closed 59 months before it', async () => {
    // The next night's run: 02:30 Copenhagen time after the server's "now".
    const now = await h.now();
    const today = deskCalendar.localDate(now);
    const run = [wallClock(today, 2, 30), wallClock(addDays(today, 1), 2, 30)].find((t) => t > now)!;
    const old = await closedCase(monthsBefore(run, 61), 'gammel tekst om fakturaer');
    const recent = await closedCase(monthsBefore(run, 59), 'nyere tekst om fakturaer');
    await h.skipTo(run);

    const report: RetentionReport = await h.services.temporal.workflow.execute(retentionWorkflow, {
      workflowId: `retention-nightly-test-${old}`,
      taskQueue: h.services.env.TEMPORAL_TASK_QUEUE,
      args: [{ retentionMonths: 60 }],
    });
    expect(report.cases).toBeGreaterThanOrEqual(1);
    // 60 months before the run's own clock (which the server moved a moment past 02:30).
    const cutOff = new Date(report.closedBefore).getTime() - monthsBefore(run, 60).getTime();
    expect(cutOff).toBeGreaterThanOrEqual(0);
    expect(cutOff).toBeLessThan(60_000);

    expect(await texts(old)).toMatchObject({ title: REMOVED_TITLE, description: '', fields: {}, message: '', event: null, files: 0, keys: 0 });
    expect(await texts(recent)).toMatchObject({
      title: 'Titel nyere tekst om fakturaer',
      description: 'nyere tekst om fakturaer',
      message: 'nyere tekst om fakturaer',
      files: 1,
      keys: 1,
    });
    const [search] = await h.services.db.sequelize.query<{ hits: number }>(
      `SELECT count(*)::int AS hits FROM case_search WHERE case_number = :n AND staff_doc @@ case_search_query('gammel')`,
      { type: QueryTypes.SELECT, replacements: { n: old } },
    );
    expect(search.hits).toBe(0);
    const [audit] = await h.services.db.sequelize.query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_log WHERE entity = 'retention' ORDER BY id DESC LIMIT 1`,
      { type: QueryTypes.SELECT },
    );
    expect(audit.after).toMatchObject({ closedBefore: report.closedBefore });
    expect(JSON.stringify(audit.after)).not.toContain('gammel');

    // The next night again: the case already cleared is not taken twice, the recent one still kept.
    await h.skipTo(run + 24 * 3600_000);
    const second: RetentionReport = await h.services.temporal.workflow.execute(retentionWorkflow, {
      workflowId: `retention-nightly-test-${old}-2`,
      taskQueue: h.services.env.TEMPORAL_TASK_QUEUE,
      args: [{ retentionMonths: 60 }],
    });
    expect(second.cases).toBe(0);
    expect((await texts(recent)).files).toBe(1);
  });
});
