// The one-click rating from the resolved mail (SPEC §9), for anyone holding the signed link — signed in
// or not. GET /rate/:number/:score opens a confirm page and changes nothing; its form (CSRF-protected,
// like every page form) gives the rating as the link's contact, once.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { openRatingLink, rateByLink, ratingLinkOf, type RatingLinkTarget } from '../../services/cases/satisfaction/rate-by-link.js';
import { Refusal } from '../../services/errors.js';
import { fields } from '../middleware/form-fields.js';

function render(
  res: Response,
  target: RatingLinkTarget,
  sig: string,
  state: 'confirm' | 'done' | 'already' | 'closed',
  status = 200,
  error: string | null = null,
) {
  const { t } = res.locals;
  res.status(status).render('portal/rate-link', {
    title: t('portal:everyday.rateLink.title', { number: target.link.caseNumber }),
    target,
    sig,
    state,
    error,
    stars: (n: number) => `${'★'.repeat(n)}${'☆'.repeat(5 - n)}`,
  });
}

const signatureOf = (req: Request) => {
  const raw = req.method === 'GET' ? req.query.sig : (req.body as Record<string, unknown> | undefined)?.sig;
  return typeof raw === 'string' ? raw : '';
};
const personOf = (req: Request) => (req.method === 'GET' ? req.query.p : (req.body as Record<string, unknown> | undefined)?.p);

export function ratingLinkRoutes(s: Services): Router {
  const r = Router();

  r.get('/rate/:number/:score', async (req, res) => {
    const link = ratingLinkOf(req.params.number, req.params.score, personOf(req));
    const target = await openRatingLink(s, link, signatureOf(req));
    render(res, target, signatureOf(req), target.rated ? 'already' : target.open ? 'confirm' : 'closed');
  });

  r.post('/rate/:number/:score', fields('p', 'sig', 'comment'), async (req, res) => {
    const link = ratingLinkOf(req.params.number, req.params.score, personOf(req));
    const sig = signatureOf(req);
    const comment = (req.body as Record<string, unknown> | undefined)?.comment;
    try {
      await rateByLink(s, link, sig, comment);
    } catch (err) {
      if (!(err instanceof Refusal) || (err.kind !== 'conflict' && err.kind !== 'invalid')) throw err;
      const target = await openRatingLink(s, link, sig);
      if (err.kind === 'invalid') return render(res, target, sig, 'confirm', 422, err.fieldErrors.comment ?? 'invalid');
      return render(res, target, sig, target.rated ? 'already' : 'closed', 409);
    }
    render(res, await openRatingLink(s, link, sig), sig, 'done');
  });

  return r;
}
