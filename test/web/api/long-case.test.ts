// A case never gets stuck by its own length (issue 24): 5 000 customer replies and 5 000 desk notes
// driven into one case through the API, by a few clients at once, against the product as `npm start`
// runs it (default run limits: a run hands over after 1 000 Updates or 2 000 history events). Every
// request is answered (no 5xx, no refusal), the current run's history stays under 2 500 events, the
// case resolves and closes and bills its logged time exactly once, and the paged timeline holds every
// reply, in the order each client sent them, and every note.
import { afterAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { api, tokenFor } from '../../support/api-client.js';
import { AGENT, contact1 } from '../../support/api-cases.js';
import { checkedApi } from '../../support/openapi-check.js';
import { devServerClient, testDatabase } from '../../support/servers.js';

const REPLIES = 5_000;
const NOTES = 5_000;
/** Clients sending replies (Updates of one workflow) and clients writing notes, all at once. */
const REPLY_LANES = 3;
const NOTE_LANES = 2;
/** Time logged along the way: this many times, these minutes. */
const LOGS = 10;
const LOG_MINUTES = 7;
const CONTACT = contact1('faktureret');

let temporal: Client | null = null;
afterAll(async () => temporal?.connection.close());

interface Seen {
  statuses: Map<number, number>;
  failures: string[];
  maxHistory: number;
  runs: Set<string>;
}

describe('a case with 10 000 timeline entries', () => {
  it('takes every reply and note, hands its run over, bills once and pages its timeline', { timeout: 1_500_000 }, async () => {
    temporal = await devServerClient();
    const [agent, contact] = await Promise.all([tokenFor(AGENT), tokenFor(CONTACT)]);
    const created = await api('POST', '/cases', {
      token: contact,
      body: {
        type: 'support',
        title: `Long case ${Date.now()}`,
        description: 'One case used as a chat for a year.',
        fields: { workflow: 'Løn', tried: 'Alt', expected: 'Svar' },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const number: number = created.body.number;
    const handle = temporal.workflow.getHandle(`case-${number}`);
    expect((await api('POST', `/cases/${number}/actions/acknowledge`, { token: agent, body: { plan: 'Vi svarer løbende.' } })).status).toBe(200);
    expect((await api('POST', `/cases/${number}/actions/qualify`, { token: agent, body: {} })).status).toBe(200);

    const seen: Seen = { statuses: new Map(), failures: [], maxHistory: 0, runs: new Set() };
    const count = (status: number, what: string, body: unknown) => {
      seen.statuses.set(status, (seen.statuses.get(status) ?? 0) + 1);
      if (status !== 200 && status !== 201 && seen.failures.length < 10) seen.failures.push(`${what}: ${status} ${JSON.stringify(body).slice(0, 300)}`);
    };
    const watchHistory = async () => {
      const d = await handle.describe();
      seen.maxHistory = Math.max(seen.maxHistory, d.historyLength);
      seen.runs.add(d.runId);
    };

    let nextReply = 0;
    let nextNote = 0;
    const replyLane = async (lane: number) => {
      for (let i = lane; i < REPLIES; i += REPLY_LANES) {
        const r = await api('POST', `/cases/${number}/actions/reply`, { token: contact, body: { message: `reply ${lane}:${String(i).padStart(4, '0')}` } });
        count(r.status, `reply ${i}`, r.body);
        const sent = ++nextReply;
        if (sent % 250 === 0) await watchHistory();
        if (sent % (REPLIES / LOGS) === 0) {
          const logged = await api('POST', `/cases/${number}/actions/log-time`, { token: agent, body: { minutes: LOG_MINUTES, note: 'Svar' } });
          count(logged.status, 'log-time', logged.body);
        }
      }
    };
    const noteLane = async (lane: number) => {
      for (let i = lane; i < NOTES; i += NOTE_LANES) {
        const r = await api('POST', `/cases/${number}/messages`, {
          token: agent,
          body: { body: `note ${lane}:${String(i).padStart(4, '0')}`, internal: true },
        });
        count(r.status, `note ${i}`, r.body);
        nextNote++;
      }
    };
    const started = Date.now();
    await Promise.all([...Array.from({ length: REPLY_LANES }, (_, l) => replyLane(l)), ...Array.from({ length: NOTE_LANES }, (_, l) => noteLane(l))]);
    await watchHistory();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `long case #${number}: ${REPLIES} replies + ${NOTES} notes in ${seconds.toFixed(0)} s; ${seen.runs.size} runs seen, longest history ${seen.maxHistory} events\n`,
    );
    expect(seen.failures).toEqual([]);
    expect(Object.fromEntries(seen.statuses)).toEqual({ 200: REPLIES + LOGS, 201: NOTES });
    expect(nextNote).toBe(NOTES);
    expect(seen.maxHistory).toBeLessThan(2_500);
    expect(seen.runs.size).toBeGreaterThan(1);

    // Resolve and close: the logged time is billed once.
    expect((await api('POST', `/cases/${number}/actions/resolve`, { token: agent, body: { summary: 'Besvaret.' } })).status).toBe(200);
    const closed = await checkedApi('POST', `/cases/${number}/actions/close`, { token: agent, body: {} });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.timeline).toHaveLength(100);
    await handle.result();
    const lines = await testDatabase().models.BillingLineRecord.findAll({ where: { caseNumber: number } });
    expect(lines.map((l) => ({ kind: l.kind, minutes: l.minutes }))).toEqual([{ kind: 'time', minutes: LOGS * LOG_MINUTES }]);

    // The paged timeline, newest first: every reply once, each client's in the order it sent them; every note.
    const doc = await checkedApi('GET', `/cases/${number}`, { token: agent });
    const total: number = doc.body.timelineTotal;
    expect(total).toBe(REPLIES + NOTES + LOGS + 5); // received, acknowledge, qualify, resolve, close, the replies, the notes, the time logged
    const items: { kind: string; text: string | null }[] = [];
    for (let before: string | null = null, pages = 0; pages === 0 || before; pages++) {
      const path: string = `/cases/${number}/timeline?limit=500${before ? `&before=${encodeURIComponent(before)}` : ''}`;
      const page = pages % 5 === 0 ? await checkedApi('GET', path, { token: agent }) : await api('GET', path, { token: agent });
      expect(page.status, JSON.stringify(page.body).slice(0, 300)).toBe(200);
      items.push(...page.body.items);
      before = page.body.next;
      expect(pages).toBeLessThan(100);
    }
    expect(items).toHaveLength(total);
    const chronological = items.reverse();
    expect(chronological[0]!.kind).toBe('received');
    expect(chronological.at(-1)!.kind).toBe('close');
    const replies = chronological.filter((e) => e.kind === 'reply').map((e) => e.text!);
    expect(new Set(replies).size).toBe(REPLIES);
    for (let lane = 0; lane < REPLY_LANES; lane++) {
      const mine = replies.filter((t) => t.startsWith(`reply ${lane}:`));
      expect(mine).toEqual([...mine].sort());
    }
    expect(chronological.filter((e) => e.kind === 'note')).toHaveLength(NOTES);
    // The read model's versions went up one at a time across every run: no event twice, none lost.
    const events = await testDatabase().models.CaseEventRecord.findAll({ where: { caseNumber: number }, order: [['seq', 'ASC']], attributes: ['seq'] });
    expect(events.map((e) => e.seq)).toEqual(events.map((_e, i) => i + 1));
    // The customer sees the replies but not the notes.
    const customerDoc = await api('GET', `/cases/${number}`, { token: contact });
    expect(customerDoc.body.timelineTotal).toBe(REPLIES + LOGS + 5);
  });
});
