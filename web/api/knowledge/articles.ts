// Articles and the help centre through the JSON API (SPEC §8): staff write drafts (from a resolved case
// in one step), desk managers publish; readers get an article, suggestions for what they type, and say
// whether it helped or solved their question; desk managers read the help centre's figures.
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../../services/context.js';
import { isStaff } from '../../../services/people/people.js';
import { forbidden, invalid } from '../../../services/errors.js';
import { characterCount } from '../../../domain/text-input.js';
import { LIMITS } from '../../../domain/knowledge/articles.js';
import { deskArticles, readArticle } from '../../../services/knowledge/article-store.js';
import { createArticle, publishArticle } from '../../../services/knowledge/article-edits.js';
import { suggestArticles } from '../../../services/knowledge/search.js';
import { giveFeedback, recordDeflection, recordView } from '../../../services/knowledge/help-events.js';
import { helpStats } from '../../../services/knowledge/stats.js';
import { bodyObject, requireJsonBody } from '../input.js';
import { articleDocument, idParam, suggestionDocument } from './documents.js';

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export function articleRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.post('/articles', bearer, requireJsonBody, async (req, res) => {
    const a = await createArticle(s, req.person!, bodyObject(req));
    res.status(201).location(`${req.baseUrl}/articles/${a.id}`).json(articleDocument(a));
  });

  r.get('/articles', bearer, async (req, res) => {
    if (!isStaff(req.person!)) throw forbidden();
    res.json({ items: (await deskArticles(s)).map(articleDocument) });
  });

  r.get('/articles/:id', bearer, async (req, res) => {
    const a = await readArticle(s, req.person!, idParam(req.params.id));
    await recordView(s, req.person!, a.id);
    res.json(articleDocument(a));
  });

  r.post('/articles/:id/publish', bearer, async (req, res) => {
    res.json(articleDocument(await publishArticle(s, req.person!, idParam(req.params.id))));
  });

  r.get('/help/suggest', bearer, async (req, res) => {
    if (req.person!.role === 'approver') throw forbidden();
    const raw = first(req.query.q);
    const q = typeof raw === 'string' ? raw : '';
    if (characterCount(q) > LIMITS.query) throw invalid({ q: 'too_long' });
    const found = await suggestArticles(s, req.person!, q, { source: 'api' });
    res.json({ articles: found.map(suggestionDocument) });
  });

  r.post('/help/feedback', bearer, requireJsonBody, async (req, res) => {
    const body = bodyObject(req);
    await giveFeedback(s, req.person!, body);
    res.status(201).json({ article: body.article, helpful: body.helpful });
  });

  r.post('/help/deflections', bearer, requireJsonBody, async (req, res) => {
    const body = bodyObject(req);
    await recordDeflection(s, req.person!, body);
    res.status(201).json({ article: body.article });
  });

  r.get('/help/stats', bearer, async (req, res) => {
    const stats = await helpStats(s, req.person!, req.query as Record<string, unknown>);
    const { period, ...figures } = stats;
    res.json({ from: period.from, to: period.to, ...figures });
  });

  return r;
}
