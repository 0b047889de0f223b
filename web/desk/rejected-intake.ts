// The rejected-intake log (SPEC §1, issue 11 item 8): mails that did not become a case, with who sent
// them, when, why and what the sender was answered; one can be opened (its text and its HTML body,
// sanitised) and turned into a case for a support contact the desk chooses.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { convertRejectedIntake, listRejectedIntake, rejectedIntake } from '../../services/mail/rejected-intake.js';
import { contactsByCompany } from '../../services/people/desk-directory.js';
import { Refusal, notFound } from '../../services/errors.js';
import { CASE_TYPES } from '../../domain/types.js';
import { redirectWithFlash } from './flash.js';

const PAGE_SIZE = 50;

function idParam(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

async function renderItem(s: Services, req: Request, res: Response, id: number, values: Record<string, string>, errors: Record<string, string>, status = 200) {
  const item = await rejectedIntake(s, req.person!, id);
  const groups = await contactsByCompany(s, req.person!);
  // The sender's company first: that is whom the desk most likely asks.
  groups.sort((a, b) => Number(b.company.id === item.companyId) - Number(a.company.id === item.companyId));
  res.status(status).render('desk/rejected-intake-item', {
    title: res.locals.t('mailbox:rejected.itemTitle', { sender: item.sender }),
    item,
    groups,
    types: CASE_TYPES,
    values: { type: 'support', ...values },
    errors,
  });
}

export function rejectedIntakeRoutes(s: Services): Router {
  const r = Router();

  r.get('/', async (req, res) => {
    const page = Math.max(1, Math.min(10_000, Number(req.query.page) || 1));
    const { rows, total } = await listRejectedIntake(s, req.person!, { page, perPage: PAGE_SIZE });
    res.render('desk/rejected-intake', { title: res.locals.t('mailbox:rejected.title'), rows, total, page, pageSize: PAGE_SIZE });
  });

  r.get('/:id', async (req, res) => renderItem(s, req, res, idParam(req.params.id), {}, {}));

  r.post('/:id/case', async (req, res) => {
    const id = idParam(req.params.id);
    const values = { contactEmail: String(req.body?.contactEmail ?? ''), type: String(req.body?.type ?? '') };
    let number: number;
    try {
      number = await convertRejectedIntake(s, req.person!, id, values);
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return renderItem(s, req, res, id, values, err.fieldErrors, 422);
      if (err instanceof Refusal && err.kind === 'conflict') return renderItem(s, req, res, id, values, { _: 'already_converted' }, 409);
      throw err;
    }
    await redirectWithFlash(
      req,
      res,
      { kind: 'ok', text: res.locals.t('mailbox:rejected.converted', { number, contact: values.contactEmail }) },
      `/desk/cases/${number}`,
    );
  });

  return r;
}
