// The JSON API under /api/v1 (OpenAPI 3.1 document at /api/v1/openapi.json). Bearer tokens only:
// it is mounted before sessions and CSRF, and never reads a session cookie. Bodies are UTF-8 JSON,
// every text in them is checked at the door, and a POST may carry an Idempotency-Key.
import express, { Router } from 'express';
import type { Services } from '../../services/context.js';
import { apiBodyFormat } from '../middleware/body-format.js';
import { apiTextInput } from '../middleware/text-input.js';
import { requireBearer } from './auth.js';
import { tokenRoutes } from './tokens.js';
import { meRoutes } from './me.js';
import { idempotentPosts } from './idempotency.js';
import { caseRoutes } from './cases.js';
import { mailRoutes } from './mail.js';
import { calendarRoutes } from './calendar.js';
import { billingRoutes } from './billing.js';
import { invoiceRoutes } from './invoices.js';
import { competenceRoutes } from './competence.js';
import { privacyRoutes } from './privacy.js';
import { messageRoutes } from './messages.js';
import { timelineRoutes } from './timeline.js';
import { articleRoutes } from './knowledge/articles.js';
import { reuseRoutes } from './knowledge/reuse.js';
import { everydayRoutes } from './everyday.js';
import { apiErrors, apiNotFound } from './errors.js';
import { openApiDocument } from './openapi/document.js';
import { methodNotAllowed } from './methods.js';

export function apiRoutes(s: Services): Router {
  const r = Router();
  const bearer = requireBearer(s);
  r.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  r.use(apiBodyFormat);
  r.use(express.json({ limit: '100kb', strict: false }));
  r.use(apiTextInput);

  r.get('/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(openApiDocument());
  });
  r.use(tokenRoutes(s, bearer));

  r.use(meRoutes(s, bearer));

  r.use(idempotentPosts(s, bearer));
  r.use(caseRoutes(s, bearer));
  r.use(messageRoutes(s, bearer));
  r.use(timelineRoutes(s, bearer));
  r.use(mailRoutes(s, bearer));
  r.use(calendarRoutes(s, bearer));
  r.use(billingRoutes(s, bearer));
  r.use(invoiceRoutes(s, bearer));
  r.use(competenceRoutes(s, bearer));
  r.use(privacyRoutes(s, bearer));
  r.use(articleRoutes(s, bearer));
  r.use(reuseRoutes(s, bearer));
  r.use(everydayRoutes(s, bearer));
  r.use(methodNotAllowed(() => openApiDocument().paths as Record<string, Record<string, unknown>>));
  r.use(apiNotFound);
  r.use(apiErrors(s.log));
  return r;
}
