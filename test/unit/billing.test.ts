import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountForMinutes, billableMinutes, caseBillingLines, contactTrainingLine, type BillingLine, type CaseBillingInput } from '../../domain/billing.js';
import { coverageFor } from '../../domain/coverage.js';
import type { CompanyTerms, Prices } from '../../domain/types.js';

// 950 kr. an hour: 15 minutes = 237,50 kr.
const prices: Prices = {
  hourlyRateOre: 95_000,
  extraContactMonthlyOre: 50_000,
  includedContacts: 2,
  contactTrainingHours: { standard: 2, enterprise: 4 },
  minimumMinutes: 15,
  roundingIncrementMinutes: 1,
};
const QUARTER = 23_750;
const sum = (lines: BillingLine[]) => lines.reduce((total, l) => total + l.amountOre, 0);
const kinds = (lines: BillingLine[]) => lines.map((l) => l.kind);
const base: CaseBillingInput = { billableTime: true, started: true, loggedMinutes: 0, prices };

describe('billableMinutes', () => {
  // prettier-ignore
  it.each([
    // logged, increment, minimum, billed
    [0,    1,  15, 15],
    [7,    1,  15, 15],
    [15,   1,  15, 15],
    [16,   1,  15, 16],
    [45,   1,  15, 45],
    [7.2,  1,  15, 15],
    [20.1, 1,  15, 21],
    [16,   15, 15, 30],
    [30,   15, 15, 30],
    [31,   15, 15, 45],
    [1,    15, 15, 15],
    [16,   5,  15, 20],
    [61,   30, 15, 90],
    [7,    10, 0,  10],
    [0,    10, 0,  0],
  ])('%d min logged, increment %d, minimum %d → %d', (logged, increment, minimum, expected) => {
    expect(billableMinutes(logged, { ...prices, roundingIncrementMinutes: increment, minimumMinutes: minimum })).toBe(expected);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d logged minutes', (logged) => {
    expect(() => billableMinutes(logged, prices)).toThrow(RangeError);
  });

  it('rejects a rounding increment below 1 and negative or fractional prices', () => {
    expect(() => billableMinutes(5, { ...prices, roundingIncrementMinutes: 0 })).toThrow(RangeError);
    expect(() => billableMinutes(5, { ...prices, hourlyRateOre: -1 })).toThrow(RangeError);
    expect(() => billableMinutes(5, { ...prices, hourlyRateOre: 950.5 })).toThrow(RangeError);
    expect(() => billableMinutes(5, { ...prices, contactTrainingHours: { standard: Number.NaN, enterprise: 4 } })).toThrow(RangeError);
  });
});

describe('amountForMinutes', () => {
  // prettier-ignore
  it.each([
    // minutes, hourly rate øre, amount øre
    [15,  95_000, 23_750],
    [45,  95_000, 71_250],
    [60,  95_000, 95_000],
    [0,   95_000, 0],
    [1,   95_000, 1_583],  // 1583.33 → 1583
    [2,   95_000, 3_167],  // 3166.67 → 3167
    [1,   90,     2],      // 1.5 → 2, half away from zero
    [-1,  90,     -2],     // -1.5 → -2, symmetric
    [-15, 95_000, -23_750],
  ])('%d min at %d øre/h → %d øre', (minutes, rate, amount) => {
    expect(amountForMinutes(minutes, { ...prices, hourlyRateOre: rate })).toBe(amount);
  });

  it('bills 45 minutes at exactly three times 15 minutes', () => {
    expect(amountForMinutes(45, prices)).toBe(3 * amountForMinutes(15, prices));
  });

  it('rejects non-finite minutes', () => {
    expect(() => amountForMinutes(Number.NaN, prices)).toThrow(RangeError);
  });
});

describe('caseBillingLines', () => {
  it('bills 7 logged minutes as one 15-minute line', () => {
    expect(caseBillingLines({ ...base, loggedMinutes: 7 })).toEqual([
      { kind: 'time', minutes: 15, amountOre: QUARTER, text: 'Forbrugt tid (min. 15 minutter)' },
    ]);
  });

  it('bills 45 minutes at three times the 15-minute amount', () => {
    const [line] = caseBillingLines({ ...base, loggedMinutes: 45, locale: 'en' });
    expect(line).toEqual({ kind: 'time', minutes: 45, amountOre: 3 * QUARTER, text: 'Time used (min. 15 minutes)' });
  });

  it('bills a started case with no logged time the minimum', () => {
    expect(caseBillingLines({ ...base, loggedMinutes: 0 })).toMatchObject([{ kind: 'time', minutes: 15, amountOre: QUARTER }]);
  });

  it('rounds to the configured increment', () => {
    const lines = caseBillingLines({ ...base, loggedMinutes: 16, prices: { ...prices, roundingIncrementMinutes: 15 } });
    expect(lines).toMatchObject([{ kind: 'time', minutes: 30, amountOre: 2 * QUARTER }]);
  });

  it('bills no time for a never-started case or time that is not billable', () => {
    expect(caseBillingLines({ ...base, started: false, loggedMinutes: 0 })).toEqual([]);
    expect(caseBillingLines({ ...base, billableTime: false, loggedMinutes: 120 })).toEqual([]);
  });

  it('counts logged time as started', () => {
    expect(caseBillingLines({ ...base, started: false, loggedMinutes: 20 })).toMatchObject([{ kind: 'time', minutes: 20 }]);
  });

  it('bills an accepted quote at its price: fee, credit and price', () => {
    const lines = caseBillingLines({
      ...base,
      billableTime: false,
      quote: { estimationMinutes: 90, priceOre: 1_200_000, hours: 12, accepted: true },
    });
    expect(lines).toEqual([
      { kind: 'estimation_fee', minutes: 90, amountOre: 142_500, text: 'Decideret estimering og tilbud' },
      { kind: 'estimation_credit', minutes: -90, amountOre: -142_500, text: 'Estimering fratrukket købsprisen' },
      { kind: 'quote_price', minutes: 720, amountOre: 1_200_000, text: 'Ændring ifølge accepteret tilbud' },
    ]);
    expect(sum(lines)).toBe(1_200_000);
  });

  it('bills the estimation fee alone for a rejected quote', () => {
    const lines = caseBillingLines({
      ...base,
      billableTime: false,
      locale: 'en',
      quote: { estimationMinutes: 90, priceOre: 1_200_000, hours: 12, accepted: false },
    });
    expect(lines).toEqual([{ kind: 'estimation_fee', minutes: 90, amountOre: 142_500, text: 'Detailed estimate and quote' }]);
  });

  it('bills accepted training and nothing for declined training', () => {
    expect(caseBillingLines({ ...base, billableTime: false, training: { hours: 2, accepted: true } })).toEqual([
      { kind: 'training', minutes: 120, amountOre: 190_000, text: 'Undervisning, 2 timer' },
    ]);
    expect(caseBillingLines({ ...base, billableTime: false, locale: 'en', training: { hours: 1.5, accepted: true } })).toEqual([
      { kind: 'training', minutes: 90, amountOre: 142_500, text: 'Training, 1.5 hours' },
    ]);
    expect(caseBillingLines({ ...base, billableTime: false, training: { hours: 1, accepted: true } })[0]!.text).toBe('Undervisning, 1 time');
    expect(caseBillingLines({ ...base, billableTime: false, training: { hours: 1.5, accepted: true } })[0]!.text).toBe('Undervisning, 1,5 timer');
    expect(caseBillingLines({ ...base, billableTime: false, training: { hours: 2, accepted: false } })).toEqual([]);
  });

  it('orders lines time, estimation fee, credit, price, training', () => {
    const lines = caseBillingLines({
      ...base,
      loggedMinutes: 30,
      quote: { estimationMinutes: 60, priceOre: 500_000, hours: 5, accepted: true },
      training: { hours: 3, accepted: true },
    });
    expect(kinds(lines)).toEqual(['time', 'estimation_fee', 'estimation_credit', 'quote_price', 'training']);
    expect(sum(lines)).toBe(2 * QUARTER + 500_000 + 285_000);
  });

  describe('judged by coverage', () => {
    const company: CompanyTerms = { solutionType: 'standard', firstTrainingDay: '2024-01-10', agreements: [] };
    const billTime = (type: 'incident' | 'product_idea' | 'support', reclassified = false) => {
      const coverage = coverageFor({ company, type, channel: 'phone', receivedOn: '2026-01-15', reclassified });
      return caseBillingLines({ ...base, billableTime: coverage.billable, loggedMinutes: 50 });
    };

    it('bills nothing for an incident, even without an agreement', () => expect(billTime('incident')).toEqual([]));
    it('bills nothing for a product idea', () => expect(billTime('product_idea')).toEqual([]));
    it('bills a reclassified incident', () => expect(kinds(billTime('incident', true))).toEqual(['time']));
    it('bills support without an agreement', () => expect(billTime('support')).toMatchObject([{ minutes: 50 }]));
  });

  // prettier-ignore
  it.each([
    ['loggedMinutes', { loggedMinutes: -1 }],
    ['loggedMinutes', { loggedMinutes: Number.NaN }],
    ['estimationMinutes', { quote: { estimationMinutes: -5, priceOre: 1, hours: 1, accepted: false } }],
    ['priceOre', { quote: { estimationMinutes: 5, priceOre: -1, hours: 1, accepted: true } }],
    ['priceOre', { quote: { estimationMinutes: 5, priceOre: 10.5, hours: 1, accepted: true } }],
    ['hours', { quote: { estimationMinutes: 5, priceOre: 1, hours: Number.POSITIVE_INFINITY, accepted: true } }],
    ['training hours', { training: { hours: -2, accepted: true } }],
    ['hourly rate', { prices: { ...prices, hourlyRateOre: Number.NaN } }],
  ] as [string, Partial<CaseBillingInput>][])('rejects bad %s', (_what, patch) => {
    expect(() => caseBillingLines({ ...base, ...patch })).toThrow(RangeError);
  });
});

describe('company lines', () => {
  it('bills contact training by solution type', () => {
    expect(contactTrainingLine({ solutionType: 'standard', prices })).toEqual({
      kind: 'contact_training',
      minutes: 120,
      amountOre: 190_000,
      text: 'Supportkontaktundervisning, 2 timer',
    });
    expect(contactTrainingLine({ solutionType: 'enterprise', prices, locale: 'en' })).toEqual({
      kind: 'contact_training',
      minutes: 240,
      amountOre: 380_000,
      text: 'Support contact training, 4 hours',
    });
  });
});

describe('billing properties', () => {
  const pricesArb = fc.record({
    hourlyRateOre: fc.integer({ min: 0, max: 10_000_000 }),
    extraContactMonthlyOre: fc.integer({ min: 0, max: 1_000_000 }),
    includedContacts: fc.integer({ min: 0, max: 5 }),
    contactTrainingHours: fc.record({ standard: fc.integer({ min: 0, max: 8 }), enterprise: fc.integer({ min: 0, max: 8 }) }),
    minimumMinutes: fc.integer({ min: 0, max: 60 }),
    roundingIncrementMinutes: fc.integer({ min: 1, max: 60 }),
  });
  const minutes = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 10_000, noNaN: true }));

  it('billableMinutes is at least the minimum and the logged time, and a multiple of the increment above the minimum', () => {
    fc.assert(
      fc.property(minutes, pricesArb, (logged, p) => {
        const billed = billableMinutes(logged, p);
        expect(billed).toBeGreaterThanOrEqual(p.minimumMinutes);
        expect(billed).toBeGreaterThanOrEqual(logged);
        if (billed > p.minimumMinutes) {
          expect(billed % p.roundingIncrementMinutes).toBe(0);
          expect(billed - p.roundingIncrementMinutes).toBeLessThan(logged);
        }
      }),
    );
  });

  it('amounts are integers, and negative minutes mirror positive ones', () => {
    fc.assert(
      fc.property(fc.double({ min: -100_000, max: 100_000, noNaN: true }), pricesArb, (m, p) => {
        const amount = amountForMinutes(m, p);
        expect(Number.isSafeInteger(amount)).toBe(true);
        expect(amountForMinutes(-m, p)).toBe(amount === 0 ? 0 : -amount);
      }),
    );
  });

  it('an accepted quote bills price + time + training; every amount is an integer', () => {
    const input = fc.record({
      billableTime: fc.boolean(),
      started: fc.boolean(),
      loggedMinutes: minutes,
      quote: fc.record({
        estimationMinutes: minutes,
        priceOre: fc.integer({ min: 0, max: 1_000_000_000 }),
        hours: fc.integer({ min: 0, max: 500 }),
        accepted: fc.constant(true),
      }),
      training: fc.option(fc.record({ hours: fc.integer({ min: 0, max: 40 }), accepted: fc.boolean() })),
      prices: pricesArb,
    });
    fc.assert(
      fc.property(input, (i) => {
        const lines = caseBillingLines(i);
        for (const l of lines) expect(Number.isSafeInteger(l.amountOre)).toBe(true);
        const time = lines.find((l) => l.kind === 'time')?.amountOre ?? 0;
        const training = lines.find((l) => l.kind === 'training')?.amountOre ?? 0;
        expect(sum(lines)).toBe(i.quote.priceOre + time + training);
        const timeBilled = i.billableTime && (i.started || i.loggedMinutes > 0);
        expect(time).toBe(timeBilled ? amountForMinutes(billableMinutes(i.loggedMinutes, i.prices), i.prices) : 0);
        expect(lines.some((l) => l.kind === 'training')).toBe(i.training?.accepted === true);
      }),
    );
  });
});
