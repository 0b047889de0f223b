// Bulk-loads published help-centre articles for the suggestion benchmark (issue 19: 10 000 articles),
// each a text of its own: a topic (one of the demo articles, db/demo/articles*.ts, whose content words
// it uses often), two terms of its own (a made-up field or report name, used in its title and body), and
// otherwise words drawn with a Zipf-like skew from some 20 000 words per language (article-words.ts:
// the demo texts' words, a help centre's vocabulary, Danish compounds and made-up names) — so a few
// words are in most articles, a topic's words in a share of them, and most words in a handful, as in a
// real help centre. Danish always, English for seven in ten; about 80 % for every contact, 15 % for one
// company, 5 % for the desk only. Loaded with the article triggers off; the search documents, the word
// list and the term counts are then built in one pass each (knowledge_rebuild(), migration 0092).
import type { Sequelize } from 'sequelize';
import { DEMO_ARTICLES } from '../../../db/demo/articles.js';
import { CONTENT_WORDS, FUNCTION_WORDS, NAME_SYLLABLES } from './article-words.js';

type Lang = 'da' | 'en';
const VOCABULARY = 20_000;

/**
 * A deterministic pseudo-random sequence (the same articles every run): mulberry32, in 32-bit integer
 * arithmetic. (A linear congruential step in floating point, \`x * 1103515245\`, loses its low bits past
 * 2^53 and falls into a cycle of some 10 000 values — too few for a 20 000-word vocabulary.)
 */
function random(seed: number): () => number {
  let x = seed | 0;
  return () => {
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length >= 2 && !w.startsWith('-') && !w.endsWith('-'));

/** Draws index r of `n` with weight 1/(r+1): rank 0 most often. */
function zipf(n: number, next: () => number): () => number {
  const cumulative = new Float64Array(n);
  for (let r = 0, sum = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1);
  const total = cumulative[n - 1]!;
  return () => {
    const x = next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Language {
  small: string[];
  content: string[];
  topics: string[][];
  drawSmall: () => number;
  drawContent: () => number;
}

/** A language's words: its small words, its content words in a shuffled order of frequency, and each demo topic's words. */
function language(lang: Lang, next: () => number): Language {
  const small = FUNCTION_WORDS[lang].split(/\s+/).filter(Boolean);
  const isSmall = new Set(small);
  const own = (text: string) => wordsOf(text).filter((w) => !isSmall.has(w));
  const base = [...new Set([...DEMO_ARTICLES.flatMap((a) => own(`${a.title[lang]} ${a.body[lang]}`)), ...own(CONTENT_WORDS[lang])])];
  const words = new Set(base);
  // Danish joins words (lønrapport, lagerliste); every language names things (a bank, a report, a field).
  const stems = base.filter((w) => w.length <= 7 && !/(en|et|ne|er)$/.test(w) && !w.includes('-'));
  while (words.size < VOCABULARY) {
    if (lang === 'da' && next() < 0.5) words.add(stems[Math.floor(next() * stems.length)]! + stems[Math.floor(next() * stems.length)]!);
    else words.add(Array.from({ length: 2 + Math.floor(next() * 2) }, () => NAME_SYLLABLES[Math.floor(next() * NAME_SYLLABLES.length)]).join(''));
  }
  const content = [...words];
  for (let i = content.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [content[i], content[j]] = [content[j]!, content[i]!];
  }
  // A topic: its demo article's words and forty more of the common part of the vocabulary.
  const topics = DEMO_ARTICLES.map((a) => [
    ...new Set([...own(`${a.title[lang]} ${a.body[lang]}`), ...Array.from({ length: 40 }, () => content[Math.floor(next() * 3000)]!)]),
  ]);
  return { small, content, topics, drawSmall: zipf(small.length, next), drawContent: zipf(content.length, next) };
}

/** One article's title and Markdown body in one language. */
function write(l: Language, topic: string[], terms: string[], next: () => number): { title: string; body: string } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const word = () => {
    const roll = next();
    if (roll < 0.45) return l.small[l.drawSmall()]!;
    if (roll < 0.65) return pick(topic);
    if (roll < 0.69) return pick(terms);
    return l.content[l.drawContent()]!;
  };
  const title = [pick(topic), ...(next() < 0.6 ? [pick(terms)] : []), pick(l.small), pick(topic), ...(next() < 0.5 ? [pick(topic)] : [])];
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const paragraphs: string[] = [];
  const length = 80 + Math.floor(next() * 240);
  for (let n = 0; n < length;) {
    const list = next() < 0.25;
    const sentences: string[] = [];
    for (let s = 0, count = 2 + Math.floor(next() * 3); s < count; s++) {
      const words = Array.from({ length: 6 + Math.floor(next() * 9) }, word);
      if (next() < 0.2) words[1] = `**${words[1]}**`;
      n += words.length;
      sentences.push(`${list ? '- ' : ''}${capital(words.join(' '))}.`);
    }
    paragraphs.push(sentences.join(list ? '\n' : ' '));
  }
  return { title: capital(title.join(' ')).slice(0, 200), body: paragraphs.join('\n\n').slice(0, 20_000) };
}

/** `total` more published articles (triggers off while loading), then their search documents, words and term counts. */
export async function bulkLoadArticles(db: Sequelize, total: number, companies: string[]): Promise<void> {
  const next = random(42);
  const langs = { da: language('da', next), en: language('en', next) };
  const BATCH = 1000;
  await db.query('ALTER TABLE articles DISABLE TRIGGER USER');
  try {
    for (let start = 0; start < total; start += BATCH) {
      const rows: unknown[][] = [];
      for (let i = start; i < Math.min(total, start + BATCH); i++) {
        const t = Math.floor(next() * DEMO_ARTICLES.length);
        const seed = DEMO_ARTICLES[t]!;
        const terms = (l: Language) => [
          l.content[3000 + Math.floor(next() * (VOCABULARY - 3000))]!,
          l.content[3000 + Math.floor(next() * (VOCABULARY - 3000))]!,
        ];
        const da = write(langs.da, langs.da.topics[t]!, terms(langs.da), next);
        const en = next() < 0.7 ? write(langs.en, langs.en.topics[t]!, terms(langs.en), next) : null;
        const roll = next();
        const audience = roll < 0.8 ? 'public' : roll < 0.95 ? 'company' : 'internal';
        const published = new Date(Date.now() - Math.floor(next() * 3 * 365) * 86_400_000).toISOString();
        rows.push([
          audience,
          audience === 'company' ? companies[i % companies.length] : null,
          seed.category,
          da.title,
          en?.title ?? null,
          da.body,
          en?.body ?? null,
          published,
        ]);
      }
      const column = (k: number) => rows.map((r) => r[k]);
      await db.query(
        `INSERT INTO articles (status, audience, company_id, category, title_da, title_en, body_da, body_en, published_at)
         SELECT 'published', u.a, u.c, u.k, u.td, u.te, u.bd, u.be, u.p
           FROM unnest(ARRAY[:a]::text[], ARRAY[:c]::text[], ARRAY[:k]::text[], ARRAY[:td]::text[], ARRAY[:te]::text[], ARRAY[:bd]::text[], ARRAY[:be]::text[], ARRAY[:p]::timestamptz[])
                AS u(a, c, k, td, te, bd, be, p)`,
        { replacements: { a: column(0), c: column(1), k: column(2), td: column(3), te: column(4), bd: column(5), be: column(6), p: column(7) } },
      );
    }
  } finally {
    await db.query('ALTER TABLE articles ENABLE TRIGGER USER');
  }
  await db.query('SELECT knowledge_rebuild()');
}
