// The pure rules of knowledge and self-help (issue 19): who reads and publishes an article, canned
// responses' placeholders, a case's text without people's names, e-mail addresses and phone numbers,
// and Markdown rendered safely.
import { describe, expect, it } from 'vitest';
import { inLanguage, mayPublish, mayRead } from '../../domain/knowledge/articles.js';
import { fillPlaceholders, unknownPlaceholders } from '../../domain/knowledge/placeholders.js';
import { withoutPersonalData } from '../../domain/knowledge/anonymise.js';
import { plainText, renderArticleBody } from '../../services/knowledge/markdown.js';

describe('who reads an article', () => {
  const a = (status: 'draft' | 'published' | 'archived', audience: 'public' | 'company' | 'internal', companyId: string | null = null) => ({
    status,
    audience,
    companyId,
  });
  it('a contact: published public articles and their own company’s; staff: everything; an approver: nothing', () => {
    const contact = { role: 'contact' as const, companyId: 'basis' };
    expect(mayRead(a('published', 'public'), contact)).toBe(true);
    expect(mayRead(a('published', 'company', 'basis'), contact)).toBe(true);
    expect(mayRead(a('published', 'company', 'udvidet'), contact)).toBe(false);
    expect(mayRead(a('published', 'internal'), contact)).toBe(false);
    expect(mayRead(a('draft', 'public'), contact)).toBe(false);
    expect(mayRead(a('archived', 'public'), contact)).toBe(false);
    expect(mayRead(a('published', 'public'), { role: 'approver', companyId: 'basis' })).toBe(false);
    expect(mayRead(a('draft', 'internal'), { role: 'agent', companyId: null })).toBe(true);
  });
  it('publishing: a manager, or with four-eyes review an agent who did not write it', () => {
    expect(mayPublish('manager', false, 1, 1)).toBe(true);
    expect(mayPublish('agent', false, 1, 2)).toBe(false);
    expect(mayPublish('agent', true, 1, 2)).toBe(true);
    expect(mayPublish('agent', true, 1, 1)).toBe(false);
    expect(mayPublish('contact', true, 1, 2)).toBe(false);
  });
  it('the reader’s language, or Danish with a note', () => {
    expect(inLanguage({ da: 'Hej', en: 'Hi' }, 'en')).toEqual({ text: 'Hi', locale: 'en', fallback: false });
    expect(inLanguage({ da: 'Hej', en: null }, 'en')).toEqual({ text: 'Hej', locale: 'da', fallback: true });
    expect(inLanguage({ da: 'Hej', en: 'Hi' }, 'da')).toEqual({ text: 'Hej', locale: 'da', fallback: false });
  });
});

describe('placeholders', () => {
  it('fills the known ones and names the unknown', () => {
    const values = {
      'contact.firstName': 'Karen',
      'contact.lastName': 'Jensen',
      'case.number': '1042',
      'case.title': 'Lønkørsel',
      'agent.firstName': 'Anna',
      responseDue: 'mandag kl. 15.00',
    };
    expect(
      fillPlaceholders('Hej {{contact.firstName}} {{ contact.lastName }}, #{{case.number}} {{case.title}} – {{responseDue}}. {{agent.firstName}}', values),
    ).toBe('Hej Karen Jensen, #1042 Lønkørsel – mandag kl. 15.00. Anna');
    expect(unknownPlaceholders('Hej {{contact.name}} og {{case.number}}')).toEqual(['contact.name']);
  });
});

describe('a case’s text without personal data', () => {
  it('takes out known names, e-mail addresses and phone numbers, not ordinary words or numbers', () => {
    const text =
      'Hej, det er Karen Jensen fra Basis ApS. Skriv til karen.jensen@basis.dk eller ring +45 20 30 40 50 / 12345678. Faktura 2024-117 på 1.250 kr. Mvh Anna';
    const out = withoutPersonalData(text, ['Karen Jensen', 'Anna Agent', 'Basis ApS']);
    expect(out).toBe('Hej, det er [navn] fra [navn]. Skriv til [e-mail] eller ring [telefon] / [telefon]. Faktura 2024-117 på 1.250 kr. Mvh [navn]');
  });
});

describe('Markdown', () => {
  it('renders safely: no HTML of the author, no script links, only the article’s own images', () => {
    const html = renderArticleBody(
      '# Titel\n\n**Fed** <script>alert(1)</script> [ud](https://x.dk) [js](javascript:alert(1))\n\n![skærm](image:3) ![fremmed](https://evil.test/x.png)\n\n<img src=x onerror=alert(1)>',
      7,
    );
    expect(html).toContain('<h2>Titel</h2>');
    expect(html).toContain('<strong>Fed</strong>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://x.dk" rel="noopener noreferrer nofollow" target="_blank">ud</a>');
    expect(html).not.toMatch(/href="javascript/);
    expect(html).toContain('<img src="/knowledge/articles/7/images/3" alt="skærm" />');
    expect(html).not.toContain('evil.test');
    expect(html).not.toMatch(/<img src="x"/);
    expect(plainText('## Svar\n\n**Klik** [her](https://x.dk) og `Gem`.')).toBe('Svar\n\nKlik her (https://x.dk) og Gem.');
  });
});
