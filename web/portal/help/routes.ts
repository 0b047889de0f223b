// The portal's help centre (SPEC §8): search in Danish and English, categories, the article in the
// reader's language (or the other, with a note) with "did this answer your question?", the
// suggestions the request forms fetch while a contact types (JSON for web/public/help-suggest.js), and
// "this solved it" — a deflection, recorded as the contact leaves the form without filing.
import { Router, type Request } from 'express';
import type { Services } from '../../../services/context.js';
import { readArticle, readableCategories, readableInCategory } from '../../../services/knowledge/article-store.js';
import { suggestArticles } from '../../../services/knowledge/search.js';
import { giveFeedback, recordDeflection, recordOpened, recordView } from '../../../services/knowledge/help-events.js';
import { renderArticleBody } from '../../../services/knowledge/markdown.js';
import { inLanguage } from '../../../domain/knowledge/articles.js';
import { markedText } from '../../../services/cases/search/search.js';
import { Refusal, notFound } from '../../../services/errors.js';
import { idParam } from '../../api/knowledge/documents.js';
import { rememberOpened } from './session.js';

const one = (v: unknown): string => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x.trim().slice(0, 200) : '';
};

const articleHref = (id: number, q?: string) => `/portal/help/articles/${id}${q ? `?${new URLSearchParams({ from: 'suggest', q }).toString()}` : ''}`;

export function helpRoutes(s: Services): Router {
  const r = Router();

  r.get('/', async (req, res) => {
    const person = req.person!;
    const q = one(req.query.q);
    const category = one(req.query.category);
    const [categories, results, inCategory] = await Promise.all([
      readableCategories(s, person),
      q ? suggestArticles(s, person, q, { limit: 20, source: 'help', locale: req.locale }) : Promise.resolve(null),
      category && !q ? readableInCategory(s, person, category) : Promise.resolve(null),
    ]);
    res.render('knowledge/portal-help', {
      title: res.locals.t('knowledge:help.title'),
      q,
      category,
      categories,
      results,
      inCategory: inCategory?.map((a) => ({ id: a.id, title: inLanguage(a.title, req.locale).text })) ?? null,
    });
  });

  r.get('/suggest', async (req, res) => {
    const q = one(req.query.q);
    const found = await suggestArticles(s, req.person!, q, { source: 'suggest', locale: req.locale });
    res.json({ articles: found.map((x) => ({ id: x.id, title: x.title, snippet: markedText(x.snippet), href: articleHref(x.id, q) })) });
  });

  r.get('/articles/:id', async (req, res) => {
    const person = req.person!;
    const a = await readArticle(s, person, idParam(req.params.id));
    const fromSuggestion = one(req.query.from) === 'suggest';
    if (fromSuggestion) {
      await recordOpened(s, person, a.id, one(req.query.q) || null);
      rememberOpened(req, a.id);
    } else await recordView(s, person, a.id);
    const title = inLanguage(a.title, req.locale);
    const body = inLanguage(a.body, req.locale);
    res.render('knowledge/portal-article', {
      title: title.text,
      a,
      titleText: title,
      bodyHtml: renderArticleBody(body.text, a.id),
      bodyLocale: body.locale,
      fallback: body.fallback,
      fromSuggestion,
      query: one(req.query.q),
      feedbackErrors: {},
    });
  });

  r.post('/articles/:id/feedback', async (req, res) => {
    const id = idParam(req.params.id);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const helpful = one(body.helpful);
    if (helpful !== 'yes' && helpful !== 'no') throw notFound();
    try {
      await giveFeedback(s, req.person!, { article: id, helpful: helpful === 'yes', ...(one(body.comment) ? { comment: String(body.comment) } : {}) });
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      req.session.flash = { kind: 'error', text: res.locals.t('knowledge:help.feedbackTooLong') };
      return res.redirect(303, `/portal/help/articles/${id}#feedback`);
    }
    req.session.flash = { kind: 'ok', text: res.locals.t(helpful === 'yes' ? 'knowledge:help.thanksYes' : 'knowledge:help.thanksNo') };
    res.redirect(303, `/portal/help/articles/${id}#feedback`);
  });

  // "This solved it" on a suggestion: no request is filed; the contact goes to the article that helped.
  r.post('/deflections', async (req: Request, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const article = Number(one(body.article));
    const query = one(body.query) || '-';
    if (!Number.isSafeInteger(article) || article <= 0) throw notFound();
    await recordDeflection(s, req.person!, { article, query });
    delete req.session.openedSuggestions;
    req.session.flash = { kind: 'ok', text: res.locals.t('knowledge:help.deflected') };
    res.redirect(303, `/portal/help/articles/${article}`);
  });

  return r;
}
