// /account: the signed-in person's own sign-in things — API tokens (/account/tokens; a desk manager
// also sees and revokes everyone's, the same service calls as GET/DELETE /api/v1/tokens), the second
// factor (/account/security) and where they are signed in (/account/sessions).
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { listApiTokens, revokeApiToken } from '../../services/people/api-tokens.js';
import { ROLES } from '../../domain/types.js';
import { requireRole } from '../middleware/auth.js';
import { redirectWithFlash } from '../desk/flash.js';
import { safeNext } from '../auth/safe-next.js';
import { securityRoutes } from './security.js';
import { sessionRoutes } from './sessions.js';

export function accountRoutes(s: Services): Router {
  const r = Router();
  r.use(requireRole(...ROLES));

  r.get('/tokens', async (req, res) => {
    const person = req.person!;
    const everyone = person.role === 'manager';
    const tokens = await listApiTokens(s, person, everyone);
    res.render('account/tokens', {
      title: res.locals.t('account:tokens.title'),
      own: tokens.filter((tk) => tk.owner.id === person.id),
      others: everyone ? tokens.filter((tk) => tk.owner.id !== person.id) : null,
      hours: s.env.API_TOKEN_HOURS,
    });
  });

  r.post('/tokens/:id/revoke', async (req, res) => {
    const id = String(req.params.id);
    await revokeApiToken(s, req.person!, /^\d{1,10}$/.test(id) ? Number(id) : 0);
    const back = safeNext((req.body as Record<string, unknown> | undefined)?.next, '/account/tokens');
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('account:tokens.revoked') }, back.startsWith('/account/') ? back : '/account/tokens');
  });

  r.use(securityRoutes(s));
  r.use(sessionRoutes(s));
  return r;
}
