// What readers do with articles (SPEC §8): a support contact's views, their answer to "did this
// answer your question?", a deflection ("this solved it" on a suggestion, instead of a new request),
// a suggestion opened while writing a request, and a request filed anyway after opening one.
import { z } from 'zod';
import { mayRead } from '../../domain/knowledge/articles.js';
import { optionalText, text } from '../../domain/text-input.js';
import { parseObject } from '../../domain/validation.js';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { loadArticle } from './article-store.js';

type Kind = 'view' | 'helpful' | 'not_helpful' | 'deflected' | 'opened' | 'filed_anyway';

const articleId = z.number({ error: 'not_a_number' }).int({ error: 'not_whole' }).positive({ error: 'positive' }).max(2_147_483_647, { error: 'too_large' });

const feedbackInput = z.strictObject({ article: articleId, helpful: z.boolean({ error: 'invalid' }), comment: optionalText(2000) });
const deflectionInput = z.strictObject({ article: articleId, query: text(200) });

function contactOnly(person: Person): void {
  if (person.role !== 'contact') throw forbidden();
}

/** The article, if the contact may read it (else 404, as for any article out of reach). */
async function readable(s: Services, person: Person, id: number): Promise<void> {
  const a = await loadArticle(s, id);
  if (!a || !mayRead(a, person)) throw notFound();
}

async function record(
  s: Services,
  person: Person,
  kind: Kind,
  article: number,
  extra: { query?: string | null; comment?: string | null; caseNumber?: number | null } = {},
) {
  await s.db.sequelize.query(
    `INSERT INTO help_events (kind, article_id, person_id, company_id, query, comment, case_number, at)
     VALUES (:kind, :article, :person, :company, :query, :comment, :caseNumber, :at)`,
    {
      replacements: {
        kind,
        article,
        person: person.id,
        company: person.companyId,
        query: extra.query ?? null,
        comment: extra.comment ?? null,
        caseNumber: extra.caseNumber ?? null,
        at: new Date(s.now()),
      },
    },
  );
}

/** A support contact read the article (staff reading is not counted). */
export async function recordView(s: Services, person: Person, article: number): Promise<void> {
  if (person.role === 'contact') await record(s, person, 'view', article);
}

/** "Did this answer your question?": one answer per contact and article, a later one replacing it. */
export async function giveFeedback(s: Services, person: Person, raw: unknown): Promise<void> {
  contactOnly(person);
  const parsed = parseObject(feedbackInput, raw);
  if (!parsed.ok) throw invalid(parsed.errors);
  const { article, helpful, comment } = parsed.value;
  await readable(s, person, article);
  await s.db.sequelize.query(
    `INSERT INTO help_events (kind, article_id, person_id, company_id, comment, at) VALUES (:kind, :article, :person, :company, :comment, :at)
     ON CONFLICT (article_id, person_id) WHERE kind IN ('helpful', 'not_helpful')
     DO UPDATE SET kind = EXCLUDED.kind, comment = EXCLUDED.comment, at = EXCLUDED.at`,
    {
      replacements: {
        kind: helpful ? 'helpful' : 'not_helpful',
        article,
        person: person.id,
        company: person.companyId,
        comment: helpful ? null : comment || null,
        at: new Date(s.now()),
      },
    },
  );
}

/** "This solved it": the contact leaves the request form without filing; the query they had typed is kept. */
export async function recordDeflection(s: Services, person: Person, raw: unknown): Promise<void> {
  contactOnly(person);
  const parsed = parseObject(deflectionInput, raw);
  if (!parsed.ok) throw invalid(parsed.errors);
  await readable(s, person, parsed.value.article);
  await record(s, person, 'deflected', parsed.value.article, { query: parsed.value.query });
}

/** The contact opened a suggestion while writing a request. */
export async function recordOpened(s: Services, person: Person, article: number, query: string | null): Promise<void> {
  if (person.role === 'contact') await record(s, person, 'opened', article, { query: query?.slice(0, 200) ?? null });
}

/** The contact filed the request anyway after opening these suggestions. */
export async function recordFiledAnyway(s: Services, person: Person, articles: number[], caseNumber: number): Promise<void> {
  for (const article of [...new Set(articles)].slice(0, 10)) {
    if (await loadArticle(s, article)) await record(s, person, 'filed_anyway', article, { caseNumber });
  }
}
