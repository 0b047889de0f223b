// How a full-text search hit reads in the API's case list: the rank, where the best match was found,
// and a plain-text snippet with the matching words given as [start, end) character offsets (so a
// client marks them up itself; nothing is HTML).
import type { SearchHit, SnippetSource } from '../../services/cases/search/search.js';

export interface SearchResult {
  rank: number;
  source: SnippetSource | null;
  snippet: string | null;
  highlights: [number, number][];
}

export function searchResult(hit: SearchHit): SearchResult {
  let snippet = '';
  const highlights: [number, number][] = [];
  for (const seg of hit.snippet ?? []) {
    if (seg.hit) highlights.push([snippet.length, snippet.length + seg.text.length]);
    snippet += seg.text;
  }
  return { rank: hit.rank, source: hit.source, snippet: hit.snippet ? snippet : null, highlights };
}
