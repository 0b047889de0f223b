// A long case stays searchable (issue 24, migration 0072): once its search documents have grown large,
// a new text no longer rewrites them on the spot (which made every decision on a long case slower);
// the worker rebuilds them in the background and the text is found within seconds.
import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api-client.js';
import { AGENT, contact1 } from '../support/api-cases.js';
import { testDatabase } from '../support/servers.js';

describe('a long case in the search', () => {
  it('finds a text written after its documents grew large, shortly after', { timeout: 600_000 }, async () => {
    const [agent, contact] = await Promise.all([tokenFor(AGENT), tokenFor(contact1('basis'))]);
    const created = await api('POST', '/cases', {
      token: contact,
      body: { type: 'support', title: 'A chatty case', description: 'Many notes.', fields: { workflow: 'Løn', tried: 'Alt', expected: 'Svar' } },
    });
    const n: number = created.body.number;
    const stale = async () =>
      (await testDatabase().sequelize.query('SELECT stale FROM case_search WHERE case_number = :n', { replacements: { n }, plain: true })) as {
        stale: boolean;
      } | null;
    // Notes with words of their own until the documents are large (the next text marks them stale).
    for (let i = 0; !(await stale())?.stale; i++) {
      expect(i, 'the documents never grew large').toBeLessThan(2_000);
      const words = Array.from({ length: 12 }, (_, k) => `ord${i}x${k}`).join(' ');
      expect((await api('POST', `/cases/${n}/messages`, { token: agent, body: { body: `Note ${i}: ${words}`, internal: true } })).status).toBe(201);
    }
    expect((await api('POST', `/cases/${n}/messages`, { token: agent, body: { body: 'Kundens printer hedder zebrafinke', internal: false } })).status).toBe(
      201,
    );
    await expect
      .poll(async () => (await api('GET', '/cases?q=zebrafinke', { token: contact })).body.items?.map((c: { number: number }) => c.number), {
        timeout: 60_000,
        interval: 1_000,
      })
      .toEqual([n]);
    expect((await stale())?.stale).toBe(false);
  });
});
