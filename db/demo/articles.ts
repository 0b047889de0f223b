// The demo help centre (issue 19): 41 published articles about the vendor's product (payroll, orders,
// invoices, users, integrations), in Danish and English — a few for one company's contacts and a few
// for the desk only — seeded once into a database without articles when demo data is on.
import type { Database } from '../connection.js';
import { PAYROLL_AND_USERS } from './articles-payroll-users.js';
import { ORDERS_INVOICES_INTEGRATIONS } from './articles-orders-invoices.js';

export interface DemoArticle {
  /** A stable name for tests (the relevance set refers to articles by it). */
  key: string;
  category: string;
  audience?: 'public' | 'company' | 'internal';
  company?: string;
  title: { da: string; en: string };
  body: { da: string; en: string };
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [...PAYROLL_AND_USERS, ...ORDERS_INVOICES_INTEGRATIONS];

/** Seeds the demo articles if there are none yet (and the companies they name exist); returns how many. */
export async function seedDemoArticles(db: Database, log: (line: string) => void = () => {}): Promise<number> {
  const [[{ n }]] = (await db.sequelize.query('SELECT count(*)::int AS n FROM articles')) as [{ n: number }[], unknown];
  if (n > 0) return 0;
  const [companies] = (await db.sequelize.query('SELECT id FROM companies')) as [{ id: string }[], unknown];
  const known = new Set(companies.map((c) => c.id));
  const articles = DEMO_ARTICLES.filter((a) => !a.company || known.has(a.company));
  await db.sequelize.transaction(async (transaction) => {
    for (const a of articles) {
      await db.sequelize.query(
        `WITH a AS (
           INSERT INTO articles (status, audience, company_id, category, title_da, title_en, body_da, body_en, published_at)
           VALUES ('published', :audience, :company, :category, :titleDa, :titleEn, :bodyDa, :bodyEn, now()) RETURNING *)
         INSERT INTO article_versions (article_id, version, action, status, audience, company_id, category, title_da, title_en, body_da, body_en)
         SELECT id, 1, 'created', status, audience, company_id, category, title_da, title_en, body_da, body_en FROM a`,
        {
          transaction,
          replacements: {
            audience: a.audience ?? 'public',
            company: a.company ?? null,
            category: a.category,
            titleDa: a.title.da,
            titleEn: a.title.en,
            bodyDa: a.body.da,
            bodyEn: a.body.en,
          },
        },
      );
    }
  });
  log(`demo help centre seeded: ${articles.length} articles`);
  return articles.length;
}
