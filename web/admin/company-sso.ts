// A customer company's single sign-on setting (POST /admin/companies/:id/sso): the e-mail domains
// whose people may sign in with their company account. Desk managers only (mounted under /admin).
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { Refusal } from '../../services/errors.js';
import { setSsoDomains } from '../../services/companies/sso-domains.js';
import { redirectWithFlash } from '../desk/flash.js';
import { fields } from '../middleware/form-fields.js';

export function companySsoRoutes(s: Services): Router {
  const r = Router();
  r.post('/companies/:id/sso', fields('domains'), async (req, res) => {
    const id = String(req.params.id);
    const t = res.locals.t;
    try {
      const domains = await setSsoDomains(s, req.person!, id, (req.body as Record<string, unknown>).domains);
      redirectWithFlash(
        req,
        res,
        { kind: 'ok', text: domains.length ? t('admin:sso.saved', { domains: domains.join(', ') }) : t('admin:sso.off') },
        `/admin/companies/${id}`,
      );
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      redirectWithFlash(req, res, { kind: 'error', text: t(`admin:sso.problems.${Object.values(err.fieldErrors)[0]}`) }, `/admin/companies/${id}`);
    }
  });
  return r;
}
