// Support-contact competence through the JSON API (SPEC §6): a company's contacts with their figures
// over a period (staff only).
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { companyCompetence, parsePeriod } from '../../services/insight/competence.js';
import { isStaff } from '../../services/people/people.js';
import { forbidden, notFound } from '../../services/errors.js';
import { COMPANY_SLUG } from '../../services/companies/companies.js';
import { COUNTED_FIGURES, type CompetenceFigures } from '../../domain/competence.js';

const figures = (f: CompetenceFigures) => ({
  ...Object.fromEntries(COUNTED_FIGURES.map((name) => [name, f[name]])),
  trainingDone: f.trainingDone,
  trainingDoneOn: f.trainingDoneOn,
});

export function competenceRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();
  r.get('/companies/:slug/competence', bearer, async (req, res) => {
    if (!isStaff(req.person!)) throw forbidden();
    const slug = String(req.params.slug);
    const period = parsePeriod(s, req.query as Record<string, unknown>);
    if (!COMPANY_SLUG.test(slug)) throw notFound();
    const c = await companyCompetence(s, slug, period);
    res.json({
      company: { id: c.company.id, name: c.company.name },
      from: period.from,
      to: period.to,
      contacts: c.contacts.map((p) => ({ id: p.id, name: p.name, email: p.email, active: p.active, ...figures(p) })),
      totals: figures(c.totals),
    });
  });
  return r;
}
