// GET /api/v1/cases/{number}/timeline?limit=…&before=…: a case's timeline a page at a time, newest
// first (the oldest entry of the page last), with `next` — the cursor to the entries before the page, or
// null when the page reaches the case's first entry. Who may read it is decided as for the case (404).
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { caseTimelinePage } from '../../services/cases/details.js';
import { parseTimelinePage } from '../../services/cases/timeline-page.js';
import { timelineItem } from './case-document.js';
import { caseNumberParam } from './input.js';

export function timelineRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();
  r.get('/cases/:number/timeline', bearer, async (req, res) => {
    const number = caseNumberParam(req.params.number);
    const page = parseTimelinePage(req.query as { limit?: unknown; before?: unknown });
    const { items, next } = await caseTimelinePage(s, req.person!, number, page);
    res.json({ items: items.map(timelineItem), next });
  });
  return r;
}
