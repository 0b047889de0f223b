// What an agent can insert into a case's message, plan and summary fields (SPEC §8 "reuse"): their
// canned responses and the shared ones, and articles found by a search — each already in the case
// contact's language with the placeholders filled. Only articles the case's contact may read are
// offered (with a link to the help centre), so an inserted answer never carries an internal article,
// a draft or another company's notes to a customer.
import { publicUrl } from '../../config/env.js';
import { inLanguage } from '../../domain/knowledge/articles.js';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { loadArticle } from './article-store.js';
import { listCanned } from './canned.js';
import { caseTexts, fillForCase } from './case-texts.js';
import { plainText } from './markdown.js';
import { suggestArticles } from './search.js';
import { QueryTypes } from 'sequelize';

export interface InsertableText {
  key: string;
  label: string;
  text: string;
}

export interface CaseInsertables {
  locale: string;
  canned: InsertableText[];
  articles: InsertableText[] | null;
  query: string;
}

export async function caseInsertables(s: Services, person: Person, caseNumber: number, query: string): Promise<CaseInsertables> {
  const facts = await caseTexts(s, person, caseNumber);
  const canned = (await listCanned(s, person)).map((c) => ({
    key: `canned-${c.id}`,
    label: c.name,
    text: fillForCase(facts.locale === 'en' && c.text.en ? c.text.en : c.text.da, facts),
  }));
  let articles: InsertableText[] | null = null;
  if (query) {
    const [contact] = await s.db.sequelize.query<{ id: number }>('SELECT contact_id AS id FROM cases WHERE number = :caseNumber', {
      type: QueryTypes.SELECT,
      replacements: { caseNumber },
    });
    const reader = { id: contact?.id ?? 0, role: 'contact' as const, companyId: facts.companyId, locale: facts.locale };
    const found = await suggestArticles(s, reader, query, { limit: 5, locale: facts.locale, keepGaps: false });
    articles = [];
    for (const f of found) {
      const a = await loadArticle(s, f.id);
      if (!a) continue;
      const title = inLanguage(a.title, facts.locale).text;
      const body = plainText(inLanguage(a.body, facts.locale).text);
      articles.push({ key: `article-${a.id}`, label: title, text: `${title}\n\n${body}\n\n${publicUrl(s.env)}/portal/help/articles/${a.id}` });
    }
  }
  return { locale: facts.locale, canned, articles, query };
}
