// One-time form tokens: every page form carries `_once`, a fresh random token (the form-guard
// partial). The first submission claims it; a double click or a back-and-resubmit of the same form
// does nothing again — it is shown where the first one led (with a note that the form was already
// sent), waits for the first if that is still running, or gets a clear page. A submission that was
// refused (4xx/5xx: nothing was done) gives its token back, so the corrected form can be sent.
import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Services } from '../../services/context.js';
import { finishFormSubmission, isFormToken, releaseFormSubmission, startFormSubmission } from '../../services/exactly-once/form-submissions.js';

export const ONCE_FIELD = '_once';

/** A new token for one form. */
export const newFormToken = () => randomBytes(18).toString('base64url');

export function formOnce(s: Services) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown> | undefined;
    const token = body?.[ONCE_FIELD];
    if (req.method !== 'POST' || typeof token !== 'string' || !isFormToken(token)) return next();
    delete body![ONCE_FIELD];
    const start = await startFormSubmission(s, token, req.person?.id ?? null, req.path);
    const t = res.locals.t;
    if (start.kind === 'busy')
      return res.status(409).render('errors/error', { status: 409, title: t('requests:alreadySent.title'), message: t('requests:alreadySent.busy') });
    if (start.kind === 'repeat') {
      if (start.first.location) {
        req.session.flash = { kind: 'ok', text: t('requests:alreadySent.shown') };
        return res.redirect(303, start.first.location);
      }
      return res.status(409).render('errors/error', { status: 409, title: t('requests:alreadySent.title'), message: t('requests:alreadySent.text') });
    }
    // On 'close' (after the answer went out, or the client left): an answer of 4xx/5xx did nothing.
    // A client that left before any answer leaves the claim running; it is taken over after a while.
    res.on('close', () => {
      if (!res.headersSent) return;
      const status = res.statusCode;
      const done =
        status < 400
          ? finishFormSubmission(s, token, { status, location: status >= 300 ? ((res.getHeader('location') as string | undefined) ?? null) : null })
          : releaseFormSubmission(s, token);
      done.catch((err: unknown) => s.log.error({ err }, 'could not record a form submission'));
    });
    next();
  };
}
