// The knowledge parts of the desk's case page: the texts an agent can insert into the case's fields
// (canned responses, and articles found with `?insert=…`), and the articles written from the case with
// "Write an article" when it is resolved or closed.
import type { Request } from 'express';
import type { Services } from '../../../services/context.js';
import { caseInsertables, type CaseInsertables } from '../../../services/knowledge/case-insert.js';
import { articlesFromCase } from '../../../services/knowledge/article-store.js';
import { ARTICLE_SOURCE_STATUSES } from '../../../services/knowledge/from-case.js';

export interface CaseKnowledge {
  insert: CaseInsertables;
  fromCase: Awaited<ReturnType<typeof articlesFromCase>>;
  canWrite: boolean;
}

export async function caseKnowledgeLocals(s: Services, req: Request, caseNumber: number, status: string): Promise<CaseKnowledge> {
  const raw = Array.isArray(req.query.insert) ? req.query.insert[0] : req.query.insert;
  const query = typeof raw === 'string' ? raw.trim().slice(0, 200) : '';
  const [insert, fromCase] = await Promise.all([caseInsertables(s, req.person!, caseNumber, query), articlesFromCase(s, caseNumber)]);
  return { insert, fromCase, canWrite: (ARTICLE_SOURCE_STATUSES as readonly string[]).includes(status) };
}
