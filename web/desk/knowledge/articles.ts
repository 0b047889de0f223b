// The desk's articles (SPEC §8): the list in every state, the editor, one article with its rendered
// body, its versions (restore an earlier one), its source cases and images, publishing (a desk manager,
// or a second agent with four-eyes review on) and archiving; and "Write an article" from a case.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../../services/context.js';
import { deskArticles, loadArticle, type Article } from '../../../services/knowledge/article-store.js';
import { archiveArticle, articleHistory, createArticle, publishArticle, restoreVersion, updateArticle } from '../../../services/knowledge/article-edits.js';
import { addArticleImages, articleImages } from '../../../services/knowledge/images.js';
import { renderArticleBody } from '../../../services/knowledge/markdown.js';
import { suggestArticles } from '../../../services/knowledge/search.js';
import { fourEyesReview } from '../../../services/knowledge/settings.js';
import { companyChoices } from '../../../services/people/desk-directory.js';
import { mayPublish, AUDIENCES, ARTICLE_STATUSES, CATEGORIES } from '../../../domain/knowledge/articles.js';
import { Refusal, notFound } from '../../../services/errors.js';
import { idParam } from '../../api/knowledge/documents.js';
import { uploadedFiles } from '../../cases/request-form.js';
import { caseNumberParam } from '../../cases/routes.js';
import { redirectWithFlash } from '../flash.js';
import { validationText } from '../present.js';
import { articleFormValues, articleInputOf, formErrorsOf, valuesOf, type ArticleFormValues } from './article-form.js';

const one = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 200) : '');

async function renderEditor(
  s: Services,
  req: Request,
  res: Response,
  a: Article | null,
  values: ArticleFormValues,
  errors: Record<string, string>,
  status = 200,
) {
  res.status(status).render('knowledge/desk-article-edit', {
    title: a ? res.locals.t('knowledge:desk.editTitle', { id: a.id }) : res.locals.t('knowledge:desk.newTitle'),
    a,
    values,
    errors,
    audiences: AUDIENCES,
    categories: CATEGORIES,
    companies: await companyChoices(s, req.person!),
    images: a ? await articleImages(s, a.id) : [],
    errorText: (key: string) => validationText(key, res.locals.t),
  });
}

export function articleRoutes(s: Services): Router {
  const r = Router();

  r.get('/', async (req, res) => {
    const q = one(req.query.q);
    const status = (ARTICLE_STATUSES as readonly string[]).includes(one(req.query.status)) ? (one(req.query.status) as Article['status']) : null;
    const [articles, found, fourEyes] = await Promise.all([
      q ? Promise.resolve([]) : deskArticles(s, { status }),
      q ? suggestArticles(s, req.person!, q, { limit: 20, source: 'help', locale: req.locale }) : Promise.resolve(null),
      fourEyesReview(s),
    ]);
    res.render('knowledge/desk-articles', {
      title: res.locals.t('knowledge:desk.title'),
      articles,
      found,
      q,
      status,
      statuses: ARTICLE_STATUSES,
      fourEyes,
      section: 'articles',
    });
  });

  r.get('/new', async (req, res) => {
    await renderEditor(s, req, res, null, { title_da: '', title_en: '', body_da: '', body_en: '', audience: 'public', company: '', category: '' }, {});
  });

  r.post('/new', async (req, res) => {
    const values = articleFormValues(req.body);
    try {
      const a = await createArticle(s, req.person!, articleInputOf(values));
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('knowledge:desk.created') }, `/desk/knowledge/articles/${a.id}`);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      await renderEditor(s, req, res, null, values, formErrorsOf(err.fieldErrors), 422);
    }
  });

  r.get('/articles/:id', async (req, res) => {
    const a = await loadArticle(s, idParam(req.params.id));
    if (!a) throw notFound();
    const lang = one(req.query.lang) === 'en' && a.body.en ? 'en' : 'da';
    const [history, images, fourEyes] = await Promise.all([articleHistory(s, a.id), articleImages(s, a.id), fourEyesReview(s)]);
    res.render('knowledge/desk-article', {
      title: a.title.da,
      a,
      lang,
      bodyHtml: renderArticleBody(lang === 'en' ? a.body.en! : a.body.da, a.id),
      history,
      images,
      canPublish: a.status !== 'published' && mayPublish(req.person!.role, fourEyes, req.person!.id, a.updatedById),
      fourEyes,
    });
  });

  r.get('/articles/:id/edit', async (req, res) => {
    const a = await loadArticle(s, idParam(req.params.id));
    if (!a) throw notFound();
    await renderEditor(s, req, res, a, valuesOf(a), {});
  });

  r.post('/articles/:id/edit', async (req, res) => {
    const id = idParam(req.params.id);
    const values = articleFormValues(req.body);
    try {
      await updateArticle(s, req.person!, id, articleInputOf(values));
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('knowledge:desk.saved') }, `/desk/knowledge/articles/${id}`);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      await renderEditor(s, req, res, await loadArticle(s, id), values, formErrorsOf(err.fieldErrors), 422);
    }
  });

  const stateChange = (path: string, run: (req: Request) => Promise<unknown>, done: string) =>
    r.post(`/articles/:id/${path}`, async (req, res) => {
      const id = idParam(req.params.id);
      try {
        await run(req);
      } catch (err) {
        if (!(err instanceof Refusal) || err.kind === 'not_found') throw err;
        return redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, `/desk/knowledge/articles/${id}`);
      }
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t(done) }, `/desk/knowledge/articles/${id}`);
    });
  stateChange('publish', (req) => publishArticle(s, req.person!, idParam(req.params.id)), 'knowledge:desk.published');
  stateChange('archive', (req) => archiveArticle(s, req.person!, idParam(req.params.id)), 'knowledge:desk.archived');
  stateChange(
    'restore',
    (req) => restoreVersion(s, req.person!, idParam(req.params.id), Number(one((req.body as Record<string, unknown>)?.version)) || 0),
    'knowledge:desk.restored',
  );
  stateChange(
    'images',
    async (req) => {
      const added = await addArticleImages(s, req.person!, idParam(req.params.id), uploadedFiles(req, 'images'));
      return added;
    },
    'knowledge:desk.imagesAdded',
  );

  return r;
}

/** "Write an article" on a resolved or closed case: a draft from the case, then its editor. */
export function caseArticleRoutes(s: Services): Router {
  const r = Router();
  r.post('/:number/article', async (req, res) => {
    const number = caseNumberParam(req.params.number);
    try {
      const a = await createArticle(s, req.person!, { audience: 'public', sourceCase: number });
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('knowledge:desk.drafted', { number }) }, `/desk/knowledge/articles/${a.id}/edit`);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind === 'not_found') throw err;
      redirectWithFlash(
        req,
        res,
        { kind: 'error', text: err.kind === 'invalid' ? res.locals.t('knowledge:desk.noSuchCase') : err.text[req.locale] },
        `/desk/cases/${number}`,
      );
    }
  });
  return r;
}
