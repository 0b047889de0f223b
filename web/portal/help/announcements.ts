// The desk's announcements in the portal (SPEC §8 "vidensdeling"): every portal page shows the ones
// the signed-in contact or approver has not marked read; the list of all that went to them; one with
// "mark as read"; and a clean print view to pass on to the company's users.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../../../services/context.js';
import { findAnnouncement, listAnnouncements, unreadAnnouncements } from '../../../services/knowledge/announcement-reads.js';
import { markAnnouncementRead } from '../../../services/knowledge/announcements.js';
import { inLanguage } from '../../../domain/knowledge/articles.js';
import { idParam } from '../../api/knowledge/documents.js';

/** Back to the page it was marked read on (a portal path only). */
const backTo = (next: unknown) => (typeof next === 'string' && /^\/portal(\/[\w\-/?=&%.]*)?$/.test(next) ? next : '/portal/announcements');

/** Every portal page (GET) shows the unread announcements. */
export function announcementNotices(s: Services) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET') res.locals.announcementNotices = await unreadAnnouncements(s, req.person!);
    next();
  };
}

export function announcementRoutes(s: Services): Router {
  const r = Router();
  const shown = (a: { title: { da: string; en: string | null }; body: { da: string; en: string | null } }, req: Request) => ({
    title: inLanguage(a.title, req.locale),
    body: inLanguage(a.body, req.locale),
  });

  r.get('/', async (req, res) => {
    const items = (await listAnnouncements(s, req.person!)).map((a) => ({ ...a, shown: shown(a, req) }));
    res.render('knowledge/portal-announcements', { title: res.locals.t('knowledge:announcements.title'), items });
  });

  r.get('/:id', async (req, res) => {
    const a = await findAnnouncement(s, req.person!, idParam(req.params.id));
    res.render('knowledge/announcement', { title: inLanguage(a.title, req.locale).text, a, shown: shown(a, req), audience: 'portal' });
  });

  r.get('/:id/print', async (req, res) => {
    const a = await findAnnouncement(s, req.person!, idParam(req.params.id));
    res.render('knowledge/announcement-print', { title: inLanguage(a.title, req.locale).text, a, shown: shown(a, req) });
  });

  r.post('/:id/read', async (req, res) => {
    await markAnnouncementRead(s, req.person!, idParam(req.params.id));
    res.redirect(303, backTo((req.body as Record<string, unknown> | undefined)?.next));
  });
  return r;
}
