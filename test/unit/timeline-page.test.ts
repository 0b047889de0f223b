// The case timeline a page at a time (services/cases/timeline-page.ts): the two sources merged in one
// order (instant, an event before a message at the same instant, then sequence or id), the newest
// entries of a page oldest first, a cursor to the entries before them, and the page parameters checked.
import { describe, expect, it } from 'vitest';
import { encodeCursor, mergePage, parseTimelinePage } from '../../services/cases/timeline-page.js';
import { type Refusal } from '../../services/errors.js';

const ev = (seq: number, us: number) => ({ seq, us, at: `2030-01-01T10:00:00.${String(us).padStart(6, '0')}+00:00` });
const msg = (id: number, us: number) => ({ id, us, at: `2030-01-01T10:00:00.${String(us).padStart(6, '0')}+00:00` });

describe('merging a page', () => {
  it('orders by instant, an event before a message at the same instant; takes the newest; says where the page ends', () => {
    const events = [ev(4, 400), ev(3, 300), ev(2, 200)];
    const messages = [msg(9, 300), msg(8, 250), msg(7, 100)];
    const page = mergePage(events, messages, 4);
    expect(page.entries.map((e) => (e.source === 'event' ? `e${e.row.seq}` : `m${e.row.id}`))).toEqual(['m8', 'e3', 'm9', 'e4']);
    expect(page.next).toBe(encodeCursor({ at: msg(8, 250).at, rank: 1, ref: 8 }));
  });

  it('has no cursor when the page holds everything', () => {
    expect(mergePage([ev(1, 1)], [msg(1, 2)], 100).next).toBeNull();
  });
});

describe('the page parameters', () => {
  it('default to the newest 100', () => {
    expect(parseTimelinePage({})).toEqual({ limit: 100, before: null });
  });

  it('read a cursor the product gave out', () => {
    const at = '2030-01-01T10:00:00.123456+00:00';
    expect(parseTimelinePage({ limit: '500', before: encodeCursor({ at, rank: 0, ref: 12 }) })).toEqual({ limit: 500, before: { at, rank: 0, ref: 12 } });
  });

  it('refuse a limit out of range or a cursor that is not one, naming the parameter', () => {
    const fields = (q: Record<string, unknown>) => {
      try {
        parseTimelinePage(q);
        return null;
      } catch (err) {
        return (err as Refusal).fieldErrors;
      }
    };
    expect(fields({ limit: '0' })).toEqual({ limit: 'timeline_limit' });
    expect(fields({ limit: '501' })).toEqual({ limit: 'timeline_limit' });
    expect(fields({ limit: 'ten' })).toEqual({ limit: 'timeline_limit' });
    expect(fields({ before: 'nonsense' })).toEqual({ before: 'timeline_cursor' });
    expect(fields({ before: encodeCursor({ at: "2030-01-01'; DROP TABLE cases; --", rank: 0, ref: 1 }) })).toEqual({ before: 'timeline_cursor' });
    expect(fields({ before: ['a', 'b'] })).toEqual({ before: 'timeline_cursor' });
  });
});
