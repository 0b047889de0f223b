// Personal data on a company's page (desk managers): export a person's data as a zip, and erase them —
// a confirmation page that names their open cases and offers to move those to another contact first.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { Refusal, notFound } from '../../services/errors.js';
import { exportPerson } from '../../services/privacy/export.js';
import { erasePerson } from '../../services/privacy/erase.js';
import { moveOpenCases } from '../../services/privacy/move-cases.js';
import { companyPersonForPrivacy, erasePage } from '../../services/privacy/person-page.js';

const ids = (req: Request) => {
  const raw = String(req.params.personId);
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return { companyId: String(req.params.id), personId: Number(raw) };
};

async function showErase(s: Services, req: Request, res: Response, values: Record<string, unknown> = {}, errors: Record<string, string> = {}, status = 200) {
  const { companyId, personId } = ids(req);
  const page = await erasePage(s, companyId, personId);
  if (page.person.erasedAt) throw notFound();
  // `subject`, not `person`: the page's top bar shows the signed-in `person`.
  res.status(status).render('admin/person-erase', {
    title: res.locals.t('privacy:page.title', { name: page.person.fullName }),
    company: page.company,
    subject: page.person,
    openCases: page.openCases,
    candidates: page.candidates,
    values,
    errors,
  });
}

export function privacyPageRoutes(s: Services): Router {
  const r = Router();

  r.get('/:id/people/:personId/export', async (req, res) => {
    const { companyId, personId } = ids(req);
    await companyPersonForPrivacy(s, companyId, personId);
    const out = await exportPerson(s, req.person!, personId);
    res.set('Content-Type', 'application/zip').set('Content-Disposition', `attachment; filename="${out.filename}"`);
    out.zip.pipe(res);
  });

  r.get('/:id/people/:personId/erase', (req, res) => showErase(s, req, res));

  r.post('/:id/people/:personId/erase', async (req, res) => {
    const { companyId, personId } = ids(req);
    const { person, company } = await companyPersonForPrivacy(s, companyId, personId);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.confirm !== 'on') return showErase(s, req, res, body, { confirm: 'must_confirm' }, 422);
    try {
      if (body.moveOpenCasesTo !== undefined && body.moveOpenCasesTo !== '') await moveOpenCases(s, req.person!, person.id, body.moveOpenCasesTo);
      const done = await erasePerson(s, req.person!, person.id);
      const text = done.alreadyErased
        ? res.locals.t('privacy:page.alreadyErased')
        : res.locals.t('privacy:page.erased', {
            name: res.locals.t('privacy:deletedPerson', { id: person.id }),
            cases: done.casesCleared.length + done.casesTouched.length,
          });
      req.session.flash = { kind: 'ok', text };
      res.redirect(303, `/admin/companies/${encodeURIComponent(company.id)}#people`);
    } catch (err) {
      if (!(err instanceof Refusal) || (err.kind !== 'conflict' && err.kind !== 'invalid')) throw err;
      const errors = err.kind === 'invalid' ? (err.fieldErrors as Record<string, string>) : {};
      if (err.kind === 'conflict') res.locals.flash = { kind: 'error', text: err.text[req.locale] };
      return showErase(s, req, res, body, errors, err.kind === 'invalid' ? 422 : 409);
    }
  });

  return r;
}
