// Desk staff (SPEC §1): the list of agents and desk managers, inviting one, changing a role,
// deactivating, reactivating and sending a new password link. Managers only (mounted under /admin).
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { STAFF_ROLES, changeStaffRole, deactivateStaff, inviteStaff, listStaff, reactivateStaff, sendStaffLink } from '../../services/people/staff-accounts.js';
import type { PersonChange } from '../../services/people/company-people.js';
import { Refusal, notFound } from '../../services/errors.js';
import { linkNote } from './link-note.js';

const posted = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

const personId = (req: Request): number => {
  const raw = String(req.params.personId);
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return Number(raw);
};

async function renderStaff(s: Services, res: Response, form: { values: Record<string, unknown>; errors: Record<string, string> }, status = 200) {
  res.status(status).render('admin/staff', {
    title: res.locals.t('staff:title'),
    rows: await listStaff(s),
    roles: STAFF_ROLES,
    form,
    openForm: status !== 200,
  });
}

/** A one-click change of a staff member: flash the outcome (or why it was refused) and go back to the list. */
function staffAction(action: (req: Request) => Promise<{ text: (res: Response) => string; change?: PersonChange }>) {
  return async (req: Request, res: Response) => {
    let flash: { kind: 'ok' | 'error'; text: string };
    try {
      const done = await action(req);
      flash = { kind: 'ok', text: [done.text(res), linkNote(res, done.change?.invitation ?? null)].filter(Boolean).join(' ') };
    } catch (err) {
      if (!(err instanceof Refusal) || (err.kind !== 'conflict' && err.kind !== 'invalid')) throw err;
      flash = { kind: 'error', text: err.kind === 'invalid' ? res.locals.t('validation.invalid_choice') : err.text[req.locale] };
    }
    req.session.flash = flash;
    res.redirect(303, '/admin/staff');
  };
}

export function staffRoutes(s: Services): Router {
  const r = Router();

  r.get('/staff', (_req, res) => renderStaff(s, res, { values: { role: 'agent', locale: 'da' }, errors: {} }));

  r.post('/staff', async (req, res) => {
    try {
      const { person, invitation } = await inviteStaff(s, req.person!, posted(req));
      const { t } = res.locals;
      const text = [t('staff:invited', { name: person.fullName, email: person.email, role: t(`roles.${person.role}`) }), linkNote(res, invitation)];
      req.session.flash = { kind: 'ok', text: text.filter(Boolean).join(' ') };
      res.redirect(303, '/admin/staff');
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return renderStaff(s, res, { values: posted(req), errors: err.fieldErrors }, 422);
      throw err;
    }
  });

  r.post(
    '/staff/:personId/role',
    staffAction(async (req) => {
      const change = await changeStaffRole(s, req.person!, personId(req), posted(req));
      return { change, text: (res) => res.locals.t('staff:roleChanged', { name: change.person.fullName, role: res.locals.t(`roles.${change.person.role}`) }) };
    }),
  );

  r.post(
    '/staff/:personId/deactivate',
    staffAction(async (req) => {
      const { person, releasedCases } = await deactivateStaff(s, req.person!, personId(req));
      return {
        text: (res) =>
          [
            res.locals.t('staff:deactivated', { name: person.fullName }),
            releasedCases.length ? res.locals.t('staff:released', { count: releasedCases.length, numbers: releasedCases.map((n) => `#${n}`).join(', ') }) : '',
          ]
            .filter(Boolean)
            .join(' '),
      };
    }),
  );

  r.post(
    '/staff/:personId/reactivate',
    staffAction(async (req) => {
      const change = await reactivateStaff(s, req.person!, personId(req));
      return { change, text: (res) => res.locals.t('staff:reactivated', { name: change.person.fullName }) };
    }),
  );

  r.post(
    '/staff/:personId/link',
    staffAction(async (req) => {
      const change = await sendStaffLink(s, req.person!, personId(req));
      const invite = change.invitation?.purpose === 'invite';
      // Without a mail server the link is shown to the manager to pass on: the flash must not say it was mailed.
      const unsent = change.invitation?.shown === true;
      const key = invite ? (unsent ? 'staff:invitedAgainUnsent' : 'staff:invitedAgain') : unsent ? 'staff:linkMade' : 'staff:linkSent';
      return { change, text: (res) => res.locals.t(key, { name: change.person.fullName, email: change.person.email }) };
    }),
  );

  return r;
}
