// "Write an article" from a resolved or closed case (SPEC §8): the title from the case, the question
// from its description, the answer from the resolution summary and the desk's last message to the
// customer — each without the names the desk knows (the contact, their company and colleagues, the
// staff), e-mail addresses or phone numbers. The article names the case as its source, and the case's
// timeline shows the article: an event written by this service under a stream of its own
// (`article-<id>`, numbered by case), so it never collides with the workflow's `case-<n>` sequence.
import { QueryTypes, type Transaction } from 'sequelize';
import { withoutPersonalData } from '../../domain/knowledge/anonymise.js';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { conflict, invalid } from '../errors.js';

/** The case states an article may be written from. */
export const ARTICLE_SOURCE_STATUSES = ['resolved', 'closed'] as const;

interface SourceRow {
  number: number;
  status: string;
  title: string;
  description: string;
  company_name: string;
  summary: string | null;
  last_message: string | null;
  names: string[];
}

export interface Drafted {
  title: string;
  body: string;
}

/** The draft's title and body from the case; a case that is not resolved or closed is refused. */
export async function draftFromCase(s: Services, caseNumber: number, t?: Transaction): Promise<Drafted> {
  const [c] = await s.db.sequelize.query<SourceRow>(
    `SELECT c.number, c.status, c.title, c.description, co.name AS company_name,
            (SELECT e.text FROM case_events e WHERE e.case_number = c.number AND e.kind IN ('resolve', 'deliver') AND e.text <> ''
              ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) AS summary,
            (SELECT m.body FROM case_messages m JOIN people a ON a.id = m.author_id
              WHERE m.case_number = c.number AND NOT m.internal AND a.role IN ('agent', 'manager') ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS last_message,
            ARRAY(SELECT p.first_name || ' ' || p.last_name FROM people p
                   WHERE p.company_id = c.company_id OR p.role IN ('agent', 'manager') OR p.id = c.contact_id
                  UNION SELECT e.actor_name FROM case_events e WHERE e.case_number = c.number AND e.actor_name IS NOT NULL) AS names
       FROM cases c JOIN companies co ON co.id = c.company_id WHERE c.number = :caseNumber`,
    { type: QueryTypes.SELECT, replacements: { caseNumber }, transaction: t },
  );
  if (!c) throw invalid({ sourceCase: 'unknown_case' });
  if (!(ARTICLE_SOURCE_STATUSES as readonly string[]).includes(c.status)) throw conflict('knowledge:refusals.not_resolved', { number: c.number });
  const names = [...c.names, c.company_name];
  const clean = (text: string) => withoutPersonalData(text, names).trim();
  const answer = [c.summary, c.last_message].filter((x): x is string => !!x && x.trim() !== '').map(clean);
  const body = ['## Spørgsmål', '', clean(c.description) || clean(c.title), '', '## Svar', '', answer.length ? [...new Set(answer)].join('\n\n') : '…'].join(
    '\n',
  );
  return { title: clean(c.title).slice(0, 200) || `#${c.number}`, body: body.slice(0, 20_000) };
}

/** Names the case as the article's source and puts the article on the case's timeline (desk only), once. */
export async function linkSourceCase(s: Services, t: Transaction, articleId: number, caseNumber: number, by: Person, title: string): Promise<void> {
  const at = new Date(s.now());
  await s.db.sequelize.query(
    `INSERT INTO article_links (article_id, case_number, kind, created_at) VALUES (:articleId, :caseNumber, 'source', :at) ON CONFLICT DO NOTHING`,
    {
      transaction: t,
      replacements: { articleId, caseNumber, at },
    },
  );
  await s.db.sequelize.query(
    `INSERT INTO case_events (workflow_id, seq, case_number, kind, actor_id, actor_name, actor_role, text, visibility, data, occurred_at)
     VALUES (:stream, :caseNumber, :caseNumber, 'article', :by, :name, :role, :title, 'internal', CAST(:data AS jsonb), :at)
     ON CONFLICT (workflow_id, seq) DO NOTHING`,
    {
      transaction: t,
      replacements: {
        stream: `article-${articleId}`,
        caseNumber,
        by: by.id,
        name: by.fullName,
        role: by.role,
        title,
        data: JSON.stringify({ article: articleId }),
        at,
      },
    },
  );
}
