// The page error handler: every failure becomes a page in the product's style with the right
// status, never a stack trace. Unexpected errors are logged with a reference shown to the user.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { Refusal, HTTP_STATUS } from '../../services/errors.js';
import { invalidCsrfTokenError } from './csrf.js';
import { requestProblemOf } from './request-problems.js';
import { isLocale, translator } from '../../i18n/index.js';
import { unavailablePart } from '../../services/availability.js';
import { unavailableAnswer } from './unavailable.js';
import { languageCookie } from './language-cookie.js';

export function notFoundPage(req: Request, res: Response): void {
  renderError(req, res, 404, 'errors.notFoundTitle', 'errors.notFound');
}

export function pageErrors(log: Logger) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    if (err === invalidCsrfTokenError || (err as { code?: string })?.code === 'EBADCSRFTOKEN')
      return renderError(req, res, 403, 'errors.csrfTitle', 'errors.csrf');
    const problem = requestProblemOf(err);
    if (problem) {
      if (problem.reason === 'too_large') return renderError(req, res, 413, 'errors.tooLargeTitle', 'errors.tooLarge');
      return renderError(req, res, problem.status, `requests:${problem.reason}.title`, `requests:${problem.reason}.text`);
    }
    if (err instanceof Refusal) {
      if (err.kind === 'not_found') return renderError(req, res, 404, 'errors.notFoundTitle', 'errors.notFound');
      if (err.kind === 'forbidden') return renderError(req, res, 403, 'errors.forbiddenTitle', 'errors.forbidden');
      const locale = req.locale ?? 'da';
      return renderError(
        req,
        res,
        HTTP_STATUS[err.kind],
        err.kind === 'unavailable' ? 'errors.unavailableTitle' : 'errors.serverTitle',
        null,
        err.text[locale],
      );
    }
    const part = unavailablePart(err);
    if (part) return unavailableAnswer(req, res, part);
    const ref = randomUUID().slice(0, 8);
    log.error({ err, ref, method: req.method, url: req.originalUrl }, 'page request failed');
    renderError(req, res, 500, 'errors.serverTitle', 'errors.server', undefined, { ref });
  };
}

/**
 * Renders the error page. A request refused before the page locals were set (a body that could not
 * be read, say) still gets the full page, in the language its session chose.
 */
function renderError(
  req: Request,
  res: Response,
  status: number,
  titleKey: string,
  messageKey: string | null,
  text?: string,
  params: Record<string, string> = {},
): void {
  if (!res.locals.t) {
    const locale = isLocale(req.person?.locale) ? req.person!.locale : (languageCookie(req)?.locale ?? 'da');
    Object.assign(res.locals, {
      t: translator(locale),
      locale,
      person: null,
      csrfToken: '',
      formToken: () => '',
      currentPath: req.path,
      currentUrl: '/',
      flash: null,
    });
  }
  const t = res.locals.t;
  res.status(status).render('errors/error', { status, title: t(titleKey), message: text ?? t(messageKey!, params) }, (renderErr, html) => {
    if (renderErr) res.type('text/plain').send(`${status} ${t(titleKey)}`);
    else res.send(html);
  });
}
