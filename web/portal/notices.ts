// The desk's recommendations as portal notices (SPEC §6): every portal page shows the ones the signed-in
// contact or approver has not dismissed yet; dismissing one hides it for that person only.
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { contactOrderPath, dismissNotice, portalNotices } from '../../services/insight/recommendations.js';
import { notFound } from '../../services/errors.js';

/** Back to the page the notice was dismissed on (a portal path only). */
const backTo = (next: unknown) => (typeof next === 'string' && /^\/portal(\/[\w\-/?=&%.]*)?$/.test(next) ? next : '/portal');

export function noticeRoutes(s: Services): Router {
  const r = Router();
  r.use(async (req, res, next) => {
    if (req.method === 'GET') {
      res.locals.recommendationNotices = await portalNotices(s, req.person!);
      res.locals.noticeOrderPath = (kind: Parameters<typeof contactOrderPath>[1], replaces: string | null) =>
        req.person!.role === 'contact' ? contactOrderPath('portal', kind, replaces) : null;
    }
    next();
  });
  r.post('/notices/:id/dismiss', async (req, res) => {
    const id = String(req.params.id);
    if (!/^\d{1,12}$/.test(id)) throw notFound();
    await dismissNotice(s, req.person!, Number(id));
    res.redirect(303, backTo((req.body as Record<string, unknown> | undefined)?.next));
  });
  return r;
}
