// The figures shown with a timeline entry: what desk and portal word alike, and what each words itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, translator } from '../../i18n/index.js';
import { formatters } from '../../web/format.js';
import { sharedTimelineDetail } from '../../web/cases/timeline-detail.js';
import { timelineDetail as deskDetail } from '../../web/desk/present.js';
import { timelineDetail as portalDetail } from '../../web/portal/present.js';

beforeAll(async () => {
  await initI18n();
});

const entry = (kind: string, data: Record<string, unknown>) => ({ kind, data });

describe('timeline details', () => {
  it('words hours, a resumed case and where a case came from alike for both audiences', () => {
    const t = translator('da');
    const fmt = formatters('da');
    for (const detail of [deskDetail, portalDetail]) {
      expect(detail(entry('rough-estimate', { hours: 7.5 }), t, fmt, 'da')).toBe('7,5 timer');
      expect(detail(entry('offer-training', { hours: 1 }), t, fmt, 'da')).toBe('1 time');
      expect(detail(entry('reply', { resumed: true }), t, fmt, 'da')).toBe('sagen fortsætter');
      expect(detail(entry('reply', {}), t, fmt, 'da')).toBeNull();
      expect(detail(entry('received', { channel: 'phone' }), t, fmt, 'da')).toBe('Telefon');
    }
    expect(deskDetail(entry('received', { splitFrom: 12 }), t, fmt, 'da')).toBe('delt fra sag #12');
    expect(portalDetail(entry('received', { splitFrom: 12 }), t, fmt, 'da')).toBe('udskilt fra sag #12');
  });

  it('leaves the rest to each audience', () => {
    const t = translator('en');
    const fmt = formatters('en');
    expect(sharedTimelineDetail(entry('log-time', { minutes: 20 }), t, 'en', 'desk')).toBeUndefined();
    expect(deskDetail(entry('log-time', { minutes: 20, total: 20, note: 'call' }), t, fmt, 'en')).toMatch(/ · call$/);
    expect(portalDetail(entry('log-time', { minutes: 20, total: 20, note: 'call' }), t, fmt, 'en')).not.toContain('call');
    expect(deskDetail(entry('split', { titles: ['A', 'B'] }), t, fmt, 'en')).toBe('A · B');
    expect(portalDetail(entry('split', { titles: ['A', 'B'] }), t, fmt, 'en')).not.toContain('A');
  });

  it("says why a deadline moved and where it lies now; the customer is not shown the desk's own warning", () => {
    const t = translator('en');
    const fmt = formatters('en');
    const due = Date.UTC(2026, 5, 4, 8, 0);
    const warn = Date.UTC(2026, 5, 3, 13, 0);
    const moved = entry('deadline_moved', {
      change: { kind: 'closed_day_added', date: '2026-06-03', name: 'Team day' },
      moved: [
        { kind: 'response_warning', from: 0, to: warn },
        { kind: 'response_due', from: 0, to: due },
      ],
    });
    expect(deskDetail(moved, t, fmt, 'en')).toBe(
      `because ${fmt.date('2026-06-03T12:00:00Z')} is now a closed day: Team day · Response warning now ${fmt.dateTime(warn)} · Response due now ${fmt.dateTime(due)}`,
    );
    expect(portalDetail(moved, t, fmt, 'en')).toBe(
      `because ${fmt.date('2026-06-03T12:00:00Z')} is now a closed day: Team day · Response due now ${fmt.dateTime(due)}`,
    );
    const removed = entry('deadline_moved', { change: { kind: 'closed_day_removed', date: '2026-06-03', name: 'Teamdag' }, moved: [] });
    expect(deskDetail(removed, translator('da'), formatters('da'), 'da')).toBe(
      `fordi lukkedagen Teamdag den ${formatters('da').date('2026-06-03T12:00:00Z')} er fjernet`,
    );
    expect(deskDetail(entry('deadline_moved', {}), t, fmt, 'en')).toBeNull();
  });
});
