// The JSON API under /api/v1 (OpenAPI 3.1 document at /api/v1/openapi.json). Bearer tokens only:
// it is mounted before sessions and CSRF, and never reads a session cookie.
import express, { Router } from 'express';
import type { Services } from '../../services/context.js';
import { actorOf } from '../../services/people.js';
import { requireBearer, tokenRoutes } from './auth.js';
import { caseRoutes } from './cases.js';
import { mailRoutes } from './mail.js';
import { messageRoutes } from './messages.js';
import { apiErrors, apiNotFound } from './errors.js';
import { openApiDocument } from './openapi.js';

export function apiRoutes(s: Services): Router {
  const r = Router();
  const bearer = requireBearer(s);
  r.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  r.use(express.json({ limit: '100kb', strict: false }));

  r.get('/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(openApiDocument());
  });
  r.use(tokenRoutes(s));

  r.get('/me', bearer, async (req, res) => {
    const p = req.person!;
    const company = p.companyId ? await s.db.models.Company.findByPk(p.companyId) : null;
    res.json({
      id: p.id,
      email: p.email,
      name: p.fullName,
      role: p.role,
      company: company ? { id: company.id, name: company.name } : null,
      canApprove: actorOf(p).canApprove,
    });
  });

  r.use(caseRoutes(s, bearer));
  r.use(messageRoutes(s, bearer));
  r.use(mailRoutes(s, bearer));
  r.use(apiNotFound);
  r.use(apiErrors(s.log));
  return r;
}
