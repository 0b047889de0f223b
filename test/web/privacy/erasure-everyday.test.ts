// Personal data of the everyday tools (docs/personal-data.md, docs/everyday-tools.md): a support contact
// who follows a colleague's case and rates its answer with a comment, has a file kept after a refused
// form, and a phone number. The export holds the case (as a follower), the rating, the kept file and the
// phone; after the erasure the case no longer lists them as a follower, the rating keeps its score but
// not the comment nor their name (also once the case moves on), the kept file and the phone are gone,
// and neither the case document nor the desk's mails hold the comment.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '../../support/unzip.js';
import { QueryTypes } from 'sequelize';
import { api, tokenFor } from '../../support/api-client.js';
import { AGENT, MANAGER, act, getCase, newCase } from '../../support/api-cases.js';
import { baseUrl, closeTestDatabase, testDatabase } from '../../support/servers.js';
import { PageClient } from '../../support/page-client.js';
import { ACCEPTED_FILES } from '../../support/sample-files.js';
import { ownCompany, type OwnCompany } from '../orders/orders-support.js';

let company: OwnCompany;
const marker = `Vurdering${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  company = await ownCompany('privacy-everyday');
});
afterAll(() => closeTestDatabase());

describe('erasing and exporting a follower who rated', () => {
  it('exports the followed case, the rating, the kept file and the phone; the erasure removes them', async () => {
    const db = testDatabase();
    const follower = (await db.models.Person.findOne({ where: { email: company.contactA } }))!;
    await follower.update({ phone: '+45 12 34 56 78' });

    // A colleague's case, followed by the contact, resolved and rated by them with a comment.
    const c = await newCase(company.contactB, 'support');
    await act(company.contactB, c.number, 'add-follower', { email: company.contactA });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det.' });
    await act(AGENT, c.number, 'qualify', {});
    await act(AGENT, c.number, 'resolve', { summary: 'Sådan gør du.' });
    await act(company.contactA, c.number, 'rate', { score: 2, comment: `Kommentar ${marker}` });
    const rated = (await getCase(AGENT, c.number)).body;
    expect(rated.followers.map((f: { email: string }) => f.email)).toContain(company.contactA);
    expect(rated.rating).toMatchObject({ score: 2, comment: `Kommentar ${marker}` });

    // A request form refused for a missing title keeps its file for the next attempt.
    const page = new PageClient();
    await page.login(company.contactA);
    const form = await page.get('/portal/new/support');
    expect(form.status).toBe(200);
    const once = PageClient.hidden(form.html, '_once');
    const refused = await page.postMultipart('/portal/new/support', { ...(once ? { _once: once } : {}), title: '' }, [
      ['attachments', `log-${marker}.log`, 'text/plain', ACCEPTED_FILES['server.log']!],
    ]);
    expect(refused.status).toBe(422);
    expect(PageClient.hidden(refused.html, 'kept_upload')).toBeTruthy();

    const manager = await tokenFor(MANAGER);
    const exported = await fetch(`${baseUrl()}/api/v1/people/${follower.id}/export`, { headers: { authorization: `Bearer ${manager}` } });
    expect(exported.status).toBe(200);
    const files = await unzip(Buffer.from(await exported.arrayBuffer()));
    expect(JSON.parse(files.get('person.json')!.toString()).phone).toBe('+45 12 34 56 78');
    const cases = JSON.parse(files.get('cases.json')!.toString());
    expect(cases.find((x: { number: number }) => x.number === c.number)?.yourRole).toBe('follower');
    expect(JSON.parse(files.get('ratings.json')!.toString())).toEqual([expect.objectContaining({ case: c.number, score: 2, comment: `Kommentar ${marker}` })]);
    const kept = JSON.parse(files.get('pending-uploads.json')!.toString());
    expect(kept).toEqual([expect.objectContaining({ filename: `log-${marker}.log` })]);
    expect(files.get(kept[0].file)?.equals(Buffer.from(ACCEPTED_FILES['server.log']!))).toBe(true);

    const erased = await api('POST', `/people/${follower.id}/erase`, { token: manager });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);

    // The case's process still holds the rating as given: the read model does not, now or after the next decision.
    const unnamed = async () => {
      const after = (await getCase(AGENT, c.number)).body;
      expect(after.followers.map((f: { email: string }) => f.email)).not.toContain(company.contactA);
      expect(after.rating).toMatchObject({ score: 2, comment: null, by: `Slettet person #${follower.id}` });
      const doc = JSON.stringify(after);
      for (const needle of [marker, company.contactA, follower.fullName]) expect(doc, `the case still holds ${needle}`).not.toContain(needle);
    };
    await unnamed();
    await act(AGENT, c.number, 'close');
    await unnamed();
    const [left] = await db.sequelize.query<{ uploads: number; phone: string | null }>(
      'SELECT (SELECT count(*)::int FROM pending_uploads WHERE person_id = :id) AS uploads, (SELECT phone FROM people WHERE id = :id) AS phone',
      { type: QueryTypes.SELECT, replacements: { id: follower.id } },
    );
    expect(left).toEqual({ uploads: 0, phone: null });
    const mails = await db.sequelize.query<{ params: string }>(`SELECT params::text AS params FROM notifications WHERE case_number = :n`, {
      type: QueryTypes.SELECT,
      replacements: { n: c.number },
    });
    for (const m of mails) expect(m.params).not.toContain(marker);
  });
});
