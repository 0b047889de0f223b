// Money over time on the time-skipping server (SPEC §3a, §7): a support contact replaced by an order —
// the new person signs in once the training is delivered, the replaced one cannot, their open cases
// move to the new contact, the training is billed as configured and the third contact active in the
// month carries the monthly fee from that month on, never before — and a billing month locked by its
// export: a case reopened and billed again the next month adds a correction line there, and the
// locked month re-exports byte for byte as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { createCaseHarness, type CaseHarness } from '../../support/case-harness.js';
import { addDays, deskCalendar, plainFortnightAfter, wallClock } from '../../support/desk-time.js';
import { testDatabase } from '../../support/servers.js';
import { hashPassword } from '../../../platform/password-hash.js';
import { checkLogin, setPasswordFromLink } from '../../../services/people/sign-in.js';
import { billingMonth } from '../../../services/billing/export.js';
import { billingCsv } from '../../../services/billing/csv.js';
import { lockMonth } from '../../../services/billing/locks.js';
import { monthDays, shiftMonth } from '../../../domain/billing-months.js';
import { AGENT, MANAGER, linesOf, refusal, templatesFor } from '../steps.js';
import { fileOrder, testCompany } from './order-steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

const db = () => testDatabase();
const month = (at: number) => deskCalendar.localDate(at).slice(0, 7);
const feeLines = async (companyId: string, m: string) =>
  (await billingMonth(h.services, { month: m, companyId }, 'da')).companies.flatMap((c) => c.lines).filter((l) => l.kind === 'contact_fee');

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`not as expected in time: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a support contact replaced by an order', () => {
  it('invites the new person, retires the replaced one, moves their open cases, bills the training and the fee from that month', async () => {
    const co = await testCompany('standard');
    const PASSWORD = 'bents-gamle-kode-1';
    await db().models.Person.update({ passwordHash: await hashPassword(PASSWORD) }, { where: { email: co.contactB } });
    expect(await checkLogin(h.services, co.contactB, PASSWORD)).not.toBeNull();

    const day = plainFortnightAfter(await h.now());
    await h.skipTo(day.at(1, 9, 0));
    // Bent's open case, and the order to replace him (filed by Alma).
    const open = await h.file(co.contactB, 'support');
    await h.act(open, AGENT, 'acknowledge', { plan: 'Vi kigger på det.' });
    const newEmail = `dorte-${co.id}@kunde.test`;
    await refusal(fileOrder(h, co.contactA, 'contact_order', { action: 'replace', replaces: 'nobody@nowhere.test', email: newEmail }), 'invalid');
    await refusal(fileOrder(h, co.contactA, 'contact_order', { action: 'replace', replaces: co.contactB, email: co.approver }), 'invalid');
    const order = await fileOrder(h, co.contactA, 'contact_order', {
      action: 'replace',
      replaces: co.contactB,
      email: newEmail,
      firstName: 'Dorte',
      lastName: 'Dahl',
    });

    await h.act(order, AGENT, 'acknowledge', { plan: 'Vi booker undervisningen.' });
    const offered = await h.act(order, AGENT, 'offer', { text: 'Supportkontaktundervisning tirsdag kl. 9–11.' });
    expect(offered.order?.offer).toMatchObject({ pricing: 'time', hours: 2, rateOre: 95_000, priceOre: 190_000 });
    await h.act(order, co.approver, 'accept-offer');
    await h.act(order, AGENT, 'start-work');
    expect(await db().models.Person.findOne({ where: { email: newEmail } })).toBeNull(); // no access before the training is held

    await h.skipTo(day.at(2, 11, 0));
    const deliveredOn = deskCalendar.localDate(day.at(2, 11, 0));
    const delivered = await h.act(order, AGENT, 'deliver', { summary: 'Undervisningen er holdt.' });
    expect(delivered.status).toBe('delivered');
    const dorte = (await db().models.Person.findOne({ where: { email: newEmail } }))!;
    expect(dorte).toMatchObject({ role: 'contact', companyId: co.id, active: true, firstName: 'Dorte' });
    const bent = (await db().models.Person.findOne({ where: { email: co.contactB } }))!;
    expect(bent.active).toBe(false);
    expect((await h.events(order)).map((e) => e.kind)).toContain('contact_order_delivered');

    // The new person signs in with the invitation's link; the replaced one cannot.
    const invitation = (await db().models.Notification.findOne({ where: { personId: dorte.id, template: 'invitation' } }))!;
    const token = String(invitation.params.linkPath).replace('/password/set/', '');
    expect(await setPasswordFromLink(h.services, token, 'dortes-nye-kode-1', 'dortes-nye-kode-1')).not.toBeNull();
    expect(await checkLogin(h.services, newEmail, 'dortes-nye-kode-1')).not.toBeNull();
    expect(await checkLogin(h.services, co.contactB, PASSWORD)).toBeNull();

    // Bent's open case is now Dorte's, with a line on its timeline.
    const moved = await until(
      () => db().models.CaseRecord.findByPk(open),
      (r) => r?.contactId === dorte.id,
    );
    expect(moved!.view!.contactId).toBe(dorte.id);
    const change = (await h.events(open)).find((e) => e.kind === 'contact_changed')!;
    expect(change.data).toMatchObject({ from: 'Bent Test', to: 'Dorte Dahl', order });
    expect(await templatesFor(h, open, newEmail)).toContain('case_contact_changed');

    await h.act(order, AGENT, 'close');
    await h.result(order);
    expect(await linesOf(h, order)).toEqual([{ kind: 'contact_training', minutes: 120, amountOre: 190_000 }]);

    // Periods: Bent until the delivery day, Dorte from it; three contacts active in that month, two before and after.
    const periods = await db().sequelize.query<{ person_id: number; valid_from: string; valid_to: string | null }>(
      `SELECT person_id, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM person_periods WHERE company_id = :id AND kind = 'contact' ORDER BY id`,
      { type: QueryTypes.SELECT, replacements: { id: co.id } },
    );
    expect(periods).toEqual(
      expect.arrayContaining([
        { person_id: bent.id, valid_from: '2020-01-01', valid_to: deliveredOn },
        { person_id: dorte.id, valid_from: deliveredOn, valid_to: null },
      ]),
    );
    const m = deliveredOn.slice(0, 7);
    expect((await feeLines(co.id, m)).map((l) => [l.amountOre, l.text])).toEqual([[50_000, `Månedligt gebyr, ekstra supportkontakt: Dorte Dahl (${m})`]]);
    expect(await feeLines(co.id, shiftMonth(m, -1))).toEqual([]);
    expect(await feeLines(co.id, shiftMonth(m, 1))).toEqual([]);
  });
});

describe('a billing month locked by its export', () => {
  it('keeps its export byte for byte; a reopened case billed again next month adds a correction line there', async () => {
    const co = await testCompany('standard');
    const manager = await h.person(MANAGER);
    // The last working day of a month ahead, and the first working day of the next.
    const m = month(plainFortnightAfter(await h.now()).at(1, 9, 0));
    let last = monthDays(m).last;
    while (deskCalendar.closedReason(last) !== null) last = addDays(last, -1);
    let first = monthDays(shiftMonth(m, 1)).first;
    while (deskCalendar.closedReason(first) !== null) first = addDays(first, 1);

    await h.skipTo(wallClock(last, 9, 0));
    const billed = await h.file(co.contactA, 'support');
    await h.act(billed, AGENT, 'acknowledge', { plan: 'Vi ringer.' });
    await h.act(billed, AGENT, 'qualify', {});
    await h.act(billed, AGENT, 'log-time', { minutes: 45 });
    await h.act(billed, AGENT, 'resolve', { summary: 'Vist over telefonen.' });
    const closed = await h.act(billed, AGENT, 'close');
    expect(closed.reopenUntil).toBeGreaterThan(wallClock(first, 10, 0));
    const [original] = await h.billingLines(billed);
    expect(original).toMatchObject({ kind: 'time', minutes: 45, amountOre: 71_250, billedOn: last });

    // The export locks the month; a case closed afterwards (the same day) is billed in the next month.
    expect((await billingMonth(h.services, { month: m, companyId: co.id }, 'da')).locked).toBe(false);
    expect(await lockMonth(h.services, manager, m, co.id)).toBe(1);
    const exportedMonth = await billingMonth(h.services, { month: m, companyId: co.id }, 'da');
    expect(exportedMonth.locked).toBe(true);
    const exported = billingCsv(exportedMonth);
    const exportedJson = JSON.stringify(exportedMonth);
    expect(exported).toContain(`;${billed};`);
    await refusal(lockMonth(h.services, manager, shiftMonth(m, 2), co.id), 'conflict'); // a month that has not begun
    const late = await h.file(co.contactA, 'support');
    await h.act(late, AGENT, 'acknowledge', { plan: 'Vi ringer.' });
    await h.act(late, AGENT, 'qualify', {});
    await h.act(late, AGENT, 'log-time', { minutes: 20 });
    await h.act(late, AGENT, 'resolve', { summary: 'Løst.' });
    await h.act(late, AGENT, 'close');
    expect((await h.billingLines(late)).map((l) => [l.kind, l.minutes, l.billedOn])).toEqual([['time', 20, `${shiftMonth(m, 1)}-01`]]);

    // Next month the case is reopened (within its window), 30 more minutes are logged, and it closes again.
    await h.skipTo(wallClock(first, 10, 0));
    expect((await h.act(billed, co.contactA, 'reopen', { reason: 'Det virker ikke helt endnu.' })).status).toBe('in_progress');
    await h.act(billed, AGENT, 'log-time', { minutes: 30 });
    await h.act(billed, AGENT, 'resolve', { summary: 'Nu virker det.' });
    expect((await h.act(billed, AGENT, 'close')).status).toBe('closed');
    expect((await h.result(billed)).loggedMinutes).toBe(75);
    const lines = await h.billingLines(billed);
    expect(lines.map((l) => [l.kind, l.minutes, l.amountOre, l.billedOn])).toEqual([
      ['time', 45, 71_250, last],
      ['correction', 30, 47_500, first],
    ]);
    const [{ corrects_id }] = await db().sequelize.query<{ corrects_id: string }>('SELECT corrects_id FROM billing_lines WHERE id = :id', {
      type: QueryTypes.SELECT,
      replacements: { id: lines[1]!.id },
    });
    expect(Number(corrects_id)).toBe(Number(original!.id));

    // The locked month exports exactly as before; the next month shows the correction with what it corrects.
    const againMonth = await billingMonth(h.services, { month: m, companyId: co.id }, 'da');
    const again = billingCsv(againMonth);
    expect(Buffer.from(again, 'utf8').equals(Buffer.from(exported, 'utf8'))).toBe(true);
    expect(JSON.stringify(againMonth)).toBe(exportedJson);
    const next = await billingMonth(h.services, { month: shiftMonth(m, 1), companyId: co.id }, 'da');
    expect(next.companies[0]!.lines.filter((l) => l.caseNumber !== null).map((l) => [l.caseNumber, l.kind, l.minutes, l.corrects])).toEqual([
      [billed, 'correction', 30, { month: m, caseNumber: billed, kind: 'time' }],
      [late, 'time', 20, null],
    ]);
  });
});
