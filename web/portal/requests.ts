// New requests: choose the type, then fill in its form (SPEC §3, §6). The form is validated by the
// same service as the API and the desk; on errors it comes back with the messages next to the fields.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { fileCase } from '../../services/cases/intake.js';
import { Refusal } from '../../services/errors.js';
import { onFormFields, periodExamples, postedValues, requestTypeParam, shownField } from '../cases/request-form.js';
import { REQUEST_FORMS } from '../../domain/request-forms.js';
import { attachmentLimits } from '../../services/cases/attachments.js';
import { KEPT_FIELD, filesUsed, formFiles, offerAgain, type PendingUpload } from '../cases/uploads.js';
import { ORDER_TYPES, REQUEST_TYPES, type CaseType } from '../../domain/types.js';
import { courseChoices, replaceableContacts } from '../../services/orders/intake.js';
import { courseLabel } from '../cases/course-choice.js';
import type { Person } from '../../services/people/people.js';
import { onlyFields, requestFormFields } from '../middleware/form-fields.js';
import { recordFiledAnyway } from '../../services/knowledge/help-events.js';
import { takeOpened } from './help/session.js';

/** Lists to choose from on an order's form: the course catalogue, the company's contacts to replace. */
async function formOptions(s: Services, person: Person, type: CaseType, res: Response): Promise<Record<string, [string, string][]>> {
  if (type === 'course_booking') {
    const label = courseLabel(res.locals.t, res.locals.fmt, res.locals.locale);
    return { course: courseChoices(s, label, res.locals.t('portal:forms.course_booking.course.custom')) };
  }
  if (type === 'contact_order') return { replaces: await replaceableContacts(s, person) };
  return {};
}

async function renderForm(
  s: Services,
  req: Request,
  res: Response,
  type: CaseType,
  values: Record<string, string>,
  errors: Record<string, string>,
  keptFiles: PendingUpload[],
  status = 200,
) {
  const t = res.locals.t;
  res.status(status).render('portal/form', {
    title: t(`portal:forms.${type}.heading`),
    type,
    fields: REQUEST_FORMS[type],
    options: await formOptions(s, req.person!, type, res),
    shownField,
    values,
    errors,
    keptFiles,
    limits: attachmentLimits(),
    hintVars: periodExamples(res.locals.now, res.locals.locale),
  });
}

export function requestRoutes(s: Services): Router {
  const r = Router();

  r.get('/', (_req, res) => {
    res.render('portal/new', {
      title: res.locals.t('portal:new.title'),
      types: REQUEST_TYPES,
      orderTypes: ORDER_TYPES,
      responseHours: s.terms().timers.firstResponseMinutes / 60,
    });
  });

  // A link may start the form filled in (e.g. the desk's recommendation: a support-contact order to replace someone).
  r.get('/:type', (req, res) => {
    const type = requestTypeParam(req.params.type);
    const values = postedValues(
      REQUEST_FORMS[type].map((f) => f.name),
      req.query,
    );
    return renderForm(s, req, res, type, values, {}, []);
  });

  r.post('/:type', onlyFields(requestFormFields(REQUEST_FORMS, KEPT_FIELD)), async (req, res) => {
    const type = requestTypeParam(req.params.type);
    const values = postedValues(
      REQUEST_FORMS[type].map((f) => f.name),
      req.body,
    );
    const files = await formFiles(s, req);
    let filed: { number: number; responseDueAt: Date | null };
    try {
      filed = await fileCase(s, req.person!, { type, values, files: files.files, mode: 'form' });
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid')
        return renderForm(s, req, res, type, values, onFormFields(err.fieldErrors), await offerAgain(s, req, files), 422);
      throw err;
    }
    await filesUsed(s, req, files);
    // The process answered intake with the case's first state: its due time is known now.
    const { number, responseDueAt: due } = filed;
    // Suggestions opened while writing, then filed anyway (SPEC §8): the articles did not answer it.
    await recordFiledAnyway(s, req.person!, takeOpened(req), number);
    const text = due
      ? res.locals.t('portal:form.received', { number, due: res.locals.fmt.dateTime(due) })
      : res.locals.t('portal:form.receivedNoDue', { number });
    req.session.flash = { kind: 'ok', text };
    res.redirect(`/portal/cases/${number}`);
  });

  return r;
}
