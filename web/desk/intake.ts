// Phone and mail intake (SPEC §1, §3): an agent registers a support contact's call or mail as a case
// in the same queue. Step 1 chooses the request type, step 2 is that type's form with the contact
// and the channel; the same service as the portal and the API validates and files it.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { fileCase } from '../../services/cases/intake.js';
import { staffChoices } from '../../services/people/desk-directory.js';
import { findContacts, type FoundContact } from '../../services/people/contact-lookup.js';
import { actOnCase } from '../../services/cases/actions.js';
import { Refusal } from '../../services/errors.js';
import { redirectWithFlash } from './flash.js';
import { onFormFields, postedValues, requestTypeParam, shownField } from '../cases/request-form.js';
import { courseChoices } from '../../services/orders/intake.js';
import { courseLabel } from '../cases/course-choice.js';
import { REQUEST_FORMS } from '../../domain/request-forms.js';
import { attachmentLimits } from '../../services/cases/attachments.js';
import { CASE_TYPES, type CaseType } from '../../domain/types.js';
import { onlyFields, requestFormFields } from '../middleware/form-fields.js';
import { KEPT_FIELD, filesUsed, formFiles, offerAgain, type PendingUpload } from '../cases/uploads.js';
import type { Person } from '../../services/people/people.js';

/** The owner field: the registering agent unless they choose otherwise (nobody, or a colleague by e-mail). */
const ME = 'me';

/** Gives the new case to whom the agent chose (ownership is the `take` / `assign` decisions). */
async function giveCase(s: Services, person: Person, number: number, owner: string): Promise<void> {
  if (owner === '') return;
  if (owner === ME || owner === person.email) await actOnCase(s, person, number, 'take', {});
  else await actOnCase(s, person, number, 'assign', { to: owner });
}

const INTAKE_CHANNELS = ['phone', 'mail'] as const;

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
  const lookup = typeof req.query.lookup === 'string' ? req.query.lookup.slice(0, 100) : '';
  const email = (values.contactEmail ?? '').trim().toLowerCase();
  // The caller: those the lookup found, and the one chosen already (found by their e-mail).
  const [found, chosen, staff] = await Promise.all([
    lookup.trim() ? findContacts(s, req.person!, lookup) : Promise.resolve([] as FoundContact[]),
    email ? findContacts(s, req.person!, email) : Promise.resolve([] as FoundContact[]),
    staffChoices(s, req.person!),
  ]);
  const callers = [...chosen.filter((c) => c.email === email), ...found.filter((c) => c.email !== email)];
  res.status(status).render('desk/intake-form', {
    title: t('desk:intake.formTitle', { type: t(`types.${type}`) }),
    type,
    fields: REQUEST_FORMS[type],
    options: type === 'course_booking' ? { course: courseChoices(s, courseLabel(t, res.locals.fmt, res.locals.locale), t('desk:choices.course.custom')) } : {},
    shownField,
    lookup,
    callers,
    unknownContact: email && !callers.some((c) => c.email === email) ? values.contactEmail : null,
    staff: staff.filter((p) => p.id !== req.person!.id),
    owner: values.owner ?? ME,
    channels: INTAKE_CHANNELS,
    values,
    errors,
    keptFiles,
    limits: attachmentLimits(),
  });
}

export function intakeRoutes(s: Services): Router {
  const r = Router();

  r.get('/', (_req, res) => {
    res.render('desk/intake', { title: res.locals.t('desk:intake.title'), types: CASE_TYPES });
  });

  // The phone intake's lookup as you type (web/public/contact-lookup.js): the same search as GET /api/v1/contacts.
  r.get('/contacts.json', async (req, res) => {
    res.json(await findContacts(s, req.person!, req.query.q));
  });

  r.get('/:type', async (req, res) => {
    const type = requestTypeParam(req.params.type);
    // A link may start the form filled in: the contact, and fields of the type (a recommended support-contact order).
    const contact = typeof req.query.contact === 'string' ? req.query.contact : '';
    const values = postedValues(
      REQUEST_FORMS[type].map((f) => f.name),
      req.query,
    );
    await renderForm(s, req, res, type, contact ? { ...values, contactEmail: contact } : values, {}, []);
  });

  r.post('/:type', onlyFields(requestFormFields(REQUEST_FORMS, 'contactEmail', 'channel', 'owner', KEPT_FIELD)), async (req, res) => {
    const type = requestTypeParam(req.params.type);
    const { contactEmail, channel, owner, ...values } = postedValues([...REQUEST_FORMS[type].map((f) => f.name), 'contactEmail', 'channel', 'owner'], req.body);
    const files = await formFiles(s, req);
    let number: number;
    try {
      ({ number } = await fileCase(s, req.person!, { type, values, contactEmail, channel, files: files.files, mode: 'form' }));
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') {
        const typed = { ...values, contactEmail: contactEmail ?? '', channel: channel ?? '', owner: owner ?? ME };
        return renderForm(s, req, res, type, typed, onFormFields(err.fieldErrors), await offerAgain(s, req, files), 422);
      }
      throw err;
    }
    await filesUsed(s, req, files);
    await giveCase(s, req.person!, number, owner ?? ME).catch((err: unknown) => {
      // The case is filed; who holds it can be set on its page.
      if (!(err instanceof Refusal)) throw err;
    });
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
