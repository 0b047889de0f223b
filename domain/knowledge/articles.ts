// What an article is (SPEC §8): a Danish (required) and English (optional) title and body, an
// audience, a category, and its state. The input schemas are shared by the desk's editor and the API.
import { z } from 'zod';
import { optionalText, text } from '../text-input.js';
import type { Locale, Role } from '../types.js';

export const ARTICLE_STATUSES = ['draft', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** public: every support contact · company: one company's contacts (its implemented workflows) · internal: the desk only. */
export const AUDIENCES = ['public', 'company', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The categories the help centre names in both languages; any other category is shown as written. */
export const CATEGORIES = ['payroll', 'orders', 'invoices', 'users', 'integrations', 'general'] as const;

export const LIMITS = { title: 200, body: 20_000, category: 60, comment: 2000, query: 200 } as const;

const bilingual = (max: number) => z.strictObject({ da: text(max), en: optionalText(max).nullable() });

/** A new article or a changed one; `sourceCase` fills an empty title and body from a resolved case. */
export const articleInput = z.strictObject({
  title: bilingual(LIMITS.title).optional(),
  body: bilingual(LIMITS.body).optional(),
  audience: z.enum(AUDIENCES, { error: 'invalid_choice' }),
  company: z.string({ error: 'invalid' }).trim().max(60, { error: 'too_long' }).nullable().optional(),
  category: optionalText(LIMITS.category, { multiline: false }).nullable(),
  sourceCase: z
    .number({ error: 'not_a_number' })
    .int({ error: 'not_whole' })
    .positive({ error: 'positive' })
    .max(2_147_483_647, { error: 'too_large' })
    .optional(),
});
export type ArticleInput = z.output<typeof articleInput>;

/** What decides who reads an article. */
export interface ArticleReach {
  status: ArticleStatus;
  audience: Audience;
  companyId: string | null;
}

export interface Reader {
  role: Role;
  companyId: string | null;
}

/** Staff read every article; a support contact reads published public articles and their own company's. */
export function mayRead(a: ArticleReach, reader: Reader): boolean {
  if (reader.role === 'agent' || reader.role === 'manager') return true;
  if (reader.role !== 'contact' || a.status !== 'published') return false;
  return a.audience === 'public' || (a.audience === 'company' && a.companyId !== null && a.companyId === reader.companyId);
}

/** The text in the reader's language, or the Danish one (with `fallback` set) when there is no English. */
export function inLanguage(texts: { da: string; en: string | null }, locale: Locale): { text: string; locale: Locale; fallback: boolean } {
  if (locale === 'en' && texts.en) return { text: texts.en, locale: 'en', fallback: false };
  return { text: texts.da, locale: 'da', fallback: locale === 'en' };
}

/** Who may publish: a desk manager; with four-eyes review on, also an agent who did not write the current version. */
export function mayPublish(role: Role, fourEyes: boolean, personId: number, lastEditorId: number | null): boolean {
  if (role === 'manager') return true;
  return role === 'agent' && fourEyes && lastEditorId !== null && lastEditorId !== personId;
}
