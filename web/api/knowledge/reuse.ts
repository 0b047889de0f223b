// Canned responses and announcements through the JSON API (SPEC §8): staff keep and render canned
// responses for a case; desk managers announce to support contacts, who list theirs and mark them read.
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../../services/context.js';
import { isStaff } from '../../../services/people/people.js';
import { forbidden, notFound } from '../../../services/errors.js';
import { createCanned, deleteCanned, findCanned, listCanned, renderCanned } from '../../../services/knowledge/canned.js';
import { announce, markAnnouncementRead, remindUnread } from '../../../services/knowledge/announcements.js';
import { announcementRecipients, findAnnouncement, listAnnouncements } from '../../../services/knowledge/announcement-reads.js';
import { bodyObject, caseNumberParam, requireJsonBody } from '../input.js';
import { announcementDocument, cannedDocument, idParam } from './documents.js';

export function reuseRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.post('/canned-responses', bearer, requireJsonBody, async (req, res) => {
    const c = await createCanned(s, req.person!, bodyObject(req));
    res.status(201).location(`${req.baseUrl}/canned-responses/${c.id}`).json(cannedDocument(c));
  });
  r.get('/canned-responses', bearer, async (req, res) => {
    res.json({ items: (await listCanned(s, req.person!)).map(cannedDocument) });
  });
  r.get('/canned-responses/:id', bearer, async (req, res) => {
    res.json(cannedDocument(await findCanned(s, req.person!, idParam(req.params.id))));
  });
  r.delete('/canned-responses/:id', bearer, async (req, res) => {
    await deleteCanned(s, req.person!, idParam(req.params.id));
    res.status(204).end();
  });
  r.get('/canned-responses/:id/render', bearer, async (req, res) => {
    const id = idParam(req.params.id);
    if (!isStaff(req.person!)) throw forbidden();
    const raw = Array.isArray(req.query.case) ? req.query.case[0] : req.query.case;
    if (raw === undefined) throw notFound();
    const rendered = await renderCanned(s, req.person!, id, caseNumberParam(raw));
    res.json({ text: rendered.text, locale: rendered.locale });
  });

  r.post('/announcements', bearer, requireJsonBody, async (req, res) => {
    const { id, recipients } = await announce(s, req.person!, bodyObject(req));
    res.status(201).location(`${req.baseUrl}/announcements/${id}`).json({ id, recipients });
  });
  r.get('/announcements', bearer, async (req, res) => {
    const staff = isStaff(req.person!);
    res.json({ items: (await listAnnouncements(s, req.person!)).map((a) => announcementDocument(a, staff)) });
  });
  r.get('/announcements/:id', bearer, async (req, res) => {
    const id = idParam(req.params.id);
    if (!isStaff(req.person!)) throw forbidden();
    const a = await findAnnouncement(s, req.person!, id);
    const recipients = await announcementRecipients(s, id);
    res.json({ ...announcementDocument(a, true), recipients: recipients.map((x) => ({ email: x.email, readAt: x.readAt ? x.readAt.toISOString() : null })) });
  });
  r.post('/announcements/:id/read', bearer, async (req, res) => {
    await markAnnouncementRead(s, req.person!, idParam(req.params.id));
    res.status(204).end();
  });
  r.post('/announcements/:id/remind', bearer, async (req, res) => {
    res.json({ reminded: await remindUnread(s, req.person!, idParam(req.params.id)) });
  });
  return r;
}
