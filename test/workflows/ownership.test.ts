// Who handles a case (SPEC §5): unassigned until an agent takes it, is given it or acknowledges it;
// staff reassign and release it; notices about the case go to its owner, and to the whole desk while
// nobody owns it. The read model's owner follows the workflow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { AGENT, kontakt1, MANAGER, qualifiedCase, refusal, templatesFor } from './steps.js';
import { deactivateStaff } from '../../services/people/staff-accounts.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
  await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
});
afterAll(async () => h?.close());

const ownerOf = async (number: number) => (await h.services.db.models.CaseRecord.findByPk(number))!.ownerId;

describe('ownership of a case', () => {
  it('is taken, given to a colleague and released; notices follow the owner', async () => {
    const number = await h.file(kontakt1('udvidet'), 'support');
    const agent = await h.person(AGENT);
    const manager = await h.person(MANAGER);
    expect((await h.view(number)).owner).toBeNull();
    expect(await ownerOf(number)).toBeNull();
    // Unassigned: a new case is news for the whole desk.
    expect(await templatesFor(h, number, AGENT)).toContain('new_case');
    expect(await templatesFor(h, number, MANAGER)).toContain('new_case');

    const taken = await h.act(number, MANAGER, 'take');
    expect(taken.owner).toEqual({ id: manager.id, name: manager.fullName });
    await refusal(h.act(number, MANAGER, 'take'), 'conflict'); // already theirs
    expect(await ownerOf(number)).toBe(manager.id);

    const given = await h.act(number, MANAGER, 'assign', { to: 'Agent@Desk.test' });
    expect(given.owner).toEqual({ id: agent.id, name: agent.fullName });
    expect(await ownerOf(number)).toBe(agent.id);
    expect(await templatesFor(h, number, AGENT)).toContain('case_assigned');
    expect((await refusal(h.act(number, MANAGER, 'assign', { to: kontakt1('udvidet') }), 'invalid')).fieldErrors).toEqual({ to: 'not_staff' });

    // Owned: the customer's reply goes to the owner only.
    await h.act(number, kontakt1('udvidet'), 'reply', { message: 'More details.' });
    expect(await templatesFor(h, number, AGENT)).toContain('customer_replied');
    expect(await templatesFor(h, number, MANAGER)).not.toContain('customer_replied');

    const released = await h.act(number, AGENT, 'unassign', { reason: 'On holiday from tomorrow.' });
    expect(released.owner).toBeNull();
    expect(await ownerOf(number)).toBeNull();
    await refusal(h.act(number, AGENT, 'unassign', {}), 'conflict');
    await h.act(number, kontakt1('udvidet'), 'reply', { message: 'Still there?' });
    expect((await templatesFor(h, number, MANAGER)).filter((t) => t === 'customer_replied')).toHaveLength(1);

    const kinds = (await h.events(number)).map((e) => [e.kind, e.visibility]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['take', 'internal'],
        ['assign', 'internal'],
        ['unassign', 'internal'],
      ]),
    );
  });

  it('goes to whoever acknowledges an unassigned case, and stays with an assigned one', async () => {
    const agent = await h.person(AGENT);
    const acknowledged = await qualifiedCase(h, 'basis', 'support');
    expect((await h.view(acknowledged)).owner).toEqual({ id: agent.id, name: agent.fullName });

    const number = await h.file(kontakt1('basis'), 'incident');
    await h.act(number, AGENT, 'assign', { to: MANAGER });
    await h.act(number, AGENT, 'acknowledge', { plan: 'The manager looks at it.' });
    expect((await h.view(number)).owner?.name).toBe((await h.person(MANAGER)).fullName);
  });

  it("goes back to the desk when its owner's account is deactivated, with the reason on the timeline", async () => {
    const manager = await h.person(MANAGER);
    const temp = await h.services.db.models.Person.create({
      email: `vikar-${Date.now()}@desk.test`,
      firstName: 'Vera',
      lastName: 'Vikar',
      role: 'agent',
      companyId: null,
      passwordHash: null,
      lastLoginAt: null,
    });
    const number = await h.file(kontakt1('basis'), 'support');
    await h.act(number, MANAGER, 'assign', { to: temp.email });
    expect(await ownerOf(number)).toBe(temp.id);
    const { releasedCases } = await deactivateStaff(h.services, manager, temp.id);
    expect(releasedCases).toEqual([number]);
    expect((await h.view(number)).owner).toBeNull();
    expect(await ownerOf(number)).toBeNull();
    const released = (await h.events(number)).find((e) => e.kind === 'unassign');
    expect(released).toMatchObject({ visibility: 'internal', actorName: manager.fullName, data: { from: 'Vera Vikar' } });
  });
});
