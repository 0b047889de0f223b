// Bulk-loads published help-centre articles for the suggestion benchmark (issue 19: 10 000 articles):
// variations of the demo articles (db/demo/articles*.ts) — each a demo article's title with a topic of
// its own and a body of its sentences mixed with sentences of other articles, in Danish and English —
// so the text has the demo data's vocabulary and word frequencies at a hundred times the volume. About
// 80 % are for every contact, 15 % for one company, 5 % for the desk only. The trigger builds each
// document and the word list as it would for an article published on the desk.
import type { Sequelize } from 'sequelize';
import { DEMO_ARTICLES } from '../../../db/demo/articles.js';

const TOPICS_DA = ['afdeling', 'filial', 'lager', 'projekt', 'kunde', 'leverandør', 'periode', 'rapport', 'koncern', 'vikar', 'lærling', 'sæson'];
const TOPICS_EN = ['department', 'branch', 'warehouse', 'project', 'customer', 'supplier', 'period', 'report', 'group', 'temp', 'apprentice', 'season'];

/** A deterministic pseudo-random sequence (the same articles every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 10);

export async function bulkLoadArticles(db: Sequelize, total: number, companies: string[]): Promise<void> {
  const next = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const pool = { da: DEMO_ARTICLES.flatMap((a) => sentences(a.body.da)), en: DEMO_ARTICLES.flatMap((a) => sentences(a.body.en)) };
  const BATCH = 500;
  for (let start = 0; start < total; start += BATCH) {
    const rows: unknown[][] = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const base = DEMO_ARTICLES[i % DEMO_ARTICLES.length]!;
      const t = Math.floor(next() * TOPICS_DA.length);
      const extra = (lang: 'da' | 'en') => Array.from({ length: 3 }, () => pick(pool[lang])).join(' ');
      const roll = next();
      const audience = roll < 0.8 ? 'public' : roll < 0.95 ? 'company' : 'internal';
      rows.push([
        audience,
        audience === 'company' ? pick(companies) : null,
        base.category,
        `${base.title.da}: ${TOPICS_DA[t]} ${i}`,
        `${base.title.en}: ${TOPICS_EN[t]} ${i}`,
        `${base.body.da}\n\n${extra('da')}`,
        `${base.body.en}\n\n${extra('en')}`,
      ]);
    }
    const column = (k: number) => rows.map((r) => r[k]);
    await db.query(
      `INSERT INTO articles (status, audience, company_id, category, title_da, title_en, body_da, body_en, published_at)
       SELECT 'published', u.*, now() FROM unnest(ARRAY[:a]::text[], ARRAY[:c]::text[], ARRAY[:k]::text[], ARRAY[:td]::text[], ARRAY[:te]::text[], ARRAY[:bd]::text[], ARRAY[:be]::text[]) AS u`,
      { replacements: { a: column(0), c: column(1), k: column(2), td: column(3), te: column(4), bd: column(5), be: column(6) } },
    );
  }
}
