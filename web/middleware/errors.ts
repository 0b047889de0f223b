// The page error handler: every failure becomes a page in the product's style with the right
// status, never a stack trace. Unexpected errors are logged with a reference shown to the user.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import type { Logger } from 'pino';
import { Refusal, HTTP_STATUS } from '../../services/errors.js';
import { invalidCsrfTokenError } from './csrf.js';
import { translator } from '../../i18n/index.js';
import { unavailablePart } from '../../services/availability.js';
import { unavailableAnswer } from './unavailable.js';

export function notFoundPage(_req: Request, res: Response): void {
  renderError(res, 404, 'notFoundTitle', 'notFound');
}

export function pageErrors(log: Logger) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    if (err === invalidCsrfTokenError || (err as { code?: string })?.code === 'EBADCSRFTOKEN') return renderError(res, 403, 'csrfTitle', 'csrf');
    if (err instanceof multer.MulterError) return renderError(res, 413, 'tooLargeTitle', 'tooLarge');
    const status = (err as { status?: number; type?: string })?.status;
    if (status === 413) return renderError(res, 413, 'tooLargeTitle', 'tooLarge');
    if (status === 400 && (err as { type?: string }).type) return renderError(res, 400, 'notFoundTitle', 'notFound');
    if (err instanceof Refusal) {
      if (err.kind === 'not_found') return renderError(res, 404, 'notFoundTitle', 'notFound');
      if (err.kind === 'forbidden') return renderError(res, 403, 'forbiddenTitle', 'forbidden');
      const locale = req.locale ?? 'da';
      return renderError(res, HTTP_STATUS[err.kind], err.kind === 'unavailable' ? 'unavailableTitle' : 'serverTitle', null, err.text[locale]);
    }
    const part = unavailablePart(err);
    if (part) return unavailableAnswer(req, res, part);
    const ref = randomUUID().slice(0, 8);
    log.error({ err, ref, method: req.method, url: req.originalUrl }, 'page request failed');
    renderError(res, 500, 'serverTitle', 'server', undefined, { ref });
  };
}

function renderError(res: Response, status: number, titleKey: string, messageKey: string | null, text?: string, params: Record<string, string> = {}): void {
  const t = res.locals.t ?? translator('da');
  if (!res.locals.t) {
    res.locals.t = t;
    res.locals.locale = 'da';
    res.locals.person = null;
  }
  res
    .status(status)
    .render('errors/error', { status, title: t(`errors.${titleKey}`), message: text ?? t(`errors.${messageKey}`, params) }, (renderErr, html) => {
      if (renderErr) res.type('text/plain').send(`${status} ${t(`errors.${titleKey}`)}`);
      else res.send(html);
    });
}
