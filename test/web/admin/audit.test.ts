// The audit log against the running product (issue 11 item 7): administrative changes made through
// the manager's pages are recorded with who, when, before and after; the page filters by what
// changed, who changed it and a date range; the CSV export holds the same selection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { rawBytes, signedIn, unique } from './admin-support.js';

let manager: PageClient;
let companyId: string;

beforeAll(async () => {
  manager = await signedIn('manager@desk.test');
  companyId = `audit-${unique()}`;
  await manager.get('/admin/companies/new');
  const created = await manager.post('/admin/companies/new', { id: companyId, name: 'Revision ApS', solutionType: 'standard', firstTrainingDay: '' });
  expect(created.status).toBe(303);
  await manager.get(`/admin/companies/${companyId}`);
  await manager.post(`/admin/companies/${companyId}`, { name: 'Revision og Co ApS', solutionType: 'enterprise', firstTrainingDay: '' });
  await manager.post(`/admin/companies/${companyId}/agreements`, { kind: 'basis', validFrom: '2025-01-01', validTo: '' });
  await manager.post(`/admin/companies/${companyId}/contacts`, {
    firstName: 'Rita',
    lastName: 'Revisor',
    email: `rita-${unique()}@revision.test`,
    locale: 'da',
  });
});
afterAll(closeTestDatabase);

/** The rows of the audit table: [entity, action, html]. */
function rows(html: string): { entity: string; action: string; html: string }[] {
  return [...html.matchAll(/<tr data-audit="\d+" data-entity="([a-z]+)" data-action="([a-z_]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({
    entity: m[1],
    action: m[2],
    html: m[3],
  }));
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

describe('what is recorded', () => {
  it('records a company, its change with before and after, its agreement and its new contact, by the manager', async () => {
    const page = await manager.get(`/admin/audit?entity=company&entityId=${companyId}`);
    expect(page.status).toBe(200);
    const company = rows(page.html);
    expect(company.map((r) => r.action)).toEqual(['updated', 'created']);
    expect(company[0].html).toContain('Mads Manager');
    expect(company[0].html).toContain('<dt>Navn</dt>');
    expect(company[0].html).toMatch(/<del>Revision ApS<\/del> → <ins>Revision og Co ApS<\/ins>/);
    expect(company[0].html).toMatch(/<del>standard<\/del> → <ins>enterprise<\/ins>/);
    expect(company[0].html).not.toContain('firstTrainingDay'); // unchanged fields are not listed

    const agreement = rows((await manager.get('/admin/audit?entity=agreement')).html).find((r) => r.html.includes('Revision og Co ApS'));
    expect(agreement?.action).toBe('created');
    expect(agreement?.html).toContain('<ins>basis</ins>');
    const person = rows((await manager.get('/admin/audit?entity=person')).html).find((r) => r.html.includes('Rita Revisor'));
    expect(person?.action).toBe('created');
  });

  it('records an approval right given and taken as person changes', async () => {
    const rita = await testDatabase().models.Person.findOne({ where: { companyId, lastName: 'Revisor' } });
    await manager.get(`/admin/companies/${companyId}`);
    await manager.post(`/admin/companies/${companyId}/people/${rita!.id}/approval`, { canApprove: 'on' });
    await manager.post(`/admin/companies/${companyId}/people/${rita!.id}/approval`, {});
    const actions = rows((await manager.get(`/admin/audit?entity=person&entityId=${rita!.id}`)).html).map((r) => r.action);
    expect(actions).toEqual(['approval_taken', 'approval_given', 'created']);
  });

  it('records the prices in force, with the terms file as the source', async () => {
    const prices = rows((await manager.get('/admin/audit?entity=prices')).html);
    expect(prices.length).toBeGreaterThanOrEqual(1);
    expect(prices.at(-1)!.html).toContain('terms.json');
    // In the manager's words (issue 20), not the file's keys.
    expect(prices.at(-1)!.html).toContain('Timepris');
    expect(prices.at(-1)!.html).not.toContain('prices.hourlyRateOre');
  });
});

describe('the page', () => {
  it('filters by who made the change and by date range', async () => {
    const me = await testDatabase().models.Person.findOne({ where: { email: 'manager@desk.test' } });
    const mine = rows((await manager.get(`/admin/audit?actor=${me!.id}&from=${today()}&to=${today()}`)).html);
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine.every((r) => r.html.includes('Mads Manager'))).toBe(true);
    const future = await manager.get('/admin/audit?from=2999-01-01');
    expect(rows(future.html)).toEqual([]);
    expect(future.html).toContain('Ingen ændringer passer til filteret.');
    const past = rows((await manager.get('/admin/audit?to=2000-01-01')).html);
    expect(past).toEqual([]);
  });

  it('says what is wrong with a filter next to it', async () => {
    const bad = await manager.get('/admin/audit?from=2025-02-30&entity=planets');
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="f-from-error"');
    expect(bad.html).toContain('id="f-entity-error"');
    const reversed = await manager.get('/admin/audit?from=2025-03-01&to=2025-02-01');
    expect(reversed.status).toBe(422);
    expect(reversed.html).toContain('id="f-to-error"');
  });

  it('exports the selection as CSV', async () => {
    const bytes = await rawBytes(manager, `/admin/audit.csv?entity=company&entityId=${companyId}`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFat;actor_id;actor;entity;entity_id;subject;action;before;after\r\n')).toBe(true);
    const lines = text.trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`;Mads Manager;company;${companyId};Revision og Co ApS;updated;".*""name"":""Revision ApS"".*";".*""name"":""Revision og Co ApS"".*"$`),
    );
  });

  it('is for desk managers only', async () => {
    const agent = await signedIn('agent@desk.test');
    expect((await agent.get('/admin/audit')).status).toBe(403);
    expect((await agent.get('/admin/audit.csv')).status).toBe(403);
    expect((await new PageClient().get('/admin/audit')).status).toBe(302);
  });
});
