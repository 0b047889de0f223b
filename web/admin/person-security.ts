// A desk manager's view of one person's sign-in (/admin/people/:personId/security): their second
// factor, sessions and API tokens, with the two things only a manager does — reset the second factor
// (a lost phone) and sign the person out everywhere (every session and API token). Both are audited.
import { Router, type Request } from 'express';
import type { Services } from '../../services/context.js';
import { notFound } from '../../services/errors.js';
import { isStaff } from '../../services/people/people.js';
import { personForManager, resetSecondFactor } from '../../services/people/second-factor/reset.js';
import { secondFactorsOf } from '../../services/people/second-factor/policy.js';
import { listSessions, signOutEverywhere } from '../../services/people/sessions.js';
import { listApiTokens } from '../../services/people/api-tokens.js';
import { deviceOf } from '../../domain/user-agent.js';
import { redirectWithFlash } from '../desk/flash.js';

const personId = (req: Request): number => {
  const raw = String(req.params.personId);
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return Number(raw);
};

export function personSecurityRoutes(s: Services): Router {
  const r = Router();
  const page = (id: number) => `/admin/people/${id}/security`;

  r.get('/people/:personId/security', async (req, res) => {
    const person = await personForManager(s, req.person!, personId(req));
    const [factors, sessions, tokens] = await Promise.all([secondFactorsOf(s, person.id), listSessions(s, person.id), listApiTokens(s, req.person!, true)]);
    res.render('admin/person-security', {
      title: res.locals.t('account:manage.title', { name: person.fullName }),
      subject: person,
      back: isStaff(person) ? '/admin/staff' : `/admin/companies/${person.companyId}`,
      factors,
      sessions: sessions.map((x) => ({ ...x, device: deviceOf(x.userAgent) })),
      tokens: tokens.filter((tk) => tk.owner.id === person.id),
    });
  });

  r.post('/people/:personId/second-factor/reset', async (req, res) => {
    const person = await resetSecondFactor(s, req.person!, personId(req));
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('account:manage.reset', { name: person.fullName }) }, page(person.id));
  });

  r.post('/people/:personId/sign-out', async (req, res) => {
    const { person, sessions, tokens } = await signOutEverywhere(s, req.person!, personId(req));
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('account:manage.signedOut', { name: person.fullName, sessions, tokens }) }, page(person.id));
  });

  return r;
}
