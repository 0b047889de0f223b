// Phone and mail intake (SPEC §1, §3): an agent registers a support contact's call or mail as a case
// in the same queue. Step 1 chooses the request type, step 2 is that type's form with the contact
// and the channel; the same service as the portal and the API validates and files it.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { fileCase } from '../../services/cases/intake.js';
import { contactsByCompany } from '../../services/people/desk-directory.js';
import { Refusal } from '../../services/errors.js';
import { redirectWithFlash } from './flash.js';
import { onFormFields, postedValues, requestTypeParam, shownField, uploadedFiles } from '../cases/request-form.js';
import { courseChoices } from '../../services/orders/intake.js';
import { courseLabel } from '../cases/course-choice.js';
import { ATTACHMENT_LIMITS, REQUEST_FORMS } from '../../domain/request-forms.js';
import { CASE_TYPES, type CaseType } from '../../domain/types.js';
import { onlyFields, requestFormFields } from '../middleware/form-fields.js';

const INTAKE_CHANNELS = ['phone', 'mail'] as const;

async function renderForm(
  s: Services,
  req: Request,
  res: Response,
  type: CaseType,
  values: Record<string, string>,
  errors: Record<string, string>,
  filesDropped: boolean,
  status = 200,
) {
  const t = res.locals.t;
  const groups = await contactsByCompany(s, req.person!);
  const email = (values.contactEmail ?? '').trim().toLowerCase();
  const known = groups.some((g) => g.contacts.some((c) => c.email === email));
  res.status(status).render('desk/intake-form', {
    title: t('desk:intake.formTitle', { type: t(`types.${type}`) }),
    type,
    fields: REQUEST_FORMS[type],
    options: type === 'course_booking' ? { course: courseChoices(s, courseLabel(t, res.locals.fmt, res.locals.locale), t('desk:choices.course.custom')) } : {},
    shownField,
    groups,
    unknownContact: email && !known ? values.contactEmail : null,
    channels: INTAKE_CHANNELS,
    values,
    errors,
    filesDropped,
    limits: ATTACHMENT_LIMITS,
  });
}

export function intakeRoutes(s: Services): Router {
  const r = Router();

  r.get('/', (_req, res) => {
    res.render('desk/intake', { title: res.locals.t('desk:intake.title'), types: CASE_TYPES });
  });

  r.get('/:type', async (req, res) => {
    const type = requestTypeParam(req.params.type);
    // A link may start the form filled in: the contact, and fields of the type (a recommended support-contact order).
    const contact = typeof req.query.contact === 'string' ? req.query.contact : '';
    const values = postedValues(
      REQUEST_FORMS[type].map((f) => f.name),
      req.query,
    );
    await renderForm(s, req, res, type, contact ? { ...values, contactEmail: contact } : values, {}, false);
  });

  r.post('/:type', onlyFields(requestFormFields(REQUEST_FORMS, 'contactEmail', 'channel')), async (req, res) => {
    const type = requestTypeParam(req.params.type);
    const { contactEmail, channel, ...values } = postedValues([...REQUEST_FORMS[type].map((f) => f.name), 'contactEmail', 'channel'], req.body);
    const files = uploadedFiles(req);
    let number: number;
    try {
      ({ number } = await fileCase(s, req.person!, { type, values, contactEmail, channel, files, mode: 'form' }));
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') {
        return renderForm(
          s,
          req,
          res,
          type,
          { ...values, contactEmail: contactEmail ?? '', channel: channel ?? '' },
          onFormFields(err.fieldErrors),
          files.length > 0,
          422,
        );
      }
      throw err;
    }
    const t = res.locals.t;
    await redirectWithFlash(
      req,
      res,
      { kind: 'ok', text: t('desk:intake.registered', { number, channel: t(`channels.${channel}`), contact: contactEmail }) },
      `/desk/cases/${number}`,
    );
  });

  return r;
}
