// One case on the desk: everything known about it, its timeline (the newest entries, with links back
// through the earlier ones; internal entries marked), the
// decisions the workflow allows the agent's role now, time logging, notes and messages to the customer.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { caseDetails } from '../../services/cases/details.js';
import { companyContactChoices, staffChoices } from '../../services/people/desk-directory.js';
import { actOnCase } from '../../services/cases/actions.js';
import { addCaseMessage } from '../../services/cases/messages.js';
import { Refusal } from '../../services/errors.js';
import { closeConfirmText, closedText } from './close-texts.js';
import { describeCoverage } from '../../domain/coverage.js';
import { isCaseAction, type CaseAction } from '../../domain/actions/index.js';
import { caseNumberParam } from '../cases/routes.js';
import { ACTION_FORMS } from '../cases/action-fields.js';
import { CONFIRMED_ACTIONS, allFormErrors, formErrors, readActionForm } from '../cases/action-forms.js';
import { deadlineText, fieldRows, responseClock, timelineDetail, validationText } from './present.js';
import { hoursText } from '../format.js';
import { KEPT_FIELD, filesUsed, formFiles, offerAgain, type PendingUpload } from '../cases/uploads.js';
import { changesSince, formVersion } from '../cases/stale.js';
import { followerChoices } from '../../services/people/colleagues.js';
import { redirectWithFlash } from './flash.js';
import { offerDefaults } from './order-offer.js';
import { requestedTimelinePage, timelinePaging } from '../cases/timeline-paging.js';
import { NEWEST } from '../../services/cases/timeline-page.js';
import { actionFormFields, fields, onlyFields } from '../middleware/form-fields.js';
import { caseKnowledgeLocals } from './knowledge/case-panel.js';

/** What a re-rendered page keeps from the form that failed. */
interface FormState {
  /** The action whose form failed, or 'message' for the note/message form. */
  open: string | null;
  errors: Record<string, string>;
  values: Record<string, string>;
  /** Files kept from a refused message, offered again. */
  keptFiles?: PendingUpload[];
  /** The form was sent on this version, and the case has moved on since. */
  staleSince?: number;
}

const NO_FORM: FormState = { open: null, errors: {}, values: {} };

/** Time logging has its own card; every other allowed action goes in the actions panel. */
const OWN_CARD: readonly CaseAction[] = ['log-time'];

async function renderCase(s: Services, req: Request, res: Response, number: number, form: FormState, status = 200, page = NEWEST): Promise<void> {
  const d = await caseDetails(s, req.person!, number, page);
  const [staff, contacts, knowledge, colleagues] = await Promise.all([
    staffChoices(s, req.person!),
    companyContactChoices(s, req.person!, d.record.companyId),
    caseKnowledgeLocals(s, req, d.record.number, d.record.status),
    d.allowedActions.includes('add-follower') ? followerChoices(s, req.person!, d.record) : [],
  ]);
  const { t, fmt, locale } = res.locals;
  const c = d.record;
  const v = c.view;
  const responseDue = c.responseDueAt;
  res.status(status).render('desk/case', {
    title: `#${c.number} ${c.title}`,
    d,
    c,
    v,
    coverageText: c.coverage ? describeCoverage(c.coverage, locale) : null,
    responseDue,
    responseLeft: responseDue
      ? deadlineText({ responseDueAt: responseDue, nextDeadlineKind: null, nextDeadlineAt: null, waitingOn: null }, t, fmt, responseClock(s, res.locals.now))
      : null,
    fieldRows: fieldRows(c.fields, t, fmt),
    timeline: d.timeline.map((e) => ({ ...e, detail: timelineDetail(e, t, fmt, locale) })),
    paging: timelinePaging(`/desk/cases/${c.number}`, d, page),
    splitInto: v?.splitInto ?? [],
    billingTotal: d.billingLines.reduce((sum, l) => sum + l.amountOre, 0),
    panelActions: d.allowedActions.filter((a) => !OWN_CARD.includes(a)),
    canLogTime: d.allowedActions.includes('log-time'),
    actionForms: ACTION_FORMS,
    confirmed: CONFIRMED_ACTIONS,
    confirmTexts: { close: closeConfirmText(c.number, v, t, fmt, res.locals.now) } as Record<string, string>,
    fieldDefaults: { type: c.type, ...(d.allowedActions.includes('offer') ? await offerDefaults(s, c, locale) : {}) },
    fieldOptions: {
      'assign.to': staff.filter((p) => p.email !== d.owner?.email).map((p) => ({ value: p.email, label: p.name })),
      'record-contact-agreement.contact': contacts.map((p) => ({ value: p.email, label: `${p.name} <${p.email}>` })),
      'add-follower.email': colleagues.map((p) => ({ value: p.email, label: `${p.name} <${p.email}>` })),
      'remove-follower.email': d.followers.map((p) => ({ value: p.email, label: `${p.name} <${p.email}>` })),
    },
    staleChanges:
      form.staleSince === undefined ? null : changesSince(d.timeline, form.staleSince).map((e) => ({ ...e, detail: timelineDetail(e, t, fmt, locale) })),
    hours: (h: number) => hoursText(h, t, locale),
    errorText: (key: string) => validationText(key, t),
    form,
    knowledge,
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
    const { t } = res.locals;
    const back = `/desk/cases/${number}`;
    if (!isCaseAction(action)) {
      return redirectWithFlash(req, res, { kind: 'error', text: t('desk:case.unknownAction') }, back);
    }
    const form = readActionForm(action, req.body, req.locale);
    if (Object.keys(form.errors).length) {
      return renderCase(s, req, res, number, { open: action, errors: allFormErrors(action, form), values: form.values }, 422);
    }
    const expectedVersion = formVersion(req.body);
    let splitInto: number[];
    let closed: string | null;
    try {
      const { record, view } = await actOnCase(s, req.person!, number, action, form.input, { expectedVersion });
      splitInto = action === 'split' ? view.splitInto.slice(-(form.input.titles as string[]).length) : [];
      closed = action === 'close' ? closedText(record.view, view, t, res.locals.fmt) : null;
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      if (err.kind === 'invalid')
        return renderCase(s, req, res, number, { open: action, errors: formErrors(action, err.fieldErrors), values: form.values }, 422);
      if (err.kind === 'stale') return renderCase(s, req, res, number, { open: action, errors: {}, values: form.values, staleSince: expectedVersion }, 409);
      if (err.kind === 'not_found') throw err;
      return redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, back);
    }
    const text =
      action === 'split'
        ? t('desk:case.done.split', { count: splitInto.length, numbers: splitInto.map((n) => `#${n}`).join(', ') })
        : (closed ?? t(`desk:case.done.${action}`, { defaultValue: t('desk:case.done.default', { action: t(`actions.${action}`) }) }));
    await redirectWithFlash(req, res, { kind: 'ok', text }, back);
  });

  // The message form's fields, and the files kept from a refused attempt (its files arrive as files, not fields).
  r.post('/:number/messages', fields('visibility', 'to', 'body', KEPT_FIELD), async (req, res) => {
    const number = caseNumberParam(req.params.number);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = typeof body.body === 'string' ? body.body : '';
    const visibility = body.visibility === 'customer' ? 'customer' : 'internal';
    const to = typeof body.to === 'string' ? body.to.trim() : '';
    const files = await formFiles(s, req);
    try {
      await addCaseMessage(s, req.person!, number, {
        body: text,
        internal: visibility === 'internal',
        to: visibility === 'customer' && to ? to : undefined,
        files: files.files,
      });
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') {
        const keptFiles = await offerAgain(s, req, files);
        return renderCase(s, req, res, number, { open: 'message', errors: err.fieldErrors, values: { body: text, visibility, to }, keptFiles }, 422);
      }
      if (err instanceof Refusal && err.kind === 'conflict')
        return redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, `/desk/cases/${number}`);
      throw err;
    }
    await filesUsed(s, req, files);
    const done = res.locals.t(visibility === 'internal' ? 'desk:case.noteAdded' : 'desk:case.messageSent');
    await redirectWithFlash(req, res, { kind: 'ok', text: done }, `/desk/cases/${number}#timeline`);
  });

  return r;
}
