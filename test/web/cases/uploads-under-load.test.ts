// Large uploads while the desk is busy (issue 20): a 25 MB file and ten files at once go through while
// ten clients keep loading the desk's queue and case pages. Nothing here is timed — the load only has to
// run alongside — and every answer of the load must be a success.
import { afterAll, describe, expect, it } from 'vitest';
import { AGENT, contact1, newCase } from '../../support/api-cases.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { signedIn } from '../admin/admin-support.js';
import { postFiles } from '../everyday/everyday-support.js';
import { ACCEPTED_FILES } from '../../support/sample-files.js';

afterAll(closeTestDatabase);

const MB = 1024 * 1024;

/** A 25 MB log file: text lines, as a real log would be. */
function bigLog(bytes: number): Buffer {
  const line = Buffer.from('2026-03-02 09:14:01 INFO faktura 1042 sendt til kunden uden fejl — alt vel\n');
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += line.length) line.copy(out, at, 0, Math.min(line.length, bytes - at));
  return out;
}

describe('uploads under load', () => {
  it('takes a 25 MB file and a 10-file upload while 10 clients load the desk', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    const clients = await Promise.all(Array.from({ length: 10 }, () => signedIn(AGENT)));
    let running = true;
    const statuses: number[] = [];
    const load = clients.map(async (page, i) => {
      while (running) {
        const res = await page.get(i % 2 ? '/desk' : `/desk/cases/${c.number}`);
        statuses.push(res.status);
      }
    });
    try {
      const big = await postFiles(contact1('udvidet'), c.number, { body: 'Hele loggen fra i går.' }, [['hele-loggen.log', bigLog(25 * MB)]]);
      expect(big.status, JSON.stringify(big.body).slice(0, 500)).toBe(201);
      const names = Object.keys(ACCEPTED_FILES).slice(0, 10);
      const ten = await postFiles(
        AGENT,
        c.number,
        { body: 'Ti filer til sagen.', internal: 'true' },
        names.map((n) => [n, ACCEPTED_FILES[n]!]),
      );
      expect(ten.status, JSON.stringify(ten.body).slice(0, 500)).toBe(201);
    } finally {
      running = false;
      await Promise.all(load);
    }
    const stored = await testDatabase().models.Attachment.findAll({ where: { caseNumber: c.number }, attributes: ['filename', 'size'] });
    expect(stored).toHaveLength(11);
    expect(stored.find((a) => a.filename === 'hele-loggen.log')!.size).toBe(25 * MB);
    expect(statuses.length).toBeGreaterThanOrEqual(10);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // The file comes back whole.
    const download = await clients[0]!.get(
      `/case/${c.number}/attachments/${(await testDatabase().models.Attachment.findOne({ where: { caseNumber: c.number, filename: 'hele-loggen.log' } }))!.id}`,
    );
    expect(download.status).toBe(200);
    expect(Buffer.byteLength(download.html)).toBe(25 * MB);
  });
});
