// Before an erasure: the person's open cases move to another active support contact of their company
// through the case workflow's contact-replacement signal (contactChangedSignal, as a support-contact
// order moves them; order 0 = moved by the desk), and the read model is awaited until it shows them.
import { z } from 'zod';
import type { Services } from '../context.js';
import { invalid } from '../errors.js';
import type { Person } from '../people/people.js';
import { recordAudit } from '../audit/record.js';
import { caseWorkflowId, contactChangedSignal } from '../../workflows/messages.js';
import { customerPerson, openCasesOf } from './erase.js';

const moveTo = z.coerce.number().int().positive();

/** The active support contacts of the person's company the cases may move to. */
export async function moveCandidates(s: Services, p: Person): Promise<Person[]> {
  if (!p.companyId) return [];
  const people = await s.db.models.Person.findAll({
    where: { companyId: p.companyId, role: 'contact', active: true },
    order: [
      ['lastName', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  return people.filter((c) => c.id !== p.id);
}

export async function moveOpenCases(s: Services, by: Person, id: number, rawTo: unknown, waitMs = 20_000): Promise<number[]> {
  const p = await customerPerson(s, id);
  const parsed = moveTo.safeParse(rawTo);
  const to = parsed.success ? (await moveCandidates(s, p)).find((c) => c.id === parsed.data) : undefined;
  if (!to) throw invalid({ moveOpenCasesTo: 'invalid_choice' });
  const open = await openCasesOf(s, id);
  if (open.length) {
    // Their description stays theirs after the move: the erasure removes it from these cases too.
    await s.db.sequelize.query(
      `INSERT INTO moved_case_origins (case_number, from_person_id) SELECT unnest(ARRAY[:open]::int[]), :id ON CONFLICT (case_number) DO NOTHING`,
      { replacements: { open, id } },
    );
  }
  for (const number of open) {
    await s.temporal.workflow
      .getHandle(caseWorkflowId(number))
      .signal(contactChangedSignal, { contact: { id: to.id, name: to.fullName }, from: { id: p.id, name: p.fullName }, order: 0 });
  }
  if (open.length) {
    await recordAudit(s, { actor: by, entity: 'person', entityId: id, action: 'cases_moved', before: null, after: { cases: open.length, movedTo: to.id } });
  }
  // The workflows record the change through their read-model activity: wait until every case shows it.
  const deadline = Date.now() + waitMs;
  while ((await openCasesOf(s, id)).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return open;
}
