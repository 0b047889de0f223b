// The pure helpers behind search snippets, files on the timeline, the audit log's before/after, a
// fixed price's minutes and the urgency of a first response.
import { describe, expect, it } from 'vitest';
import { caseNumberOf, jumpTarget, markedText, segmentsOf } from '../../services/cases/search/search.js';
import { searchResult } from '../../web/api/search-result.js';
import { placeFiles, type PlaceableEntry, type PlacedFile } from '../../services/cases/timeline-attachments.js';
import { fieldChanges } from '../../services/audit/log.js';
import { flatten } from '../../services/audit/terms.js';
import { shownMinutes } from '../../domain/billing-display.js';
import { urgency } from '../../web/cases/time-left.js';

const S = '\u0002';
const E = '\u0003';

describe('search snippets', () => {
  it('turns ts_headline marks into segments and back', () => {
    const segments = segmentsOf(`Når jeg sender en ${S}faktura${E} sker der … ${S}fakturaen${E} fejler`);
    expect(segments).toEqual([
      { text: 'Når jeg sender en ', hit: false },
      { text: 'faktura', hit: true },
      { text: ' sker der … ', hit: false },
      { text: 'fakturaen', hit: true },
      { text: ' fejler', hit: false },
    ]);
    expect(markedText(segments, '*')).toBe('Når jeg sender en *faktura* sker der … *fakturaen* fejler');
    expect(segmentsOf('no marks')).toEqual([{ text: 'no marks', hit: false }]);
    expect(segmentsOf(`stray ${S}start only`)).toEqual([{ text: 'stray start only', hit: false }]);
    expect(segmentsOf('')).toEqual([]);
  });

  it('gives the API the snippet as text with [start, end) offsets of the matches', () => {
    const result = searchResult({ rank: 0.5, source: 'message', title: [], snippet: segmentsOf(`a ${S}bc${E} d ${S}e${E}`) });
    expect(result).toEqual({
      rank: 0.5,
      source: 'message',
      snippet: 'a bc d e',
      highlights: [
        [2, 4],
        [7, 8],
      ],
    });
    expect(result.highlights.map(([a, b]) => result.snippet!.slice(a, b))).toEqual(['bc', 'e']);
    expect(searchResult({ rank: 1, source: null, title: [], snippet: null })).toEqual({ rank: 1, source: null, snippet: null, highlights: [] });
  });

  it('reads a case number, and jumps only for #number', () => {
    expect(caseNumberOf('#1042')).toBe(1042);
    expect(caseNumberOf(' 1042 ')).toBe(1042);
    expect(caseNumberOf('# 1042')).toBe(1042);
    expect(caseNumberOf('fejl 1042')).toBeNull();
    expect(jumpTarget('#1042')).toBe(1042);
    expect(jumpTarget('1042')).toBeNull();
    expect(jumpTarget(undefined)).toBeNull();
  });
});

describe('files on the timeline', () => {
  const at = (minute: number) => new Date(Date.UTC(2025, 2, 3, 9, minute));
  const timeline: PlaceableEntry[] = [
    { at: at(0), kind: 'received', source: 'event', ref: 1, actorId: null },
    { at: at(5), kind: 'acknowledge', source: 'event', ref: 2, actorId: 7 },
    { at: at(10), kind: 'note', source: 'message', ref: 31, actorId: 7 },
    { at: at(20), kind: 'reply', source: 'event', ref: 3, actorId: 9 },
  ];
  const file = (id: number, f: Partial<PlacedFile>): PlacedFile => ({ id, messageId: null, eventSeq: null, uploadedById: null, createdAt: at(0), ...f });

  it('puts each file on the entry it came with, request files on the receipt', () => {
    const placed = placeFiles(timeline, [
      file(1, { uploadedById: 9 }),
      file(2, { messageId: 31, uploadedById: 7 }),
      file(3, { eventSeq: 3, uploadedById: 9 }),
      file(4, { eventSeq: 3, uploadedById: 9 }),
    ]);
    expect(placed.map((files) => files.map((f) => f.id))).toEqual([[1], [], [2], [3, 4]]);
  });

  it("puts an unplaced file with its uploader's nearest entry, and one whose entry is not shown on the receipt", () => {
    const placed = placeFiles(timeline, [file(5, { uploadedById: 9, createdAt: at(21) }), file(6, { messageId: 99 }), file(7, { eventSeq: 42 })]);
    expect(placed.map((files) => files.map((f) => f.id))).toEqual([[6, 7], [], [], [5]]);
  });
});

describe('the audit log', () => {
  it('lists only the fields that changed, with their values before and after', () => {
    expect(fieldChanges({ name: 'A', role: 'agent', active: true }, { name: 'A', role: 'manager', active: true })).toEqual([
      { field: 'role', before: 'agent', after: 'manager' },
    ]);
    expect(fieldChanges(null, { name: 'Ny' })).toEqual([{ field: 'name', before: null, after: 'Ny' }]);
    expect(fieldChanges(null, null)).toEqual([]);
  });

  it('flattens the terms into dotted keys', () => {
    expect(flatten({ prices: { hourlyRateOre: 95000, contactTrainingHours: { standard: 2 } }, timers: { reopenDays: 5 } })).toEqual({
      'prices.hourlyRateOre': 95000,
      'prices.contactTrainingHours.standard': 2,
      'timers.reopenDays': 5,
    });
  });
});

describe('reading figures', () => {
  it('shows no minutes for a fixed price or a line without time', () => {
    expect(shownMinutes({ kind: 'quote_price', minutes: 600 })).toBeNull();
    expect(shownMinutes({ kind: 'extra_contact', minutes: 0 })).toBeNull();
    expect(shownMinutes({ kind: 'time', minutes: 45 })).toBe(45);
    expect(shownMinutes({ kind: 'estimation_credit', minutes: -90 })).toBe(-90);
  });

  it('rates a first response by its working minutes left', () => {
    expect(urgency(-1, 480)).toBe('u-overdue');
    expect(urgency(120, 480)).toBe('u-soon');
    expect(urgency(121, 480)).toBe('u-ok');
    expect(urgency(null, 480)).toBe('u-paused');
  });
});
