// Routes every signed-in person shares: a case link that lands on the right page for the person
// (used in e-mails), and attachment downloads (only for people who may see the case).
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { findVisibleCase } from '../../services/cases/access.js';
import { findVisibleAttachment } from '../../services/cases/attachments.js';
import { servedContentType } from '../../domain/served-type.js';
import { isStaff } from '../../services/people/people.js';
import { notFound } from '../../services/errors.js';

export const caseNumberParam = (raw: unknown): number => {
  const n = Number(raw);
  if (!/^\d{1,9}$/.test(String(raw)) || !Number.isSafeInteger(n)) throw notFound();
  return n;
};

export function caseLinkRoutes(s: Services): Router {
  const r = Router();
  r.get('/case/:number', async (req, res) => {
    if (!req.person) return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
    const c = await findVisibleCase(s, req.person, caseNumberParam(req.params.number));
    res.redirect(isStaff(req.person) ? `/desk/cases/${c.number}` : `/portal/cases/${c.number}`);
  });
  r.get('/case/:number/attachments/:id', async (req, res) => {
    if (!req.person) return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
    const a = await findVisibleAttachment(s, req.person, caseNumberParam(req.params.number), caseNumberParam(req.params.id));
    const inline = a.contentType.startsWith('image/') || a.contentType === 'application/pdf';
    res.setHeader('Content-Type', servedContentType(a.contentType, a.data));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    res.setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(a.filename)}`);
    res.send(a.data);
  });
  return r;
}
