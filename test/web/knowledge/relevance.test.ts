// Relevance of the help centre's suggestions on a fixed set (issue 19): the demo articles and the
// questions of relevance-set.ts, asked as a support contact of Udvidet A/S through GET /help/suggest.
// The expected article must be among the first three for at least 90 % of the questions; the figure
// and every miss are printed.
import { afterAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { DEMO_ARTICLES } from '../../../db/demo/articles.js';
import { tokenFor } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { RELEVANCE_SET } from './relevance-set.js';

afterAll(closeTestDatabase);

describe('help centre relevance on a fixed set', () => {
  it('has the expected article among the first three for ≥ 90 % of the questions', async () => {
    expect(DEMO_ARTICLES.length).toBeGreaterThanOrEqual(40);
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(60);
    const rows = await testDatabase().sequelize.query<{ id: number; title_da: string }>('SELECT id, title_da FROM articles WHERE title_da IN (:titles)', {
      type: QueryTypes.SELECT,
      replacements: { titles: DEMO_ARTICLES.map((a) => a.title.da) },
    });
    const idOf = new Map(DEMO_ARTICLES.map((a) => [a.key, rows.find((r) => r.title_da === a.title.da)?.id]));
    const token = await tokenFor('kontakt1@udvidet.test');
    const misses: string[] = [];
    let hits = 0;
    for (const { q, expect: key } of RELEVANCE_SET) {
      const res = await checkedApi<{ articles: { id: number; title: string }[] }>('GET', `/help/suggest?q=${encodeURIComponent(q)}`, { token });
      expect(res.status).toBe(200);
      const ids = res.body.articles.map((a) => a.id);
      if (ids.slice(0, 3).includes(idOf.get(key)!)) hits += 1;
      else misses.push(`  "${q}" → expected ${key}, got ${res.body.articles.map((a) => a.title).join(' | ') || 'nothing'}`);
    }
    const share = hits / RELEVANCE_SET.length;
    process.stdout.write(
      `help centre relevance: ${hits} of ${RELEVANCE_SET.length} questions (${(share * 100).toFixed(1)} %) have the expected article in the first three\n${misses.join('\n')}\n`,
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
