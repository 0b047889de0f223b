// The OpenAPI parts of knowledge and self-help (SPEC §8): articles, the help centre's suggestions,
// feedback, deflections and figures, canned responses, and announcements.
import { AUDIENCES, ARTICLE_STATUSES, LIMITS } from '../../../domain/knowledge/articles.js';
import { PLACEHOLDERS } from '../../../domain/knowledge/placeholders.js';
import { CALENDAR_DATE_PATTERN } from '../../../services/companies/admin-forms.js';
import { POSTED_ERRORS, R, bool, dateTime, int, json, nullable, obj, ref, str, textSchema, withRules, type Schema } from './parts.js';
import { idempotent } from './tokens.js';

/** A day in a query: YYYY-MM-DD, or empty (not given). */
const date: Schema = { type: 'string', pattern: `^$|${CALENDAR_DATE_PATTERN}`, description: 'A day in the desk’s time zone, YYYY-MM-DD; empty: not given.' };
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: `The ${what}'s id.` });
/** A text in Danish (required, not blank) and English (optional): multi-line, no control characters. */
const bilingual = (max: number, description: string): Schema => ({
  ...obj({ da: textSchema(max, {}, true), en: nullable(textSchema(max)) }, ['da']),
  description,
});
const line = (max: number, filled = false) => textSchema(max, { multiline: false }, filled);
/** An id in a body: a positive 32-bit integer, as the database keeps it. */
const idInBody: Schema = { type: 'integer', minimum: 1, maximum: 2_147_483_647 };
const bilingualOut: Schema = obj({ da: str, en: nullable(str) });
const GET_ERRORS = { 401: R[401], 403: R[403], 404: R[404], 500: R[500] };

export function knowledgeSchemas(): Record<string, Schema> {
  return {
    ArticleStatus: { type: 'string', enum: [...ARTICLE_STATUSES] },
    Audience: {
      type: 'string',
      enum: [...AUDIENCES],
      description: "`public`: every support contact · `company`: one company's contacts (notes on its implemented workflows) · `internal`: the desk only.",
    },
    Article: obj({
      id: int,
      status: ref('ArticleStatus'),
      audience: ref('Audience'),
      company: { ...nullable(str), description: "The company's id for a `company` article, else null." },
      category: nullable(str),
      title: bilingualOut,
      body: { ...bilingualOut, description: 'Markdown; images of the article are written `![text](image:<id>)`.' },
      version: { type: 'integer', minimum: 1, description: 'Raised by every change of content; every version is kept.' },
      sourceCases: { type: 'array', items: int, description: 'The cases it was written from (a support contact sees only their own company’s).' },
      publishedAt: nullable(dateTime),
      updatedAt: dateTime,
    }),
    ArticleList: obj({ items: { type: 'array', items: ref('Article') } }),
    NewArticle: {
      ...obj(
        {
          title: bilingual(LIMITS.title, 'Danish required, English optional. May be left out with `sourceCase`.'),
          body: bilingual(LIMITS.body, 'Markdown. May be left out with `sourceCase`.'),
          audience: ref('Audience'),
          company: { ...nullable(line(60)), description: 'The company’s id; required for `company`.' },
          category: {
            ...nullable(line(LIMITS.category)),
            description: 'payroll, orders, invoices, users, integrations, general — or any other name.',
          },
          sourceCase: {
            ...idInBody,
            description:
              'A resolved or closed case the article answers (409 otherwise). Without title and body the draft is written from it: the title from the case, the question from its description, the answer from the resolution summary and the desk’s last message — without names, e-mail addresses or phone numbers. The case’s timeline shows the article.',
          },
        },
        ['audience'],
      ),
    },
    Suggestion: obj({ id: int, title: { ...str, description: 'In your language, or Danish when the article has no English.' }, snippet: str }),
    Suggestions: obj({ articles: { type: 'array', items: ref('Suggestion'), maxItems: 3, description: 'Best first.' } }),
    Feedback: obj({ article: idInBody, helpful: bool, comment: { ...textSchema(LIMITS.comment), description: 'What was missing.' } }, ['article', 'helpful']),
    Deflection: obj({ article: idInBody, query: { ...textSchema(LIMITS.query, {}, true), description: 'What the contact had typed.' } }),
    HelpStats: obj({
      from: date,
      to: date,
      views: { type: 'integer', minimum: 0, description: 'Article pages opened by support contacts.' },
      helpful: { type: 'integer', minimum: 0 },
      notHelpful: { type: 'integer', minimum: 0 },
      deflected: { type: 'integer', minimum: 0, description: '"This solved it" instead of a new request.' },
      noResultQueries: {
        type: 'array',
        items: obj({ query: str, count: int }),
        description: 'Searches and suggestions that found nothing, most frequent first.',
      },
    }),
    CannedResponse: obj({
      id: int,
      name: str,
      text: bilingualOut,
      shared: { ...bool, description: 'Shared with the whole desk, or the owner’s own.' },
      owner: str,
      updatedAt: dateTime,
    }),
    NewCannedResponse: obj({
      name: line(100, true),
      text: bilingual(10_000, `Placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`),
      shared: bool,
    }),
    CannedResponseList: obj({ items: { type: 'array', items: ref('CannedResponse') } }),
    RenderedText: obj({ text: str, locale: { type: 'string', enum: ['da', 'en'], description: 'The case contact’s language.' } }),
    NewAnnouncement: obj(
      {
        title: bilingual(200, 'Danish required, English optional.'),
        body: bilingual(20_000, 'Plain text.'),
        companies: {
          type: 'array',
          items: line(60),
          maxItems: 500,
          description: 'Company ids; left out or empty: every company. An unknown one is refused (422 `unknown_company`).',
        },
        important: bool,
      },
      ['title', 'body'],
    ),
    Announcement: obj(
      {
        id: int,
        title: bilingualOut,
        body: bilingualOut,
        important: bool,
        createdAt: dateTime,
        read: { ...bool, description: 'Support contacts and price approvers: whether you marked it read.' },
        readAt: nullable(dateTime),
        companies: { ...nullable({ type: 'array', items: str }), description: 'Staff: the companies it went to; null for all.' },
        recipientCount: int,
        readCount: int,
        recipients: { type: 'array', items: obj({ email: str, readAt: nullable(dateTime) }), description: 'Staff, one announcement: who it went to.' },
      },
      ['id', 'title', 'body', 'important', 'createdAt'],
    ),
    AnnouncementList: obj({ items: { type: 'array', items: ref('Announcement') } }),
  };
}

export function knowledgePaths(): Record<string, Schema> {
  const tags = ['knowledge'];
  return {
    '/articles': {
      get: {
        operationId: 'listArticles',
        tags,
        summary: 'Staff: every article in every state, newest change first',
        responses: { 200: json(ref('ArticleList'), 'The articles.'), 401: R[401], 403: R[403], 500: R[500] },
      },
      post: idempotent(
        withRules(
          {
            operationId: 'createArticle',
            tags,
            summary: 'Staff: write a draft article (from a resolved case in one step)',
            requestBody: { required: true, content: { 'application/json': { schema: ref('NewArticle') } } },
            responses: { 201: json(ref('Article'), 'The draft.'), 404: R[404], 409: error409('The source case is not resolved or closed.'), ...POSTED_ERRORS },
          },
          { sourceCase: ['unknown_case'], company: ['required', 'unknown_company'], title: ['required'], body: ['required'] },
        ),
      ),
    },
    '/articles/{id}': {
      get: {
        operationId: 'getArticle',
        tags,
        summary: 'One article',
        description: 'A support contact reads published `public` articles and their own company’s; a draft, an internal article or another company’s is 404.',
        parameters: [idParam('article')],
        responses: { 200: json(ref('Article'), 'The article.'), ...GET_ERRORS },
      },
    },
    '/articles/{id}/publish': {
      post: idempotent({
        operationId: 'publishArticle',
        tags,
        summary: 'Desk manager (or, with four-eyes review on, an agent who did not write the current version): publish',
        parameters: [idParam('article')],
        responses: { 200: json(ref('Article'), 'Published (already published: unchanged).'), ...GET_ERRORS },
      }),
    },
    '/help/suggest': {
      get: {
        operationId: 'suggestArticles',
        tags,
        summary: 'The three best published articles for what was typed',
        description:
          'Danish and English full-text search (inflected forms find their stem), forgiving one wrong or missing letter. Contacts: public articles and their company’s; staff: also internal ones. A search by a contact that finds nothing is kept as a content gap.',
        parameters: [{ name: 'q', in: 'query', required: false, schema: textSchema(LIMITS.query) }],
        responses: { 200: json(ref('Suggestions'), 'Best first.'), 401: R[401], 403: R[403], 500: R[500] },
      },
    },
    '/help/feedback': {
      post: idempotent({
        operationId: 'articleFeedback',
        tags,
        summary: 'Support contact: "did this answer your question?" (a later answer replaces yours)',
        requestBody: { required: true, content: { 'application/json': { schema: ref('Feedback') } } },
        responses: { 201: json(obj({ article: int, helpful: bool }), 'Recorded.'), 404: R[404], ...POSTED_ERRORS },
      }),
    },
    '/help/deflections': {
      post: idempotent({
        operationId: 'recordDeflection',
        tags,
        summary: 'Support contact: "this solved it" — the article answered what they were about to file',
        requestBody: { required: true, content: { 'application/json': { schema: ref('Deflection') } } },
        responses: { 201: json(obj({ article: int }), 'Recorded.'), 404: R[404], ...POSTED_ERRORS },
      }),
    },
    '/help/stats': {
      get: withRules(
        {
          operationId: 'helpStats',
          tags,
          summary: 'Desk manager: the help centre’s figures over a period (both days included)',
          parameters: [
            { name: 'from', in: 'query', required: false, schema: date },
            { name: 'to', in: 'query', required: false, schema: date },
          ],
          responses: { 200: json(ref('HelpStats'), 'The figures.'), 401: R[401], 403: R[403], 422: R[422], 500: R[500] },
        },
        { to: ['period_reversed', 'period_too_long'] },
      ),
    },
    '/canned-responses': {
      get: {
        operationId: 'listCannedResponses',
        tags,
        summary: 'Staff: your canned responses and the shared ones',
        responses: { 200: json(ref('CannedResponseList'), 'By name.'), 401: R[401], 403: R[403], 500: R[500] },
      },
      post: idempotent(
        withRules(
          {
            operationId: 'createCannedResponse',
            tags,
            summary: 'Staff: keep a canned response (yours, or shared with the desk)',
            requestBody: { required: true, content: { 'application/json': { schema: ref('NewCannedResponse') } } },
            responses: { 201: json(ref('CannedResponse'), 'Kept.'), ...POSTED_ERRORS },
          },
          { 'text.da': ['unknown_placeholder'], 'text.en': ['unknown_placeholder'] },
        ),
      ),
    },
    '/canned-responses/{id}': {
      get: {
        operationId: 'getCannedResponse',
        tags,
        summary: 'Staff: one canned response',
        parameters: [idParam('canned response')],
        responses: { 200: json(ref('CannedResponse'), 'It.'), ...GET_ERRORS },
      },
      delete: {
        operationId: 'deleteCannedResponse',
        tags,
        summary: 'Its owner (a desk manager for a shared one): delete it',
        parameters: [idParam('canned response')],
        responses: { 204: { description: 'Deleted.' }, ...GET_ERRORS },
      },
    },
    '/canned-responses/{id}/render': {
      get: {
        operationId: 'renderCannedResponse',
        tags,
        summary: 'Staff: the text for a case, in its contact’s language, every placeholder filled',
        parameters: [idParam('canned response'), { name: 'case', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: { 200: json(ref('RenderedText'), 'The text.'), ...GET_ERRORS },
      },
    },
    '/announcements': {
      get: {
        operationId: 'listAnnouncements',
        tags,
        summary: 'Customers: the announcements sent to you (with `read`); staff: all',
        responses: { 200: json(ref('AnnouncementList'), 'Newest first.'), 401: R[401], 500: R[500] },
      },
      post: idempotent(
        withRules(
          {
            operationId: 'announce',
            tags,
            summary: 'Desk manager: announce to the support contacts and price approvers of all or chosen companies',
            description: 'Each recipient gets one mail in their language and a portal notice until they mark it read.',
            requestBody: { required: true, content: { 'application/json': { schema: ref('NewAnnouncement') } } },
            responses: { 201: json(obj({ id: int, recipients: int }), 'Sent; how many it went to.'), ...POSTED_ERRORS },
          },
          { companies: ['unknown_company'] },
        ),
      ),
    },
    '/announcements/{id}': {
      get: {
        operationId: 'getAnnouncement',
        tags,
        summary: 'Staff: one announcement with who has read it',
        parameters: [idParam('announcement')],
        responses: { 200: json(ref('Announcement'), 'With `recipients`.'), ...GET_ERRORS },
      },
    },
    '/announcements/{id}/read': {
      post: idempotent({
        operationId: 'markAnnouncementRead',
        tags,
        summary: 'A recipient: mark it read (no longer shown as a notice)',
        parameters: [idParam('announcement')],
        responses: { 204: { description: 'Marked read.' }, ...GET_ERRORS },
      }),
    },
    '/announcements/{id}/remind': {
      post: idempotent({
        operationId: 'remindAnnouncement',
        tags,
        summary: 'Desk manager: mail a reminder to every recipient who has not read it',
        parameters: [idParam('announcement')],
        responses: { 200: json(obj({ reminded: int }), 'How many were reminded.'), ...GET_ERRORS },
      }),
    },
  };
}

function error409(description: string): Schema {
  return json(ref('Error'), description);
}
