// Companies: the list, creating one, and the company page with its details, agreement history and
// people. Every form is validated by its service; on errors the page comes back (422) with the
// messages next to the fields and the typed values kept.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import {
  addAgreement,
  agreementStatus,
  companyAgreements,
  createCompany,
  editAgreement,
  endAgreement,
  findCompany,
  listCompanies,
  termsOf,
  todayOf,
  updateCompany,
} from '../../services/companies/companies.js';
import { companyPeople, contactPricing, companyPeriodHistory } from '../../services/people/company-people.js';
import { Refusal } from '../../services/errors.js';
import { companySsoDomains } from '../../services/companies/sso-domains.js';
import { companyRecommendations, contactOrderPath } from '../../services/insight/recommendations.js';
import { AGREEMENT_KINDS, SOLUTION_TYPES } from '../../domain/types.js';
import { companyBillingDetails, missingBillingDetails, updateBillingDetails } from '../../services/companies/billing-details.js';
import { listInvoices } from '../../services/billing/invoices/list.js';

/** A form on the company page that came back with errors. */
export interface FormState {
  form: 'details' | 'agreement' | 'contact' | 'approver' | 'agreement-edit' | 'agreement-end' | 'billing';
  values: Record<string, unknown>;
  errors: Record<string, string>;
  /** The agreement period an edit or end form was about. */
  target?: number;
}

const posted = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

export async function renderCompany(s: Services, req: Request, res: Response, state: FormState | null = null, status = 200): Promise<void> {
  const company = await findCompany(s, String(req.params.id));
  const [agreements, people, periods, recommendations, ssoDomains, billing, invoices] = await Promise.all([
    companyAgreements(s, company.id),
    companyPeople(s, company.id),
    companyPeriodHistory(s, company.id),
    companyRecommendations(s, company.id),
    companySsoDomains(s, company.id),
    companyBillingDetails(s, company.id),
    listInvoices(s, { companyId: company.id }),
  ]);
  const today = todayOf(s);
  const inForce = agreementStatus(termsOf(company, agreements), today);
  const formOf = (form: FormState['form'], defaults: Record<string, unknown>) =>
    state?.form === form ? { values: state.values, errors: state.errors } : { values: defaults, errors: {} };
  res.status(status).render('admin/company', {
    title: company.name,
    company,
    ssoDomains,
    agreements,
    people,
    periods,
    editForm:
      state && (state.form === 'agreement-edit' || state.form === 'agreement-end')
        ? { id: state.target, form: state.form === 'agreement-edit' ? 'edit' : 'end', values: state.values, errors: state.errors }
        : null,
    inForce,
    today,
    pricing: contactPricing(s, company, people),
    solutionTypes: SOLUTION_TYPES,
    agreementKinds: AGREEMENT_KINDS,
    forms: {
      details: formOf('details', { name: company.name, solutionType: company.solutionType, firstTrainingDay: company.firstTrainingDay ?? '' }),
      agreement: formOf('agreement', { kind: '', validFrom: today, validTo: '' }),
      contact: formOf('contact', { billTraining: 'on', locale: 'da' }),
      approver: formOf('approver', { locale: 'da' }),
      billing: formOf('billing', { ...billing, cvr: billing.cvr ?? '', gln: billing.gln ?? '', invoiceEmail: billing.invoiceEmail ?? '' }),
    },
    billingMissing: missingBillingDetails(billing),
    invoices: invoices.slice(-12).reverse(),
    openForm: state?.form ?? null,
    recommendations,
    orderPath: (kind: Parameters<typeof contactOrderPath>[1], replaces: string | null) => contactOrderPath('desk', kind, replaces),
  });
}

/** Runs a company-page form: on success flash and back to the page, on invalid input the page with errors. */
export function companyForm(s: Services, form: FormState['form'], action: (req: Request) => Promise<string>, target?: (req: Request) => number) {
  return async (req: Request, res: Response) => {
    try {
      const flash = await action(req);
      req.session.flash = { kind: 'ok', text: flash };
      res.redirect(303, `/admin/companies/${encodeURIComponent(String(req.params.id))}`);
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid')
        return renderCompany(s, req, res, { form, values: posted(req), errors: err.fieldErrors, target: target?.(req) }, 422);
      throw err;
    }
  };
}

export function companyRoutes(s: Services): Router {
  const r = Router();

  r.get('/', async (_req, res) => {
    res.render('admin/companies', { title: res.locals.t('admin:companies.title'), rows: await listCompanies(s) });
  });

  const renderNew = (res: Response, values: Record<string, unknown>, errors: Record<string, string>, status = 200) =>
    res.status(status).render('admin/company-new', { title: res.locals.t('admin:companyNew.title'), values, errors, solutionTypes: SOLUTION_TYPES });

  r.get('/new', (_req, res) => renderNew(res, { solutionType: 'standard' }, {}));

  r.post('/new', async (req, res) => {
    try {
      const company = await createCompany(s, req.person!, posted(req));
      req.session.flash = { kind: 'ok', text: res.locals.t('admin:companyNew.created', { name: company.name }) };
      res.redirect(303, `/admin/companies/${encodeURIComponent(company.id)}`);
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return renderNew(res, posted(req), err.fieldErrors, 422);
      throw err;
    }
  });

  r.get('/:id', (req, res) => renderCompany(s, req, res));

  r.post(
    '/:id',
    companyForm(s, 'details', async (req) => {
      await updateCompany(s, req.person!, String(req.params.id), posted(req));
      return req.res!.locals.t('admin:company.details.saved');
    }),
  );

  r.post(
    '/:id/billing',
    companyForm(s, 'billing', async (req) => {
      await updateBillingDetails(s, req.person!, String(req.params.id), posted(req));
      return req.res!.locals.t('admin:companyBilling.saved');
    }),
  );

  r.post(
    '/:id/agreements',
    companyForm(s, 'agreement', async (req) => {
      const agreement = await addAgreement(s, req.person!, String(req.params.id), posted(req));
      return req.res!.locals.t('admin:company.agreements.added', { kind: req.res!.locals.t(`admin:agreements.${agreement.kind}`) });
    }),
  );

  const agreementId = (req: Request) => Number(req.params.agreementId);
  r.post(
    '/:id/agreements/:agreementId',
    companyForm(
      s,
      'agreement-edit',
      async (req) => {
        const agreement = await editAgreement(s, req.person!, String(req.params.id), agreementId(req), posted(req));
        return req.res!.locals.t('admin:company.agreements.edited', { kind: req.res!.locals.t(`admin:agreements.${agreement.kind}`) });
      },
      agreementId,
    ),
  );
  r.post(
    '/:id/agreements/:agreementId/end',
    companyForm(
      s,
      'agreement-end',
      async (req) => {
        const agreement = await endAgreement(s, req.person!, String(req.params.id), agreementId(req), posted(req));
        return req.res!.locals.t('admin:company.agreements.ended', {
          kind: req.res!.locals.t(`admin:agreements.${agreement.kind}`),
          date: agreement.validTo ?? '',
        });
      },
      agreementId,
    ),
  );

  return r;
}
