// Single sign-on pages: /login/sso sends the browser to the company's OpenID provider (authorization
// code flow with PKCE; state, nonce and verifier wait in a short session), /login/sso/callback takes
// the answer, matches the person by verified e-mail and signs them in. Without OIDC_* set neither
// route exists and the login page offers no such button.
import { Router } from 'express';
import { publicUrl } from '../../config/env.js';
import type { Services } from '../../services/context.js';
import { SsoRefusal, finishSso, ssoConfigured, startSso } from '../../services/people/single-sign-on.js';
import { homeOf } from '../middleware/auth.js';
import { regenerateSession } from '../middleware/session.js';
import { beginSession } from './signed-in.js';
import { safeNext } from './safe-next.js';

const SSO_MINUTES = 10;

export const ssoOffered = (s: Services) => ssoConfigured(s);

export function singleSignOnRoutes(s: Services): Router {
  const r = Router();
  if (!ssoConfigured(s)) return r;
  const callback = `${publicUrl(s.env)}/login/sso/callback`;

  r.get('/login/sso', async (req, res) => {
    // Someone already signed in keeps their session (starting over would end it).
    if (req.person) return res.redirect(homeOf(req.person));
    let start;
    try {
      start = await startSso(s, callback);
    } catch (err) {
      s.log.warn({ err }, 'single sign-on: the provider could not be reached');
      return res.redirect(303, '/login?sso=unreachable');
    }
    await regenerateSession(req);
    req.session.sso = { state: start.state, nonce: start.nonce, verifier: start.verifier, next: safeNext(req.query.next, ''), at: s.now() };
    res.redirect(303, start.url);
  });

  r.get('/login/sso/callback', async (req, res) => {
    const pending = req.session?.sso;
    if (!pending || s.now() - pending.at > SSO_MINUTES * 60_000) return res.redirect(303, '/login?sso=expired');
    delete req.session.sso;
    try {
      // The callback as the provider was told it (PUBLIC_URL), with the query the browser brought.
      const url = new URL(callback);
      url.search = new URL(req.originalUrl, callback).search;
      const person = await finishSso(s, url, pending);
      await beginSession(s, req, res, person, 'sso');
      res.redirect(303, pending.next || homeOf(person));
    } catch (err) {
      if (err instanceof SsoRefusal) return res.redirect(303, `/login?sso=${err.problem}`);
      throw err;
    }
  });

  return r;
}
