// The desk's canned responses and announcements (SPEC §8): agents keep their own and shared texts with
// placeholders; desk managers announce changes to all or chosen companies, see per announcement who has
// read it, remind those who have not, and print it; and the knowledge settings (four-eyes review).
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../../services/context.js';
import { createCanned, deleteCanned, findCanned, listCanned, updateCanned } from '../../../services/knowledge/canned.js';
import { announce, remindUnread } from '../../../services/knowledge/announcements.js';
import { announcementRecipients, findAnnouncement, listAnnouncements } from '../../../services/knowledge/announcement-reads.js';
import { setFourEyesReview } from '../../../services/knowledge/settings.js';
import { companyChoices } from '../../../services/people/desk-directory.js';
import { PLACEHOLDERS } from '../../../domain/knowledge/placeholders.js';
import { inLanguage } from '../../../domain/knowledge/articles.js';
import { Refusal } from '../../../services/errors.js';
import { idParam } from '../../api/knowledge/documents.js';
import { redirectWithFlash } from '../flash.js';
import { validationText } from '../present.js';

const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string' && x !== '');
const flat = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace('.', '_'), v]));

function cannedInput(body: Record<string, unknown>) {
  return { name: str(body.name), text: { da: str(body.text_da), en: str(body.text_en).trim() ? str(body.text_en) : null }, shared: str(body.shared) === 'on' };
}

export function cannedRoutes(s: Services): Router {
  const r = Router();
  const render = async (
    req: Request,
    res: Response,
    form: { id: number | null; values: Record<string, string>; errors: Record<string, string> },
    status = 200,
  ) =>
    res.status(status).render('knowledge/desk-canned', {
      title: res.locals.t('knowledge:canned.title'),
      items: await listCanned(s, req.person!),
      form,
      placeholders: PLACEHOLDERS,
      section: 'canned',
      errorText: (key: string) => validationText(key, res.locals.t),
    });
  const blank = { name: '', text_da: '', text_en: '', shared: '' };

  r.get('/', async (req, res) => {
    const edit = str(req.query.edit);
    if (/^\d{1,9}$/.test(edit)) {
      const c = await findCanned(s, req.person!, Number(edit));
      return render(req, res, { id: c.id, values: { name: c.name, text_da: c.text.da, text_en: c.text.en ?? '', shared: c.shared ? 'on' : '' }, errors: {} });
    }
    await render(req, res, { id: null, values: blank, errors: {} });
  });

  const save = (id: number | null) => async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      if (id === null) await createCanned(s, req.person!, cannedInput(body));
      else await updateCanned(s, req.person!, id, cannedInput(body));
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      const values = { name: str(body.name), text_da: str(body.text_da), text_en: str(body.text_en), shared: str(body.shared) };
      return render(req, res, { id, values, errors: flat(err.fieldErrors) }, 422);
    }
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('knowledge:canned.saved') }, '/desk/canned-responses');
  };
  r.post('/', save(null));
  r.post('/:id', async (req, res) => save(idParam(req.params.id))(req, res));
  r.post('/:id/delete', async (req, res) => {
    await deleteCanned(s, req.person!, idParam(req.params.id));
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('knowledge:canned.deleted') }, '/desk/canned-responses');
  });
  return r;
}

export function deskAnnouncementRoutes(s: Services): Router {
  const r = Router();
  const render = async (
    req: Request,
    res: Response,
    form: { values: Record<string, string>; companies: string[]; errors: Record<string, string> },
    status = 200,
  ) =>
    res.status(status).render('knowledge/desk-announcements', {
      title: res.locals.t('knowledge:announcements.deskTitle'),
      items: await listAnnouncements(s, req.person!),
      companies: await companyChoices(s, req.person!),
      form,
      section: 'announcements',
      errorText: (key: string) => validationText(key, res.locals.t),
    });

  r.get('/', (req, res) => render(req, res, { values: { title_da: '', title_en: '', body_da: '', body_en: '', important: '' }, companies: [], errors: {} }));

  r.post('/', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = {
      title_da: str(body.title_da),
      title_en: str(body.title_en),
      body_da: str(body.body_da),
      body_en: str(body.body_en),
      important: str(body.important),
    };
    const companies = str(body.to) === 'chosen' ? list(body.companies) : [];
    try {
      if (str(body.to) === 'chosen' && companies.length === 0) throw new Refusal('invalid', [{ code: 'rules:refusals.invalid' }], { companies: 'required' });
      const sent = await announce(s, req.person!, {
        title: { da: values.title_da, en: values.title_en.trim() ? values.title_en : null },
        body: { da: values.body_da, en: values.body_en.trim() ? values.body_en : null },
        companies,
        important: values.important === 'on',
      });
      redirectWithFlash(
        req,
        res,
        { kind: 'ok', text: res.locals.t('knowledge:announcements.sent', { count: sent.recipients }) },
        `/desk/announcements/${sent.id}`,
      );
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      await render(req, res, { values, companies, errors: flat(err.fieldErrors) }, 422);
    }
  });

  r.get('/:id', async (req, res) => {
    const id = idParam(req.params.id);
    const a = await findAnnouncement(s, req.person!, id);
    res.render('knowledge/desk-announcement', {
      title: a.title.da,
      a,
      shown: { title: inLanguage(a.title, req.locale), body: inLanguage(a.body, req.locale) },
      recipients: await announcementRecipients(s, id),
    });
  });

  r.get('/:id/print', async (req, res) => {
    const a = await findAnnouncement(s, req.person!, idParam(req.params.id));
    res.render('knowledge/announcement-print', {
      title: a.title.da,
      a,
      shown: { title: inLanguage(a.title, req.locale), body: inLanguage(a.body, req.locale) },
    });
  });

  r.post('/:id/remind', async (req, res) => {
    const id = idParam(req.params.id);
    try {
      const n = await remindUnread(s, req.person!, id);
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('knowledge:announcements.reminded', { count: n }) }, `/desk/announcements/${id}`);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'forbidden') throw err;
      redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, `/desk/announcements/${id}`);
    }
  });
  return r;
}

export function knowledgeSettingsRoutes(s: Services): Router {
  const r = Router();
  r.post('/four-eyes', async (req, res) => {
    await setFourEyesReview(s, req.person!, str((req.body as Record<string, unknown>)?.fourEyes) === 'on');
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('knowledge:desk.settingsSaved') }, '/desk/knowledge');
  });
  return r;
}
