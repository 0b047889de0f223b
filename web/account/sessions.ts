// /account/sessions: where the person is signed in — each page session with its device (from the
// browser's user agent), address, sign-in and last use — and their API tokens; any of them can be
// ended here (the one in use too, which signs this browser out).
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { endSession, endSessions, listSessions } from '../../services/people/sessions.js';
import { listApiTokens } from '../../services/people/api-tokens.js';
import { deviceOf } from '../../domain/user-agent.js';
import { redirectWithFlash } from '../desk/flash.js';

export function sessionRoutes(s: Services): Router {
  const r = Router();

  r.get('/sessions', async (req, res) => {
    const person = req.person!;
    const [sessions, tokens] = await Promise.all([listSessions(s, person.id, req.sessionID), listApiTokens(s, person)]);
    res.render('account/sessions', {
      title: res.locals.t('account:sessions.title'),
      sessions: sessions.map((x) => ({ ...x, device: deviceOf(x.userAgent) })),
      tokens: tokens.filter((tk) => tk.owner.id === person.id).map((tk) => ({ ...tk, device: deviceOf(tk.userAgent) })),
    });
  });

  r.post('/sessions/:handle/end', async (req, res) => {
    const handle = String(req.params.handle);
    const current = (await listSessions(s, req.person!.id, req.sessionID)).find((x) => x.current)?.handle === handle;
    await endSession(s, req.person!.id, handle);
    if (current) return res.redirect(303, '/login');
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('account:sessions.ended') }, '/account/sessions');
  });

  r.post('/sessions/end-others', async (req, res) => {
    const n = await endSessions(s, req.person!.id, { keepSid: req.sessionID });
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('account:sessions.othersEnded', { count: n }) }, '/account/sessions');
  });

  return r;
}
