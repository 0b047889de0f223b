// /dev/mail: the demo catch-all mailbox (only with demo data on and no SMTP_URL; staff only). Lists
// every mail the desk sent, opens one with its headers and raw source, and answers it as its recipient
// through the desk's own SMTP listener — the whole mail loop in a browser, no mail server needed.
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { devMail, listDevMails, replyAsRecipient } from '../../services/mail/dev-mailbox.js';
import { notFound } from '../../services/errors.js';
import { requireRole } from '../middleware/auth.js';
import { redirectWithFlash } from '../desk/flash.js';

function idParam(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

export function devMailRoutes(s: Services): Router {
  const r = Router();
  r.use(requireRole('agent', 'manager'));

  r.get('/', async (_req, res) => {
    res.render('dev/mail-list', { title: res.locals.t('mailbox:dev.title'), mails: await listDevMails(s) });
  });

  r.get('/:id', async (req, res) => {
    const mail = await devMail(s, idParam(req.params.id));
    res.render('dev/mail', { title: mail.subject, mail });
  });

  r.get('/:id/raw', async (req, res) => {
    const mail = await devMail(s, idParam(req.params.id));
    res.type('text/plain; charset=utf-8').send(mail.raw);
  });

  r.post('/:id/reply', async (req, res) => {
    const id = idParam(req.params.id);
    const text = String(req.body?.text ?? '').trim();
    const subject = String(req.body?.subject ?? '').trim();
    const t = res.locals.t;
    if (!text) return redirectWithFlash(req, res, { kind: 'error', text: t('mailbox:dev.replyEmpty') }, `/dev/mail/${id}`);
    await replyAsRecipient(s, id, { subject: subject.slice(0, 200), text: text.slice(0, 20_000) });
    redirectWithFlash(req, res, { kind: 'ok', text: t('mailbox:dev.replySent') }, '/dev/mail');
  });
  return r;
}
