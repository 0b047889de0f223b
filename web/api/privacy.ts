// Personal data through the JSON API (desk managers): a person's export as a zip, and their erasure —
// refused with the open cases named while they are still a contact, unless `moveOpenCasesTo` names
// another active support contact of their company to move those cases to first.
import { Router, type Request, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { Refusal, forbidden, invalid, notFound } from '../../services/errors.js';
import type { Person } from '../../services/people/people.js';
import { exportPerson } from '../../services/privacy/export.js';
import { customerPerson, erasePerson, openCasesOf } from '../../services/privacy/erase.js';
import { moveCandidates, moveOpenCases } from '../../services/privacy/move-cases.js';
import { bodyObject } from './input.js';

const managerOnly = (person: Person | undefined) => {
  if (person?.role !== 'manager') throw forbidden();
};

const personId = (req: Request): number => {
  const raw = String(req.params.id);
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return Number(raw);
};

export function privacyRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.get('/people/:id/export', bearer, async (req, res) => {
    managerOnly(req.person);
    const out = await exportPerson(s, req.person!, personId(req));
    res.set('Content-Type', 'application/zip').set('Content-Disposition', `attachment; filename="${out.filename}"`);
    out.zip.pipe(res);
  });

  r.post('/people/:id/erase', bearer, async (req, res) => {
    managerOnly(req.person);
    const id = personId(req);
    const body = bodyObject(req);
    const unknown = Object.keys(body).filter((k) => k !== 'moveOpenCasesTo');
    if (unknown.length) throw invalid(Object.fromEntries(unknown.map((k) => [k, 'unknown_field'])));
    if (body.moveOpenCasesTo !== undefined) await moveOpenCases(s, req.person!, id, body.moveOpenCasesTo);
    try {
      const done = await erasePerson(s, req.person!, id);
      res.json({
        id: done.id,
        name: done.name,
        erased: true,
        alreadyErased: done.alreadyErased,
        casesCleared: done.casesCleared,
        casesTouched: done.casesTouched,
      });
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'conflict') throw err;
      const person = await customerPerson(s, id);
      const open = await openCasesOf(s, id);
      const candidates = open.length ? await moveCandidates(s, person) : [];
      res.status(409).json({ error: err.text.en, openCases: open, moveOpenCasesTo: candidates.map((c) => ({ id: c.id, name: c.fullName })) });
    }
  });

  return r;
}
