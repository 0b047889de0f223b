// The desk's article editor form: its flat fields (title and body per language, audience, company,
// category) read into the article input the service and the API share, and the service's field names
// (`title.da`) back to the form's (`title_da`).
import type { Article } from '../../../services/knowledge/article-store.js';

export const ARTICLE_FIELDS = ['title_da', 'title_en', 'body_da', 'body_en', 'audience', 'company', 'category'] as const;
export type ArticleFormValues = Record<(typeof ARTICLE_FIELDS)[number], string>;

const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

export function articleFormValues(body: unknown): ArticleFormValues {
  const posted = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, str(posted[f])])) as ArticleFormValues;
}

export function valuesOf(a: Article): ArticleFormValues {
  return {
    title_da: a.title.da,
    title_en: a.title.en ?? '',
    body_da: a.body.da,
    body_en: a.body.en ?? '',
    audience: a.audience,
    company: a.companyId ?? '',
    category: a.category ?? '',
  };
}

export function articleInputOf(v: ArticleFormValues): Record<string, unknown> {
  return {
    title: { da: v.title_da, en: v.title_en.trim() ? v.title_en : null },
    body: { da: v.body_da, en: v.body_en.trim() ? v.body_en : null },
    audience: v.audience,
    company: v.company.trim() ? v.company : null,
    category: v.category.trim() ? v.category : null,
  };
}

/** `title.da` → `title_da`; a missing title or body names the Danish field. */
export function formErrorsOf(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fieldErrors)) {
    const name = key === 'title' || key === 'body' ? `${key}_da` : key.replace('.', '_');
    out[name] ??= message;
  }
  return out;
}
