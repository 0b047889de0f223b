// Support-contact competence for the desk (SPEC §6): every company's figures over a chosen period, one
// company's contacts with theirs and the recommendations sent, one contact's figures with the cases
// behind them, and the recommendation form (upskilling, replacement, an extra contact).
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { companyCompetence, competenceOverview, parsePeriod } from '../../services/insight/competence.js';
import { contactCompetence, DETAIL_LIMIT } from '../../services/insight/competence-contact.js';
import { companyRecommendations, contactOrderPath, recommend } from '../../services/insight/recommendations.js';
import { todayOf } from '../../services/companies/companies.js';
import { Refusal } from '../../services/errors.js';
import { COUNTED_FIGURES, CONCERN_FIGURES, RECOMMENDATION_KINDS, defaultPeriod, type Period } from '../../domain/competence.js';
import { redirectWithFlash } from './flash.js';

interface PeriodChoice {
  period: Period;
  /** What the form shows: the typed values when they were refused. */
  values: { from: string; to: string };
  errors: Record<string, string>;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The period of `?from&to` (or a posted form's); refused values fall back to the default period, with their errors. */
function choosePeriod(s: Services, source: Record<string, unknown>): PeriodChoice {
  const raw = { from: text(source.from), to: text(source.to) };
  try {
    const period = parsePeriod(s, raw);
    return { period, values: period, errors: {} };
  } catch (err) {
    if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
    return { period: defaultPeriod(todayOf(s)), values: raw, errors: err.fieldErrors };
  }
}

const periodQuery = (p: Period) => `from=${p.from}&to=${p.to}`;

/** What every competence page shows besides its own data. */
function pageLocals(res: Response, choice: PeriodChoice) {
  const t = res.locals.t;
  return {
    ...choice,
    figures: COUNTED_FIGURES,
    concerns: CONCERN_FIGURES,
    periodQuery: periodQuery(choice.period),
    // A field's message key in the common validation texts.
    errorText: (key: string) => t(`validation.${key}`),
  };
}

interface RecommendForm {
  values: Record<string, string>;
  errors: Record<string, string>;
}

async function renderCompany(s: Services, req: Request, res: Response, choice: PeriodChoice, form: RecommendForm, status = 200): Promise<void> {
  const companyId = String(req.params.id);
  const [competence, recommendations] = await Promise.all([companyCompetence(s, companyId, choice.period), companyRecommendations(s, companyId)]);
  res.status(status).render('insight/competence-company', {
    title: res.locals.t('insight:company.title', { company: competence.company.name }),
    ...pageLocals(res, choice),
    competence,
    recommendations,
    kinds: RECOMMENDATION_KINDS,
    form,
    orderPath: (kind: (typeof RECOMMENDATION_KINDS)[number], replaces: string | null) =>
      contactOrderPath('desk', kind, replaces, competence.contacts.find((c) => c.active)?.email ?? null),
  });
}

export function competenceRoutes(s: Services): Router {
  const r = Router();

  r.get('/competence', async (req, res) => {
    const choice = choosePeriod(s, req.query);
    const rows = await competenceOverview(s, choice.period);
    res.status(Object.keys(choice.errors).length ? 422 : 200).render('insight/competence-overview', {
      title: res.locals.t('insight:overview.title'),
      ...pageLocals(res, choice),
      rows,
    });
  });

  r.get('/companies/:id/competence', async (req, res) => {
    const choice = choosePeriod(s, req.query);
    const contact = text(req.query.contact);
    const status = Object.keys(choice.errors).length ? 422 : 200;
    await renderCompany(s, req, res, choice, { values: { kind: contact ? 'upskilling' : '', contact }, errors: {} }, status);
  });

  r.get('/companies/:id/contacts/:personId/competence', async (req, res) => {
    const personId = Number(req.params.personId);
    const choice = choosePeriod(s, req.query);
    const page = await contactCompetence(s, String(req.params.id), Number.isSafeInteger(personId) ? personId : 0, choice.period);
    res.status(Object.keys(choice.errors).length ? 422 : 200).render('insight/competence-contact', {
      title: res.locals.t('insight:contact.title', { name: page.contact.name }),
      ...pageLocals(res, choice),
      page,
      limit: DETAIL_LIMIT,
    });
  });

  r.post('/companies/:id/recommendations', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const choice = choosePeriod(s, body);
    const companyId = String(req.params.id);
    const values = { kind: text(body.kind), contact: text(body.contact), message: text(body.message) };
    try {
      const { recipients } = await recommend(s, req.person!, companyId, choice.period, body);
      const t = res.locals.t;
      redirectWithFlash(
        req,
        res,
        { kind: 'ok', text: t('insight:recommend.sent', { count: recipients, kind: t(`insight:kinds.${values.kind}`) }) },
        `/desk/companies/${encodeURIComponent(companyId)}/competence?${periodQuery(choice.period)}#recommendations`,
      );
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return renderCompany(s, req, res, choice, { values, errors: err.fieldErrors }, 422);
      throw err;
    }
  });

  return r;
}
