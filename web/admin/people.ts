// The people of a company: add a support contact or a price approver (each gets an invitation by
// e-mail), give or take a contact's approval right, deactivate, reactivate, invite again.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { addCompanyPerson, resendInvitation, setApprovalRight, setPersonActive, type PersonChange } from '../../services/people/company-people.js';
import { Refusal, notFound } from '../../services/errors.js';
import { companyForm } from './companies.js';
import { linkNote } from './link-note.js';

const personId = (req: Request): number => {
  const raw = String(req.params.personId);
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return Number(raw);
};

/** A one-click action on a person: flash the outcome (or the reason it was refused) and go back. */
function personAction(action: (req: Request) => Promise<PersonChange>, done: (res: Response, p: PersonChange['person']) => string) {
  return async (req: Request, res: Response) => {
    let flash: { kind: 'ok' | 'error'; text: string };
    try {
      const change = await action(req);
      flash = { kind: 'ok', text: [done(res, change.person), linkNote(res, change.invitation)].filter(Boolean).join(' ') };
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'conflict') throw err;
      flash = { kind: 'error', text: err.text[req.locale] };
    }
    req.session.flash = flash;
    res.redirect(303, `/admin/companies/${encodeURIComponent(String(req.params.id))}#people`);
  };
}

export function peopleRoutes(s: Services): Router {
  const r = Router();
  const t = (req: Request) => req.res!.locals.t;

  r.post(
    '/:id/contacts',
    companyForm(s, 'contact', async (req) => {
      const { person, training, monthlyFeeOre, invitation } = await addCompanyPerson(s, req.person!, String(req.params.id), 'contact', req.body);
      const money = req.res!.locals.fmt.money as (ore: number) => string;
      return [
        t(req)(invitation?.shown ? 'admin:people.contactAddedUnsent' : 'admin:people.contactAdded', { name: person.fullName, email: person.email }),
        monthlyFeeOre === null ? null : t(req)('admin:people.feeApplies', { fee: money(monthlyFeeOre), included: s.terms().prices.includedContacts }),
        training ? t(req)('admin:people.trainingBilled', { amount: money(training.amountOre) }) : null,
        linkNote(req.res!, invitation),
      ]
        .filter(Boolean)
        .join(' ');
    }),
  );

  r.post(
    '/:id/approvers',
    companyForm(s, 'approver', async (req) => {
      const { person, invitation } = await addCompanyPerson(s, req.person!, String(req.params.id), 'approver', req.body);
      return [
        t(req)(invitation?.shown ? 'admin:people.approverAddedUnsent' : 'admin:people.approverAdded', { name: person.fullName, email: person.email }),
        linkNote(req.res!, invitation),
      ]
        .filter(Boolean)
        .join(' ');
    }),
  );

  r.post(
    '/:id/people/:personId/approval',
    personAction(
      (req) => setApprovalRight(s, req.person!, String(req.params.id), personId(req), (req.body as { canApprove?: unknown })?.canApprove === 'on'),
      (res, p) => res.locals.t(p.canApprove ? 'admin:people.approvalGiven' : 'admin:people.approvalTaken', { name: p.fullName }),
    ),
  );

  r.post(
    '/:id/people/:personId/deactivate',
    personAction(
      (req) => setPersonActive(s, req.person!, String(req.params.id), personId(req), false),
      (res, p) => res.locals.t('admin:people.deactivated', { name: p.fullName }),
    ),
  );

  r.post(
    '/:id/people/:personId/reactivate',
    personAction(
      (req) => setPersonActive(s, req.person!, String(req.params.id), personId(req), true),
      (res, p) => res.locals.t(p.passwordHash === null ? 'admin:people.reactivatedInvited' : 'admin:people.reactivated', { name: p.fullName, email: p.email }),
    ),
  );

  r.post(
    '/:id/people/:personId/invite',
    personAction(
      (req) => resendInvitation(s, req.person!, String(req.params.id), personId(req)),
      (res, p) => res.locals.t('admin:people.invited', { name: p.fullName, email: p.email }),
    ),
  );

  return r;
}
