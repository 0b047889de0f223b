// Money over time (SPEC §7), pure rules: the months a line is billed in when months are locked, the
// monthly fee of the contacts active on any day of a month, corrections of a case billed again, and
// agreement periods that never overlap.
import { describe, expect, it } from 'vitest';
import {
  activeContacts,
  billingDate,
  billingDelta,
  contactFeeCorrection,
  contactFeeLines,
  firstOpenMonth,
  monthDays,
  shiftMonth,
  type BilledLine,
  type ContactPeriod,
} from '../../domain/billing-months.js';
import { dayBefore, placeAgreement } from '../../domain/agreements.js';
import type { Prices } from '../../domain/types.js';

const prices: Prices = {
  hourlyRateOre: 95_000,
  extraContactMonthlyOre: 50_000,
  includedContacts: 2,
  contactTrainingHours: { standard: 2, enterprise: 4 },
  minimumMinutes: 15,
  roundingIncrementMinutes: 1,
};

describe('billing months', () => {
  it('shifts months across years and knows their days', () => {
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(monthDays('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthDays('2025-11')).toEqual({ first: '2025-11-01', last: '2025-11-30' });
    expect(() => shiftMonth('2025-13', 1)).toThrow(RangeError);
  });

  it('bills a line on its day, or on the first day of the next open month when its month is locked', () => {
    const locked = new Set(['2025-11', '2025-12']);
    expect(billingDate('2025-10-31', (m) => locked.has(m))).toBe('2025-10-31');
    expect(billingDate('2025-11-20', (m) => locked.has(m))).toBe('2026-01-01');
    expect(firstOpenMonth('2025-12', (m) => locked.has(m))).toBe('2026-01');
  });
});

describe('the monthly contact fee', () => {
  const p = (personId: number, validFrom: string, validTo: string | null = null): ContactPeriod => ({ personId, name: `P${personId}`, validFrom, validTo });

  it('counts the contacts active on any day of the month beyond the included two, the latest to start being the extra ones', () => {
    const periods = [p(1, '2024-01-01'), p(2, '2024-06-01'), p(3, '2025-11-20')];
    expect(contactFeeLines({ periods, month: '2025-10', prices })).toEqual([]);
    expect(contactFeeLines({ periods, month: '2025-11', prices })).toEqual([
      { kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: 'Månedligt gebyr, ekstra supportkontakt: P3 (2025-11)' },
    ]);
    expect(contactFeeLines({ periods, month: '2025-12', prices, locale: 'en' })[0]!.text).toBe('Monthly fee, extra support contact: P3 (2025-12)');
  });

  it('counts a replaced contact and the replacement both in the month of the replacement, and only the replacement after', () => {
    const periods = [p(1, '2024-01-01'), p(2, '2024-01-01', '2025-11-12'), p(3, '2025-11-12')];
    expect(activeContacts(periods, '2025-11').map((c) => c.personId)).toEqual([1, 2, 3]);
    expect(contactFeeLines({ periods, month: '2025-11', prices })).toHaveLength(1);
    expect(contactFeeLines({ periods, month: '2025-12', prices })).toHaveLength(0);
  });

  it('counts a person once however many periods they have in the month', () => {
    const periods = [p(1, '2024-01-01'), p(2, '2024-01-01'), p(3, '2025-11-01', '2025-11-05'), p(3, '2025-11-20')];
    expect(contactFeeLines({ periods, month: '2025-11', prices })).toHaveLength(1);
  });

  it('corrects a locked month by the difference only', () => {
    const due = contactFeeLines({ periods: [p(1, '2024-01-01'), p(2, '2024-01-01'), p(3, '2025-11-28')], month: '2025-11', prices });
    expect(contactFeeCorrection({ month: '2025-11', billedOre: 0, due, prices })).toEqual({
      kind: 'correction',
      minutes: 0,
      amountOre: 50_000,
      text: 'Korrektion af månedligt gebyr for ekstra supportkontakter 2025-11: 0 → 1 ekstra kontakt',
    });
    expect(contactFeeCorrection({ month: '2025-11', billedOre: 50_000, due, prices })).toBeNull();
  });
});

describe('a case billed again', () => {
  const time = (id: number, minutes: number, amountOre: number): BilledLine => ({
    id,
    kind: 'time',
    minutes,
    amountOre,
    text: 'Forbrugt tid (min. 15 minutter)',
    billedOn: '2025-11-27',
    corrects: null,
  });

  it('writes every line the first time, nothing when billed the same again', () => {
    const due = [{ kind: 'time' as const, minutes: 45, amountOre: 71_250, text: 'Forbrugt tid (min. 15 minutter)' }];
    expect(billingDelta([], due)).toEqual([{ ...due[0], correctsId: null }]);
    expect(billingDelta([time(7, 45, 71_250)], due)).toEqual([]);
  });

  it('adds a correction referencing the original line for what changed, and counts earlier corrections', () => {
    const due = [{ kind: 'time' as const, minutes: 75, amountOre: 118_750, text: 'Forbrugt tid (min. 15 minutter)' }];
    expect(billingDelta([time(7, 45, 71_250)], due)).toEqual([
      { kind: 'correction', minutes: 30, amountOre: 47_500, text: 'Korrektion af "Forbrugt tid (min. 15 minutter)" (2025-11)', correctsId: 7 },
    ]);
    const corrected: BilledLine = {
      id: 9,
      kind: 'correction',
      minutes: 30,
      amountOre: 47_500,
      text: '…',
      billedOn: '2025-12-03',
      corrects: { id: 7, kind: 'time' },
    };
    expect(billingDelta([time(7, 45, 71_250), corrected], due)).toEqual([]);
  });

  it('credits a kind no longer billed, and bills a new kind as a line of its own', () => {
    const due = [{ kind: 'training' as const, minutes: 60, amountOre: 95_000, text: 'Undervisning, 1 time' }];
    expect(billingDelta([time(7, 15, 23_750)], due)).toEqual([
      { ...due[0], correctsId: null },
      { kind: 'correction', minutes: -15, amountOre: -23_750, text: 'Korrektion af "Forbrugt tid (min. 15 minutter)" (2025-11)', correctsId: 7 },
    ]);
  });
});

describe('agreement periods', () => {
  const history = [
    { id: 1, kind: 'basis' as const, validFrom: '2020-01-01', validTo: '2022-12-31' },
    { id: 2, kind: 'udvidet' as const, validFrom: '2023-01-01', validTo: null },
  ];

  it('lets a new period take over from an open-ended one, ending it the day before', () => {
    expect(placeAgreement(history, { kind: 'faktureret', validFrom: '2025-07-01', validTo: null })).toEqual({
      ok: true,
      ends: [{ id: 2, validTo: '2025-06-30' }],
    });
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
  });

  it('refuses an overlap, naming the period it collides with', () => {
    expect(placeAgreement(history, { kind: 'faktureret', validFrom: '2022-06-01', validTo: '2023-03-01' })).toEqual({ ok: false, overlaps: history[0] });
    expect(placeAgreement(history, { kind: 'faktureret', validFrom: '2019-01-01', validTo: null })).toMatchObject({ ok: false });
  });

  it('judges an edited period without itself and without taking over', () => {
    expect(placeAgreement(history, { kind: 'basis', validFrom: '2019-06-01', validTo: '2022-12-31' }, 1)).toEqual({ ok: true, ends: [] });
    expect(placeAgreement(history, { kind: 'basis', validFrom: '2020-01-01', validTo: '2023-01-01' }, 1)).toEqual({ ok: false, overlaps: history[1] });
  });
});
