// Article bodies are Markdown (SPEC §8), rendered with markdown-it — raw HTML off, so what an author
// types is text — and the result passed through sanitize-html with a short allow-list, so no markup an
// author (or a compromised account) writes can run in a reader's browser. Images are the article's own
// attachments, written `![what it shows](image:12)`; any other image source is dropped.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

/** Where an article's image is served (web/knowledge/images.ts checks the reader may read the article). */
export const imagePath = (articleId: number, imageId: number) => `/knowledge/articles/${articleId}/images/${imageId}`;

const IMAGE_REF = /^image:(\d{1,9})$/;

function options(articleId: number): sanitizeHtml.IOptions {
  return {
    allowedTags: [
      'p',
      'br',
      'h2',
      'h3',
      'h4',
      'ul',
      'ol',
      'li',
      'strong',
      'em',
      'code',
      'pre',
      'blockquote',
      'a',
      'img',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: { a: ['href', 'rel', 'target'], img: ['src', 'alt'], ol: ['start'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    transformTags: {
      // A heading of level 1 would compete with the page's own title.
      h1: 'h2',
      a: (tagName, attribs) => {
        const href = attribs.href ?? '';
        const external = /^https?:/i.test(href);
        const safe: sanitizeHtml.Attributes = external ? { href, rel: 'noopener noreferrer nofollow', target: '_blank' } : { href };
        return { tagName, attribs: safe };
      },
      img: (tagName, attribs) => {
        const ref = IMAGE_REF.exec(attribs.src ?? '');
        const own: sanitizeHtml.Attributes = ref ? { src: imagePath(articleId, Number(ref[1])), alt: attribs.alt ?? '' } : {};
        return { tagName, attribs: own };
      },
    },
    // An image whose source is not the article's own is dropped.
    exclusiveFilter: (frame) => frame.tag === 'img' && !(frame.attribs.src ?? '').startsWith(`/knowledge/articles/${articleId}/images/`),
  };
}

/** Safe HTML of an article's Markdown body. */
export function renderArticleBody(body: string, articleId: number): string {
  return sanitizeHtml(md.render(body), options(articleId));
}

/** The body as plain text (for snippets, inserted answers and mails): the words without the Markdown. */
export function plainText(body: string): string {
  return body
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string, href: string) => (/^https?:/i.test(href) ? `${label} (${href})` : label))
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^*])\*(?!\s)([^*]+)\*/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s*>\s?/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
