// Writing articles (SPEC §8): staff create and change drafts, a desk manager (or, with four-eyes
// review on, an agent who did not write the current version) publishes, and archived articles leave
// the help centre. Every change of content is a new version; every version and state change is kept
// with who and when, and an earlier version can be restored (as a new version).
import { QueryTypes, type Transaction } from 'sequelize';
import { articleInput, mayPublish, type ArticleInput } from '../../domain/knowledge/articles.js';
import { parseObject } from '../../domain/validation.js';
import type { Services } from '../context.js';
import { isStaff, type Person } from '../people/people.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { loadArticle, type Article } from './article-store.js';
import { draftFromCase, linkSourceCase } from './from-case.js';
import { fourEyesReview } from './settings.js';

type Action = 'created' | 'edited' | 'restored' | 'published' | 'archived';

/** Keeps the article as it now stands as a version row (content, state, who, what changed). */
async function keepVersion(s: Services, t: Transaction, id: number, by: Person, action: Action, changes: string[], restoredFrom: number | null = null) {
  await s.db.sequelize.query(
    `INSERT INTO article_versions (article_id, version, action, changes, restored_from, status, audience, company_id, category, title_da, title_en, body_da, body_en, changed_by_id, changed_at)
     SELECT id, version, :action, CAST(:changes AS text[]), :restoredFrom, status, audience, company_id, category, title_da, title_en, body_da, body_en, :by, :at
       FROM articles WHERE id = :id`,
    { transaction: t, replacements: { id, action, changes: `{${changes.join(',')}}`, restoredFrom, by: by.id, at: new Date(s.now()) } },
  );
}

function staffOnly(person: Person): void {
  if (!isStaff(person)) throw forbidden();
}

interface Content {
  audience: ArticleInput['audience'];
  companyId: string | null;
  category: string | null;
  titleDa: string;
  titleEn: string | null;
  bodyDa: string;
  bodyEn: string | null;
}

/** The input as the article's columns; a company article needs a known company. */
async function contentOf(s: Services, input: ArticleInput, t: Transaction, drafted?: { title: string; body: string }): Promise<Content> {
  const title = input.title ?? (drafted ? { da: drafted.title, en: null } : null);
  const body = input.body ?? (drafted ? { da: drafted.body, en: null } : null);
  const errors: Record<string, string> = {};
  if (!title) errors.title = 'required';
  if (!body) errors.body = 'required';
  let companyId: string | null = null;
  if (input.audience === 'company') {
    if (!input.company) errors.company = 'required';
    else if (!(await s.db.models.Company.findByPk(input.company, { transaction: t }))) errors.company = 'unknown_company';
    else companyId = input.company;
  }
  if (Object.keys(errors).length) throw invalid(errors);
  // A browser sends a text area's lines with CRLF: the same text is the same version.
  const lf = (v: string) => v.replace(/\r\n?/g, '\n');
  return {
    audience: input.audience,
    companyId,
    category: input.category ? input.category : null,
    titleDa: title!.da,
    titleEn: title!.en || null,
    bodyDa: lf(body!.da).slice(0, 20_000),
    bodyEn: body!.en ? lf(body!.en) : null,
  };
}

function parseInput(raw: unknown): ArticleInput {
  const parsed = parseObject(articleInput, raw);
  if (!parsed.ok) throw invalid(parsed.errors);
  return parsed.value;
}

/** A new draft; with `sourceCase` (a resolved or closed case) an empty title and body are drafted from the case. */
export async function createArticle(s: Services, person: Person, raw: unknown): Promise<Article> {
  staffOnly(person);
  const input = parseInput(raw);
  const id = await s.db.sequelize.transaction(async (t) => {
    // The source must be a resolved or closed case, whether or not its texts are used.
    const drafted = input.sourceCase === undefined ? undefined : await draftFromCase(s, input.sourceCase, t);
    const c = await contentOf(s, input, t, drafted);
    const [row] = await s.db.sequelize.query<{ id: number }>(
      `INSERT INTO articles (audience, company_id, category, title_da, title_en, body_da, body_en, created_by_id, updated_by_id, created_at, updated_at)
       VALUES (:audience, :companyId, :category, :titleDa, :titleEn, :bodyDa, :bodyEn, :by, :by, :at, :at) RETURNING id`,
      { type: QueryTypes.SELECT, transaction: t, replacements: { ...c, by: person.id, at: new Date(s.now()) } },
    );
    await keepVersion(s, t, row.id, person, 'created', []);
    if (input.sourceCase !== undefined) await linkSourceCase(s, t, row.id, input.sourceCase, person, c.titleDa);
    return row.id;
  });
  return (await loadArticle(s, id))!;
}

const CONTENT_COLUMNS: [keyof Content, string][] = [
  ['audience', 'audience'],
  ['companyId', 'company_id'],
  ['category', 'category'],
  ['titleDa', 'title_da'],
  ['titleEn', 'title_en'],
  ['bodyDa', 'body_da'],
  ['bodyEn', 'body_en'],
];

/** Changes an article's content: a new version naming what changed (nothing changed: nothing happens). */
export async function updateArticle(s: Services, person: Person, id: number, raw: unknown): Promise<Article> {
  staffOnly(person);
  const input = parseInput(raw);
  await s.db.sequelize.transaction(async (t) => {
    const before = await loadArticle(s, id, t);
    if (!before) throw notFound();
    const c = await contentOf(s, { ...input, sourceCase: undefined }, t);
    const old: Content = {
      audience: before.audience,
      companyId: before.companyId,
      category: before.category,
      titleDa: before.title.da,
      titleEn: before.title.en,
      bodyDa: before.body.da,
      bodyEn: before.body.en,
    };
    const changed = CONTENT_COLUMNS.filter(([k]) => old[k] !== c[k]).map(([, column]) => column);
    if (!changed.length) return;
    await s.db.sequelize.query(
      `UPDATE articles SET audience = :audience, company_id = :companyId, category = :category, title_da = :titleDa, title_en = :titleEn,
              body_da = :bodyDa, body_en = :bodyEn, version = version + 1, updated_by_id = :by, updated_at = :at WHERE id = :id`,
      { transaction: t, replacements: { ...c, id, by: person.id, at: new Date(s.now()) } },
    );
    await keepVersion(s, t, id, person, 'edited', changed);
  });
  return (await loadArticle(s, id))!;
}

/** Publishes the article (already published: unchanged). */
export async function publishArticle(s: Services, person: Person, id: number): Promise<Article> {
  staffOnly(person);
  const a = await loadArticle(s, id);
  if (!a) throw notFound();
  if (!mayPublish(person.role, await fourEyesReview(s), person.id, a.updatedById)) throw forbidden('knowledge:refusals.publish');
  if (a.status === 'published') return a;
  await s.db.sequelize.transaction(async (t) => {
    await s.db.sequelize.query(`UPDATE articles SET status = 'published', published_at = :at, published_by_id = :by WHERE id = :id`, {
      transaction: t,
      replacements: { id, by: person.id, at: new Date(s.now()) },
    });
    await keepVersion(s, t, id, person, 'published', ['status']);
  });
  return (await loadArticle(s, id))!;
}

/** Takes a published article out of the help centre (it stays on the desk and can be published again). */
export async function archiveArticle(s: Services, person: Person, id: number): Promise<Article> {
  staffOnly(person);
  const a = await loadArticle(s, id);
  if (!a) throw notFound();
  if (a.status === 'archived') return a;
  if (a.status !== 'published' && person.role !== 'manager') throw forbidden('knowledge:refusals.publish');
  await s.db.sequelize.transaction(async (t) => {
    await s.db.sequelize.query(`UPDATE articles SET status = 'archived' WHERE id = :id`, { transaction: t, replacements: { id } });
    await keepVersion(s, t, id, person, 'archived', ['status']);
  });
  return (await loadArticle(s, id))!;
}

/** Makes an earlier version's content the current one (a new version; the state is kept). */
export async function restoreVersion(s: Services, person: Person, id: number, version: number): Promise<Article> {
  staffOnly(person);
  await s.db.sequelize.transaction(async (t) => {
    const a = await loadArticle(s, id, t);
    if (!a) throw notFound();
    if (version === a.version) throw conflict('knowledge:refusals.current_version');
    const [updated] = await s.db.sequelize.query<{ id: number }>(
      `UPDATE articles a SET audience = v.audience, company_id = v.company_id, category = v.category, title_da = v.title_da, title_en = v.title_en,
              body_da = v.body_da, body_en = v.body_en, version = a.version + 1, updated_by_id = :by, updated_at = :at
         FROM (SELECT * FROM article_versions WHERE article_id = :id AND version = :version ORDER BY id DESC LIMIT 1) v
        WHERE a.id = :id RETURNING a.id`,
      { type: QueryTypes.SELECT, transaction: t, replacements: { id, version, by: person.id, at: new Date(s.now()) } },
    );
    if (!updated) throw notFound();
    await keepVersion(s, t, id, person, 'restored', [], version);
  });
  return (await loadArticle(s, id))!;
}

export interface VersionEntry {
  version: number;
  action: Action;
  changes: string[];
  restoredFrom: number | null;
  by: string | null;
  at: Date;
  title: string;
}

/** Every version and state change of the article, newest first. */
export async function articleHistory(s: Services, id: number): Promise<VersionEntry[]> {
  const rows = await s.db.sequelize.query<{
    version: number;
    action: Action;
    changes: string[];
    restored_from: number | null;
    by: string | null;
    at: Date;
    title: string;
  }>(
    `SELECT v.version, v.action, v.changes, v.restored_from, p.first_name || ' ' || p.last_name AS by, v.changed_at AS at, v.title_da AS title
       FROM article_versions v LEFT JOIN people p ON p.id = v.changed_by_id WHERE v.article_id = :id ORDER BY v.id DESC`,
    { type: QueryTypes.SELECT, replacements: { id } },
  );
  return rows.map((r) => ({
    version: r.version,
    action: r.action,
    changes: r.changes,
    restoredFrom: r.restored_from,
    by: r.by,
    at: new Date(r.at),
    title: r.title,
  }));
}
