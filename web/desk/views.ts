// Saved views of the queue (per person): the queue's current filters and sort saved under a name, opened
// from the list above the queue, and deleted there.
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { deleteView, saveView } from '../../services/people/saved-views.js';
import { Refusal } from '../../services/errors.js';
import { caseNumberParam } from '../cases/routes.js';
import { redirectWithFlash } from './flash.js';
import { queueHref, readQueueForm } from './queue.js';
import { fields } from '../middleware/form-fields.js';

/** A posted query string as the queue's own (its known fields only), without the leading `?`. */
function queueQuery(raw: unknown): string {
  const params = new URLSearchParams(typeof raw === 'string' ? raw.replace(/^\?/, '') : '');
  return queueHref(readQueueForm(Object.fromEntries(params)), 1).replace(/^\/desk\??/, '');
}

export function savedViewRoutes(s: Services): Router {
  const r = Router();
  r.post('/views', fields('name', 'query'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const query = queueQuery(body.query);
    const back = query ? `/desk?${query}` : '/desk';
    try {
      const view = await saveView(s, req.person!, body.name, query);
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('desk:everyday.views.saved', { name: view.name }) }, back);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      const key = Object.values(err.fieldErrors)[0] ?? 'invalid';
      const text = `${res.locals.t('desk:everyday.views.name')}: ${res.locals.t(`validation.${key}`)}`;
      redirectWithFlash(req, res, { kind: 'error', text }, back);
    }
  });
  r.post('/views/:id/delete', fields(), async (req, res) => {
    await deleteView(s, req.person!, caseNumberParam(req.params.id));
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('desk:everyday.views.deleted') }, '/desk');
  });
  return r;
}
