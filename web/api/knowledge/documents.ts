// How knowledge reads in the JSON API: an article, a suggestion, a canned response and an announcement
// as the OpenAPI document describes them (web/api/openapi/knowledge.ts).
import type { Article } from '../../../services/knowledge/article-store.js';
import type { CannedResponse } from '../../../services/knowledge/canned.js';
import type { Announcement } from '../../../services/knowledge/announcement-reads.js';
import type { Suggestion } from '../../../services/knowledge/search.js';
import { markedText } from '../../../services/cases/search/search.js';
import { notFound } from '../../../services/errors.js';

/** An id in the path; anything else is simply not there (404). */
export function idParam(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) throw notFound();
  const n = Number(raw);
  if (n > 2_147_483_647) throw notFound();
  return n;
}

export const articleDocument = (a: Article) => ({
  id: a.id,
  status: a.status,
  audience: a.audience,
  company: a.companyId,
  category: a.category,
  title: { da: a.title.da, en: a.title.en },
  body: { da: a.body.da, en: a.body.en },
  version: a.version,
  sourceCases: a.sourceCases,
  publishedAt: a.publishedAt ? a.publishedAt.toISOString() : null,
  updatedAt: a.updatedAt.toISOString(),
});

export const suggestionDocument = (x: Suggestion) => ({ id: x.id, title: x.title, snippet: markedText(x.snippet) });

export const cannedDocument = (c: CannedResponse) => ({
  id: c.id,
  name: c.name,
  text: { da: c.text.da, en: c.text.en },
  shared: c.shared,
  owner: c.owner,
  updatedAt: c.updatedAt.toISOString(),
});

/** A customer sees an announcement and whether they read it; staff also its companies and read counts. */
export function announcementDocument(a: Announcement, staff: boolean) {
  const base = {
    id: a.id,
    title: { da: a.title.da, en: a.title.en },
    body: { da: a.body.da, en: a.body.en },
    important: a.important,
    createdAt: a.createdAt.toISOString(),
  };
  if (!staff) return { ...base, read: a.readAt !== null, readAt: a.readAt ? a.readAt.toISOString() : null };
  return { ...base, companies: a.companies ? a.companies.map((c) => c.id) : null, recipientCount: a.recipientCount, readCount: a.readCount };
}
