// The desk's decisions on change requests and product ideas over HTTP: rough estimates in hours
// typed the Danish way, quotes priced in kroner (converted to øre), the desk manager's release of a
// quote above the limit, and a product idea taken into the backlog.
import { afterAll, describe, expect, it } from 'vitest';
import { closeTestDatabase } from '../../support/servers.js';
import { CHANGE, act, actOk, expectTranslated, readModel, register, signIn, token } from './desk-support.js';

afterAll(async () => {
  await closeTestDatabase();
});

async function changeRequestBeingEstimated(priceMatters: 'yes' | 'no'): Promise<number> {
  const agent = await signIn('agent@desk.test');
  const number = await register(agent, {
    type: 'change_request',
    title: `Ændring ${token()}`,
    contact: 'kontakt1@udvidet.test',
    channel: 'mail',
    values: { ...CHANGE, priceMatters },
  });
  await readModel(number);
  await actOk(agent, number, 'acknowledge', { plan: 'Vi estimerer ændringen.' });
  const shown = await actOk(agent, number, 'qualify', { type: 'change_request' });
  expect(shown.html).toContain('class="badge s-estimating"');
  return number;
}

describe('change requests', () => {
  it('gives a free rough estimate in hours typed with a decimal comma', async () => {
    const number = await changeRequestBeingEstimated('yes');
    const agent = await signIn('agent@desk.test');
    const wrong = await act(agent, number, 'rough-estimate', { hours: '1,3', text: 'Ca. en dags arbejde' });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('id="a-rough-estimate-hours-error"');
    expect(wrong.html).toContain('Angiv timer i kvarter');
    expect(wrong.html).toContain('value="1,3"');
    expect(wrong.html).toContain('Ca. en dags arbejde');
    const shown = await actOk(agent, number, 'rough-estimate', { hours: '7,5', text: 'Ca. en dags arbejde' });
    expect(shown.html).toContain('class="badge s-rough_estimate_given"');
    expect(shown.html).toContain('7,5 timer');
    const row = await readModel(number, (r) => r.status === 'rough_estimate_given');
    expect(row.view?.roughEstimate).toEqual({ hours: 7.5, text: 'Ca. en dags arbejde' });
    expect(shown.html).toContain('id="action-request-quote"');
    expectTranslated(shown.html);
  });

  it('reads a quote priced in kroner, with the message next to the price when it is not an amount', async () => {
    const number = await changeRequestBeingEstimated('no');
    const agent = await signIn('agent@desk.test');
    const bad = await act(agent, number, 'quote', { estimationMinutes: '90', hours: '10', price: '12,5,00', validWorkingDays: '' });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="a-quote-price-error"');
    expect(bad.html).toContain('Skriv et beløb i kroner');
    expect(bad.html).toContain('value="12,5,00"');
    expect(bad.html).toMatch(/<details class="action desk-action" id="action-quote" open>/);
    const blank = await act(agent, number, 'quote', { estimationMinutes: '', hours: '10', price: '' });
    expect(blank.status).toBe(422);
    expect(blank.html).toContain('id="a-quote-estimationMinutes-error"');
    expect(blank.html).toContain('id="a-quote-price-error"');

    const shown = await actOk(agent, number, 'quote', { estimationMinutes: '90', hours: '10', price: '12.500,00', validWorkingDays: '' });
    expect(shown.html).toContain('class="badge s-awaiting_acceptance"');
    expect(shown.html).toContain('12.500,00 kr.');
    const row = await readModel(number, (r) => r.status === 'awaiting_acceptance');
    expect(row.view?.quote).toMatchObject({ priceOre: 1_250_000, hours: 10, estimationMinutes: 90, validWorkingDays: 20, released: true });
  });

  it('holds a quote above the limit for a desk manager, who releases it', async () => {
    const number = await changeRequestBeingEstimated('no');
    const agent = await signIn('agent@desk.test');
    let shown = await actOk(agent, number, 'quote', { estimationMinutes: '120', hours: '80', price: '76000', validWorkingDays: '10' });
    expect(shown.html).toContain('class="badge s-estimating"');
    expect(shown.html).toContain('Afventer frigivelse af en servicedeskleder');
    expect(shown.html).not.toContain('id="action-release-quote"');
    const manager = await signIn('manager@desk.test');
    const page = await manager.get(`/desk/cases/${number}`);
    expect(page.html).toContain('id="action-release-quote"');
    expectTranslated(page.html);
    shown = await actOk(manager, number, 'release-quote');
    expect(shown.html).toContain('class="badge s-awaiting_acceptance"');
    expect((await readModel(number, (r) => r.status === 'awaiting_acceptance')).view?.quote).toMatchObject({
      priceOre: 7_600_000,
      validWorkingDays: 10,
      released: true,
    });
  });
});

describe('product ideas', () => {
  it('are reviewed and taken into the backlog, never billed', async () => {
    const agent = await signIn('agent@desk.test');
    const number = await register(agent, { type: 'product_idea', title: `Idé ${token()}`, contact: 'kontakt1@faktureret.test', channel: 'phone' });
    await readModel(number);
    await actOk(agent, number, 'acknowledge', { plan: 'Vi vurderer idéen.' });
    let shown = await actOk(agent, number, 'qualify', { type: 'product_idea' });
    expect(shown.html).toContain('class="badge s-under_review"');
    expect(shown.html).toContain('Gratis: produktidéer faktureres aldrig');
    shown = await actOk(agent, number, 'backlog', { summary: 'God idé; vi tager den med i næste version.' });
    expect(shown.html).toContain('class="badge s-backlog"');
    shown = await actOk(agent, number, 'close');
    expect(shown.html).toContain('Sagen er lukket uden noget at fakturere.');
  });
});
