// Reading articles (SPEC §8): one article as a person may read it — another company's article, a
// draft or an internal one is "not found" to a support contact, never "forbidden" — and the desk's list.
import { QueryTypes, type Transaction } from 'sequelize';
import { mayRead, type ArticleStatus, type Audience } from '../../domain/knowledge/articles.js';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { isStaff } from '../people/people.js';
import { notFound } from '../errors.js';

export interface Bilingual {
  da: string;
  en: string | null;
}

export interface Article {
  id: number;
  status: ArticleStatus;
  audience: Audience;
  companyId: string | null;
  companyName: string | null;
  category: string | null;
  title: Bilingual;
  body: Bilingual;
  version: number;
  /** Who wrote the current version (four-eyes review: someone else publishes it). */
  updatedById: number | null;
  updatedBy: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Cases the article was written from, oldest first. */
  sourceCases: number[];
  /** The companies of those cases (a contact is shown only their own company's). */
  sourceCompanies: string[];
}

interface Row {
  id: number;
  status: ArticleStatus;
  audience: Audience;
  company_id: string | null;
  company_name: string | null;
  category: string | null;
  title_da: string;
  title_en: string | null;
  body_da: string;
  body_en: string | null;
  version: number;
  updated_by_id: number | null;
  updated_by: string | null;
  updated_at: Date;
  published_at: Date | null;
  sources: { n: number; c: string }[] | null;
}

export const ARTICLE_SELECT = `
  SELECT a.id, a.status, a.audience, a.company_id, co.name AS company_name, a.category, a.title_da, a.title_en, a.body_da, a.body_en,
         a.version, a.updated_by_id, u.first_name || ' ' || u.last_name AS updated_by, a.updated_at, a.published_at,
         (SELECT json_agg(json_build_object('n', l.case_number, 'c', c.company_id) ORDER BY l.created_at, l.case_number)
            FROM article_links l JOIN cases c ON c.number = l.case_number WHERE l.article_id = a.id AND l.kind = 'source') AS sources
    FROM articles a
    LEFT JOIN companies co ON co.id = a.company_id
    LEFT JOIN people u ON u.id = a.updated_by_id`;

export function articleOf(r: Row): Article {
  const sources = r.sources ?? [];
  return {
    id: r.id,
    status: r.status,
    audience: r.audience,
    companyId: r.company_id,
    companyName: r.company_name,
    category: r.category,
    title: { da: r.title_da, en: r.title_en },
    body: { da: r.body_da, en: r.body_en },
    version: r.version,
    updatedById: r.updated_by_id,
    updatedBy: r.updated_by,
    updatedAt: new Date(r.updated_at),
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    sourceCases: sources.map((x) => x.n),
    sourceCompanies: sources.map((x) => x.c),
  };
}

/** An article by id, whoever asks (the service's own use). */
export async function loadArticle(s: Services, id: number, transaction?: Transaction): Promise<Article | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const [row] = await s.db.sequelize.query<Row>(`${ARTICLE_SELECT} WHERE a.id = :id`, { type: QueryTypes.SELECT, replacements: { id }, transaction });
  return row ? articleOf(row) : null;
}

/** The article if `person` may read it; a support contact sees only their own company's source cases. */
export async function readArticle(s: Services, person: Person, id: number): Promise<Article> {
  const a = await loadArticle(s, id);
  if (!a || !mayRead(a, person)) throw notFound();
  if (isStaff(person)) return a;
  const own = a.sourceCases.filter((_, i) => a.sourceCompanies[i] === person.companyId);
  return { ...a, sourceCases: own, sourceCompanies: own.map(() => person.companyId!) };
}

export interface ArticleFilter {
  status?: ArticleStatus | null;
  audience?: Audience | null;
  category?: string | null;
  company?: string | null;
}

/** The desk's list of articles (every state), newest change first. */
export async function deskArticles(s: Services, filter: ArticleFilter = {}, limit = 200): Promise<Article[]> {
  const rows = await s.db.sequelize.query<Row>(
    `${ARTICLE_SELECT}
      WHERE (CAST(:status AS text) IS NULL OR a.status = :status) AND (CAST(:audience AS text) IS NULL OR a.audience = :audience)
        AND (CAST(:category AS text) IS NULL OR a.category = :category) AND (CAST(:company AS text) IS NULL OR a.company_id = :company)
      ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit`,
    {
      type: QueryTypes.SELECT,
      replacements: {
        status: filter.status ?? null,
        audience: filter.audience ?? null,
        category: filter.category ?? null,
        company: filter.company ?? null,
        limit,
      },
    },
  );
  return rows.map(articleOf);
}

/** The articles whose source a case is (shown on the desk's case page). */
export async function articlesFromCase(s: Services, caseNumber: number): Promise<{ id: number; title: string; status: ArticleStatus }[]> {
  return s.db.sequelize.query(
    `SELECT a.id, a.title_da AS title, a.status FROM article_links l JOIN articles a ON a.id = l.article_id
      WHERE l.case_number = :caseNumber AND l.kind = 'source' ORDER BY a.id`,
    { type: QueryTypes.SELECT, replacements: { caseNumber } },
  );
}

/** The published categories a reader may browse, with how many articles each holds. */
export async function readableCategories(s: Services, person: Person): Promise<{ category: string; count: number }[]> {
  return s.db.sequelize.query(
    `SELECT coalesce(a.category, 'general') AS category, count(*)::int AS count FROM articles a
      WHERE a.status = 'published' AND (a.audience = 'public' OR (a.audience = 'company' AND a.company_id = :company) OR :staff)
      GROUP BY 1 ORDER BY 1`,
    { type: QueryTypes.SELECT, replacements: { company: person.companyId ?? '', staff: isStaff(person) } },
  );
}

/** The published articles of one category a reader may read, by title. */
export async function readableInCategory(s: Services, person: Person, category: string, limit = 100): Promise<Article[]> {
  const rows = await s.db.sequelize.query<Row>(
    `${ARTICLE_SELECT}
      WHERE a.status = 'published' AND coalesce(a.category, 'general') = :category
        AND (a.audience = 'public' OR (a.audience = 'company' AND a.company_id = :company) OR :staff)
      ORDER BY a.title_da LIMIT :limit`,
    { type: QueryTypes.SELECT, replacements: { category, company: person.companyId ?? '', staff: isStaff(person), limit } },
  );
  return rows.map(articleOf);
}
