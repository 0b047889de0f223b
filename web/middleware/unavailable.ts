// The 503 answer when a part of the product cannot be reached: JSON `{error}` for the API, the
// product's own error page for pages, both with Retry-After.
import type { Request, Response } from 'express';
import { isLocale, translator } from '../../i18n/index.js';
import type { UnavailablePart } from '../../services/availability.js';

export const RETRY_AFTER_SECONDS = '5';

export function unavailableAnswer(req: Request, res: Response, part: UnavailablePart): void {
  res.set('Retry-After', RETRY_AFTER_SECONDS).set('Cache-Control', 'no-store');
  if (req.originalUrl.startsWith('/api/')) {
    res.status(503).json({ error: translator('en')(`availability:${part}Down`) });
    return;
  }
  const locale = isLocale(req.locale) ? req.locale : 'da';
  const t = res.locals.t ?? translator(locale);
  if (!res.locals.t) Object.assign(res.locals, { t, locale, person: null });
  const title = t('errors.unavailableTitle');
  res.status(503).render('errors/error', { status: 503, title, message: t(`availability:${part}Down`) }, (err, html) => {
    if (err) res.type('text/plain').send(`503 ${title}`);
    else res.send(html);
  });
}
