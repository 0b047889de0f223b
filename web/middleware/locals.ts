// Per-request view helpers: the language, its translator and formatters, the signed-in person.
import type { NextFunction, Request, Response } from 'express';
import { isLocale, translator } from '../../i18n/index.js';
import type { Locale } from '../../domain/types.js';
import { formatters } from '../format.js';
import { attachmentLimits } from '../../services/cases/attachments.js';
import { languageCookie } from './language-cookie.js';

/** What a file field accepts: the extensions of the attachment kinds (domain/attachment-kinds.ts). */
const ATTACHMENT_ACCEPT = attachmentLimits()
  .extensions.map((e) => `.${e}`)
  .join(',');

/** `now` is the service layer's clock (Services.now), so pages read time from the same injectable clock as the services. */
export const viewLocals = (now: () => number) =>
  function viewLocals(req: Request, res: Response, next: NextFunction): void {
    const locale: Locale = isLocale(req.person?.locale) ? req.person!.locale : (languageCookie(req)?.locale ?? 'da');
    req.locale = locale;
    res.locals.locale = locale;
    res.locals.t = translator(locale);
    res.locals.fmt = formatters(locale);
    res.locals.person = req.person ?? null;
    res.locals.attachmentAccept = ATTACHMENT_ACCEPT;
    res.locals.currentPath = req.path;
    res.locals.currentUrl = req.originalUrl;
    res.locals.now = now();
    res.locals.flash = req.session?.flash ?? null;
    if (req.session?.flash && req.method === 'GET') delete req.session.flash;
    next();
  };
