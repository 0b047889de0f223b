// One case as the customer sees it, and the customer's decisions on it. A contact sees the whole
// (customer-visible) case; a price approver sees only the quote or training offer and its timeline.
import { Router, type Request, type Response } from 'express';
import type { TFunction } from 'i18next';
import type { Services } from '../../services/context.js';
import { caseDetails, type TimelineEntry } from '../../services/cases/details.js';
import { actOnCase } from '../../services/cases/actions.js';
import { replyWithFiles } from '../../services/cases/replies.js';
import { filesUsed, formFiles, offerAgain, type FormFiles, type PendingUpload } from '../cases/uploads.js';
import { changesSince, formVersion } from '../cases/stale.js';
import { followerChoices, follows } from '../../services/people/colleagues.js';
import { quoteValidUntil } from '../../services/cases/customer-offers.js';
import { ACTION_FORMS } from '../cases/action-fields.js';
import { formErrors, readActionForm, type ActionForm } from '../cases/action-forms.js';
import { Refusal } from '../../services/errors.js';
import { describeCoverage } from '../../domain/coverage.js';
import { isTerminal } from '../../domain/case-states.js';
import { isCaseAction } from '../../domain/actions/index.js';
import { caseNumberParam } from '../cases/routes.js';
import { fieldRows, nextStep, timelineDetail } from './present.js';
import { requestedTimelinePage, timelinePaging } from '../cases/timeline-paging.js';
import { NEWEST } from '../../services/cases/timeline-page.js';
import { actionFormFields, onlyFields } from '../middleware/form-fields.js';

interface FormState {
  errors: Record<string, string>;
  values: Record<string, string>;
  openAction: string | null;
  /** Files kept from a refused reply, offered again. */
  keptFiles?: PendingUpload[];
  /** The form was sent on this version, and the case has moved on since. */
  staleSince?: number;
}

const NO_FORM: FormState = { errors: {}, values: {}, openAction: null };

function who(e: TimelineEntry, t: TFunction): string {
  if (!e.actor) return t('portal:timeline.system');
  return `${e.actor.name} · ${t(`roles.${e.actor.role}`, { defaultValue: e.actor.role })}`;
}

async function renderCase(s: Services, req: Request, res: Response, number: number, form: FormState, status = 200, page = NEWEST): Promise<void> {
  const person = req.person!;
  const d = await caseDetails(s, person, number, page);
  const { t, fmt, locale } = res.locals;
  const c = d.record;
  const v = c.view;
  // A following price approver reads the case as the contacts do (SPEC §9).
  const isApprover = person.role === 'approver' && !follows(c, person);
  const visible = d.timeline.filter((e) => !e.internal);
  const question = c.status === 'waiting_on_customer' && v?.waitingFor === 'answer' ? [...visible].reverse().find((e) => e.kind === 'ask-customer') : undefined;
  const hourlyRateOre = v?.hourlyRateOre ?? s.terms().prices.hourlyRateOre;
  const due = c.responseDueAt;
  const back = isApprover
    ? { href: '/portal/approvals', label: t('portal:case.backApprovals') }
    : isTerminal(c.status)
      ? { href: '/portal/closed', label: t('portal:case.backClosed') }
      : { href: '/portal', label: t('portal:case.backOngoing') };
  res.locals.currentPath = `/portal/cases/${c.number}`; // the language switch returns here, also after a refused POST
  res.status(status).render('portal/case', {
    title: `#${c.number} ${c.title}`,
    c,
    v,
    isApprover,
    back,
    contactName: d.contact.fullName,
    can: d.allowedActions,
    actionForms: ACTION_FORMS,
    processReachable: d.processReachable,
    nextStepText: nextStep(c, due, t, fmt),
    responseDue: due,
    waitingOn: c.waitingOn,
    coverageText: c.coverage ? describeCoverage(c.coverage, locale) : '',
    fieldRows: isApprover ? [] : fieldRows(c, t, fmt),
    timeline: visible.map((e) => ({
      at: e.at,
      kind: e.kind,
      who: who(e, t),
      text: e.text,
      detail: timelineDetail(e, t, fmt, locale),
      attachments: e.attachments,
    })),
    paging: timelinePaging(`/portal/cases/${c.number}`, d, page),
    lastQuestion: question ? { at: question.at, text: question.text } : null,
    attachments: d.attachments.filter((a) => !a.internal),
    charged: { minutes: c.loggedMinutes, lines: d.billingLines, totalOre: d.billingLines.reduce((sum, l) => sum + l.amountOre, 0) },
    quoteValidUntil: quoteValidUntil(v),
    hourlyRateOre,
    followers: d.followers,
    colleagues: d.allowedActions.includes('add-follower') ? await followerChoices(s, person, c) : [],
    rating: v?.rating ?? null,
    staleChanges:
      form.staleSince === undefined
        ? null
        : changesSince(d.timeline, form.staleSince)
            .filter((e) => !e.internal)
            .map((e) => ({ at: e.at, kind: e.kind, who: who(e, t) })),
    keptFiles: [],
    ...form,
  });
}

export function casePageRoutes(s: Services): Router {
  const r = Router();

  r.get('/:number', async (req, res) => {
    await renderCase(s, req, res, caseNumberParam(req.params.number), NO_FORM, 200, requestedTimelinePage(req));
  });

  r.post('/:number/actions/:action', onlyFields(actionFormFields), async (req, res) => {
    const number = caseNumberParam(req.params.number);
    const action = String(req.params.action);
    // Read as the desk reads its forms (typed text to the input's JSON types: a rating's score is a number).
    const form: ActionForm = isCaseAction(action) ? readActionForm(action, req.body, req.locale) : { input: {}, values: {}, errors: {} };
    const fields = form.values;
    const { t } = res.locals;
    const expectedVersion = formVersion(req.body);
    const files: FormFiles | null = action === 'reply' ? await formFiles(s, req) : null;
    try {
      await (files?.files.length
        ? replyWithFiles(s, req.person!, number, form.input, files.files, { expectedVersion })
        : actOnCase(s, req.person!, number, action, form.input, { expectedVersion }));
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      const keptFiles = files ? await offerAgain(s, req, files) : [];
      if (err.kind === 'invalid') {
        // The decision judges who may take it first (403), then its input; what the form could not read is added.
        const errors = isCaseAction(action) ? { ...formErrors(action, err.fieldErrors), ...form.errors } : err.fieldErrors;
        return renderCase(s, req, res, number, { errors, values: fields, openAction: action, keptFiles }, 422);
      }
      if (err.kind === 'stale')
        return renderCase(s, req, res, number, { errors: {}, values: fields, openAction: action, keptFiles, staleSince: expectedVersion }, 409);
      if (err.kind === 'conflict') {
        req.session.flash = { kind: 'error', text: err.text[req.locale] };
        return res.redirect(`/portal/cases/${number}`);
      }
      throw err;
    }
    if (files) await filesUsed(s, req, files);
    req.session.flash = { kind: 'ok', text: t(`portal:case.done.${action}`) };
    res.redirect(`/portal/cases/${number}`);
  });

  return r;
}
