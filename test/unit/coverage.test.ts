import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreementOn, coverageFor, describeCoverage, hyperCareUntil, type Coverage, type CoverageCode } from '../../domain/coverage.js';
import { CHANNELS, type AgreementPeriod, type Channel, type CompanyTerms } from '../../domain/types.js';

// ---- the full table: agreement × type × channel ---------------------------------------------

type Scenario =
  | 'hyper care standard'
  | 'hyper care enterprise'
  | 'udvidet'
  | 'basis'
  | 'faktureret'
  | 'no agreement'
  | 'changed last month, received after'
  | 'changed last month, received before';
type TypeCase = 'support' | 'incident' | 'incident reclassified' | 'change_request' | 'product_idea';

const since = (kind: AgreementPeriod['kind'], validFrom: string, validTo: string | null = null): AgreementPeriod => ({
  kind,
  validFrom,
  validTo,
});
const trainedLongAgo = { solutionType: 'standard' as const, firstTrainingDay: '2024-01-10' };
const changedLastMonth: CompanyTerms = {
  ...trainedLongAgo,
  agreements: [since('udvidet', '2024-01-01', '2025-12-31'), since('basis', '2026-01-01')],
};

const SCENARIOS: Record<Scenario, { company: CompanyTerms; receivedOn: string; agreement: Coverage['agreement']; hyperCareUntil: string | null }> = {
  // Hyper care wins over the purchased agreement while it lasts.
  'hyper care standard': {
    company: { solutionType: 'standard', firstTrainingDay: '2025-11-28', agreements: [since('basis', '2025-11-01')] },
    receivedOn: '2026-01-15',
    agreement: 'hyper_care',
    hyperCareUntil: '2026-02-27',
  },
  'hyper care enterprise': {
    company: { solutionType: 'enterprise', firstTrainingDay: '2025-09-15', agreements: [since('faktureret', '2025-09-01')] },
    receivedOn: '2026-03-14',
    agreement: 'hyper_care',
    hyperCareUntil: '2026-03-14',
  },
  udvidet: {
    company: { ...trainedLongAgo, agreements: [since('udvidet', '2024-01-01')] },
    receivedOn: '2026-01-15',
    agreement: 'udvidet',
    hyperCareUntil: null,
  },
  basis: { company: { ...trainedLongAgo, agreements: [since('basis', '2024-01-01')] }, receivedOn: '2026-01-15', agreement: 'basis', hyperCareUntil: null },
  faktureret: {
    company: { ...trainedLongAgo, agreements: [since('faktureret', '2024-01-01')] },
    receivedOn: '2026-01-15',
    agreement: 'faktureret',
    hyperCareUntil: null,
  },
  'no agreement': { company: { ...trainedLongAgo, agreements: [] }, receivedOn: '2026-01-15', agreement: null, hyperCareUntil: null },
  'changed last month, received after': { company: changedLastMonth, receivedOn: '2026-01-20', agreement: 'basis', hyperCareUntil: null },
  'changed last month, received before': { company: changedLastMonth, receivedOn: '2025-12-20', agreement: 'udvidet', hyperCareUntil: null },
};

type Expect = { billable: boolean; code: CoverageCode };
const free = (code: CoverageCode): Expect => ({ billable: false, code });
const billed = (code: CoverageCode): Expect => ({ billable: true, code });

const HC = free('hyper_care');
const INC = free('incident_always_free');
const RECL = billed('reclassified_billable');
const CR = free('change_request_quoted');
const IDEA = free('product_idea_never_billed');
const COVERED = free('agreement_covers_channel');

// prettier-ignore
const TABLE: [Scenario, TypeCase, portal: Expect, mail: Expect, phone: Expect][] = [
  ['hyper care standard',  'support',               HC,      HC,      HC],
  ['hyper care standard',  'incident',              INC,     INC,     INC],
  ['hyper care standard',  'incident reclassified', RECL,    RECL,    RECL],
  ['hyper care standard',  'change_request',        CR,      CR,      CR],
  ['hyper care standard',  'product_idea',          IDEA,    IDEA,    IDEA],

  ['hyper care enterprise', 'support',               HC,      HC,      HC],
  ['hyper care enterprise', 'incident',              INC,     INC,     INC],
  ['hyper care enterprise', 'incident reclassified', RECL,    RECL,    RECL],
  ['hyper care enterprise', 'change_request',        CR,      CR,      CR],
  ['hyper care enterprise', 'product_idea',          IDEA,    IDEA,    IDEA],

  ['udvidet',              'support',               COVERED, COVERED, COVERED],
  ['udvidet',              'incident',              INC,     INC,     INC],
  ['udvidet',              'incident reclassified', RECL,    RECL,    RECL],
  ['udvidet',              'change_request',        CR,      CR,      CR],
  ['udvidet',              'product_idea',          IDEA,    IDEA,    IDEA],

  ['basis',                'support',               COVERED, COVERED, billed('basis_phone_billed')],
  ['basis',                'incident',              INC,     INC,     INC],
  ['basis',                'incident reclassified', RECL,    RECL,    RECL],
  ['basis',                'change_request',        CR,      CR,      CR],
  ['basis',                'product_idea',          IDEA,    IDEA,    IDEA],

  ['faktureret',           'support',               billed('faktureret_billed'), billed('faktureret_billed'), billed('faktureret_billed')],
  ['faktureret',           'incident',              INC,     INC,     INC],
  ['faktureret',           'incident reclassified', RECL,    RECL,    RECL],
  ['faktureret',           'change_request',        CR,      CR,      CR],
  ['faktureret',           'product_idea',          IDEA,    IDEA,    IDEA],

  ['no agreement',         'support',               billed('no_agreement_billed'), billed('no_agreement_billed'), billed('no_agreement_billed')],
  ['no agreement',         'incident',              INC,     INC,     INC],
  ['no agreement',         'incident reclassified', RECL,    RECL,    RECL],
  ['no agreement',         'change_request',        CR,      CR,      CR],
  ['no agreement',         'product_idea',          IDEA,    IDEA,    IDEA],

  // udvidet until 2025-12-31, basis from 2026-01-01
  ['changed last month, received after',  'support',               COVERED, COVERED, billed('basis_phone_billed')],
  ['changed last month, received after',  'incident',              INC,     INC,     INC],
  ['changed last month, received after',  'incident reclassified', RECL,    RECL,    RECL],
  ['changed last month, received after',  'change_request',        CR,      CR,      CR],
  ['changed last month, received after',  'product_idea',          IDEA,    IDEA,    IDEA],

  ['changed last month, received before', 'support',               COVERED, COVERED, COVERED],
  ['changed last month, received before', 'incident',              INC,     INC,     INC],
  ['changed last month, received before', 'incident reclassified', RECL,    RECL,    RECL],
  ['changed last month, received before', 'change_request',        CR,      CR,      CR],
  ['changed last month, received before', 'product_idea',          IDEA,    IDEA,    IDEA],
];

const TYPE_CASES: TypeCase[] = ['support', 'incident', 'incident reclassified', 'change_request', 'product_idea'];

const rows = TABLE.flatMap(([scenario, typeCase, portal, mail, phone]) =>
  (
    [
      ['portal', portal],
      ['mail', mail],
      ['phone', phone],
    ] as [Channel, Expect][]
  ).map(([channel, expected]) => ({ scenario, typeCase, channel, expected })),
);

describe('coverage table: agreement × type × channel', () => {
  it('lists every combination exactly once', () => {
    const keys = rows.map((r) => `${r.scenario}|${r.typeCase}|${r.channel}`);
    const all = (Object.keys(SCENARIOS) as Scenario[]).flatMap((s) => TYPE_CASES.flatMap((t) => CHANNELS.map((c) => `${s}|${t}|${c}`)));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...all].sort());
    expect(rows).toHaveLength(8 * 5 * 3);
  });

  it.each(rows)('$scenario · $typeCase · $channel → $expected.code', ({ scenario, typeCase, channel, expected }) => {
    const s = SCENARIOS[scenario];
    const coverage = coverageFor({
      company: s.company,
      type: typeCase === 'incident reclassified' ? 'incident' : typeCase,
      channel,
      receivedOn: s.receivedOn,
      reclassified: typeCase === 'incident reclassified',
    });
    expect(coverage).toEqual({ ...expected, agreement: s.agreement, hyperCareUntil: s.hyperCareUntil });
  });
});

// ---- hyper care ----------------------------------------------------------------------------

describe('hyper care', () => {
  const standard: CompanyTerms = { solutionType: 'standard', firstTrainingDay: '2025-11-28', agreements: [since('basis', '2025-01-01')] };
  const enterprise: CompanyTerms = { solutionType: 'enterprise', firstTrainingDay: '2025-11-28', agreements: [] };

  // prettier-ignore
  it.each([
    // company, day,         agreement,      phone support
    ['standard',   standard,   '2025-11-27', 'basis',      billed('basis_phone_billed')],  // day before first training day
    ['standard',   standard,   '2025-11-28', 'hyper_care', HC],                            // first day
    ['standard',   standard,   '2026-02-27', 'hyper_care', HC],                            // last day
    ['standard',   standard,   '2026-02-28', 'basis',      billed('basis_phone_billed')],  // day after
    ['enterprise', enterprise, '2025-11-27', null,         billed('no_agreement_billed')],
    ['enterprise', enterprise, '2025-11-28', 'hyper_care', HC],
    ['enterprise', enterprise, '2026-05-27', 'hyper_care', HC],
    ['enterprise', enterprise, '2026-05-28', null,         billed('no_agreement_billed')],
  ] as const)('%s on %s: %s', (_name, company, day, agreement, expected) => {
    expect(agreementOn(company, day)).toBe(agreement);
    expect(coverageFor({ company, type: 'support', channel: 'phone', receivedOn: day })).toMatchObject(expected);
  });

  // prettier-ignore
  it.each([
    // solution,   first training day, last day of hyper care
    ['standard',   '2025-11-28', '2026-02-27'],
    ['standard',   '2025-11-29', '2026-02-28'], // "29 Feb 2026" does not exist → through end of February
    ['standard',   '2025-11-30', '2026-02-28'], // "30 Feb" does not exist → through end of February
    ['standard',   '2025-12-01', '2026-02-28'], // day before 1 March
    ['standard',   '2027-11-29', '2028-02-28'], // leap year: 29 Feb 2028 exists, so the day before
    ['standard',   '2027-11-30', '2028-02-29'], // leap year clamping
    ['standard',   '2026-01-31', '2026-04-30'],
    ['standard',   '2026-03-31', '2026-06-30'],
    ['standard',   '2026-01-01', '2026-03-31'],
    ['standard',   '2025-10-15', '2026-01-14'], // over the year end
    ['enterprise', '2025-08-31', '2026-02-28'],
    ['enterprise', '2025-07-01', '2025-12-31'],
    ['enterprise', '2025-12-31', '2026-06-30'],
    ['enterprise', '2026-03-31', '2026-09-30'],
    ['enterprise', '2025-11-28', '2026-05-27'],
  ] as const)('%s from %s lasts through %s', (solutionType, firstTrainingDay, until) => {
    expect(hyperCareUntil({ solutionType, firstTrainingDay, agreements: [] })).toBe(until);
  });

  it('does not exist before the first training day is known', () => {
    const company: CompanyTerms = { solutionType: 'standard', firstTrainingDay: null, agreements: [] };
    expect(hyperCareUntil(company)).toBeNull();
    expect(agreementOn(company, '2026-01-15')).toBeNull();
  });

  it('gives the last day only when the case was received in hyper care', () => {
    const company: CompanyTerms = { solutionType: 'standard', firstTrainingDay: '2025-11-28', agreements: [] };
    expect(coverageFor({ company, type: 'incident', channel: 'mail', receivedOn: '2026-01-02' }).hyperCareUntil).toBe('2026-02-27');
    expect(coverageFor({ company, type: 'support', channel: 'mail', receivedOn: '2026-03-02' }).hyperCareUntil).toBeNull();
  });
});

// ---- agreement history -----------------------------------------------------------------------

describe('agreement history', () => {
  const company = (agreements: AgreementPeriod[]): CompanyTerms => ({ solutionType: 'standard', firstTrainingDay: null, agreements });

  it('treats validFrom and validTo as inclusive', () => {
    const c = company([since('udvidet', '2025-01-01', '2025-12-31')]);
    expect(agreementOn(c, '2024-12-31')).toBeNull();
    expect(agreementOn(c, '2025-01-01')).toBe('udvidet');
    expect(agreementOn(c, '2025-12-31')).toBe('udvidet');
    expect(agreementOn(c, '2026-01-01')).toBeNull();
  });

  it('lets the latest validFrom win where periods overlap, whatever the list order', () => {
    const a = since('udvidet', '2024-01-01');
    const b = since('faktureret', '2025-06-01', '2025-08-31');
    for (const c of [company([a, b]), company([b, a])]) {
      expect(agreementOn(c, '2025-05-31')).toBe('udvidet');
      expect(agreementOn(c, '2025-06-01')).toBe('faktureret');
      expect(agreementOn(c, '2025-08-31')).toBe('faktureret');
      expect(agreementOn(c, '2025-09-01')).toBe('udvidet');
    }
  });

  it('lets the later entry win on an equal validFrom', () => {
    expect(agreementOn(company([since('basis', '2025-01-01'), since('udvidet', '2025-01-01')]), '2025-02-01')).toBe('udvidet');
  });

  it('has nothing in force in a gap between periods', () => {
    const c = company([since('basis', '2025-01-01', '2025-03-31'), since('udvidet', '2025-05-01')]);
    expect(agreementOn(c, '2025-04-15')).toBeNull();
    expect(coverageFor({ company: c, type: 'support', channel: 'portal', receivedOn: '2025-04-15' }).code).toBe('no_agreement_billed');
  });

  it.each(['2025-02-30', '2025-13-01', '2025-1-5', '', '2025-02-28T10:00'])('rejects the malformed day %j', (day) => {
    expect(() => agreementOn(company([]), day)).toThrow(RangeError);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => agreementOn(company([since('basis', '2025-05-01', '2025-04-30')]), '2025-06-01')).toThrow(RangeError);
  });
});

// ---- properties ----------------------------------------------------------------------------

describe('coverage properties', () => {
  const day = fc
    .record({ y: fc.integer({ min: 2020, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const period = fc
    .tuple(fc.constantFrom('udvidet', 'basis', 'faktureret' as const), day, fc.option(day))
    .map(([kind, a, b]): AgreementPeriod => (b === null ? since(kind, a) : a <= b ? since(kind, a, b) : since(kind, b, a)));
  const company = fc.record({
    solutionType: fc.constantFrom('standard', 'enterprise' as const),
    firstTrainingDay: fc.option(day),
    agreements: fc.array(period, { maxLength: 4 }),
  });
  const input = fc.record({
    company,
    type: fc.constantFrom('support', 'incident', 'change_request', 'product_idea' as const),
    channel: fc.constantFrom(...CHANNELS),
    receivedOn: day,
    reclassified: fc.boolean(),
  });

  it('bills only support outside an agreement that covers it, and reclassified incidents', () => {
    fc.assert(
      fc.property(input, (i) => {
        const c = coverageFor(i);
        if (i.type === 'incident') expect(c.billable).toBe(i.reclassified);
        if (i.type === 'product_idea' || i.type === 'change_request') expect(c.billable).toBe(false);
        if (i.type === 'support' && (c.agreement === 'hyper_care' || c.agreement === 'udvidet')) expect(c.billable).toBe(false);
        expect(c.hyperCareUntil !== null).toBe(c.agreement === 'hyper_care');
      }),
    );
  });

  it('hyper care lasts 3 or 6 months give or take the month-end clamp', () => {
    fc.assert(
      fc.property(company, (c) => {
        const until = hyperCareUntil(c);
        if (c.firstTrainingDay === null) {
          expect(until).toBeNull();
          return;
        }
        const from = Date.parse(`${c.firstTrainingDay}T00:00:00Z`);
        const to = Date.parse(`${until}T00:00:00Z`);
        const days = (to - from) / 86_400_000 + 1;
        const [min, max] = c.solutionType === 'standard' ? [89, 92] : [181, 184];
        expect(days).toBeGreaterThanOrEqual(min);
        expect(days).toBeLessThanOrEqual(max);
      }),
    );
  });
});

// ---- description ---------------------------------------------------------------------------

describe('describeCoverage', () => {
  const c = (code: CoverageCode, agreement: Coverage['agreement'], billable: boolean, until: string | null = null): Coverage => ({
    code,
    agreement,
    billable,
    hyperCareUntil: until,
  });

  // prettier-ignore
  it.each([
    [c('hyper_care', 'hyper_care', false, '2026-02-27'), 'Gratis: pleje-periode (hyper care) til og med 2026-02-27', 'Free: hyper care until 2026-02-27'],
    [c('incident_always_free', 'basis', false), 'Gratis: fejl (hændelser) er altid gratis', 'Free: incidents are always free'],
    [c('product_idea_never_billed', null, false), 'Gratis: produktidéer faktureres aldrig', 'Free: product ideas are never billed'],
    [c('agreement_covers_channel', 'udvidet', false), 'Gratis: Udvidet dækker henvendelser via telefon, portal og mail', 'Free: Udvidet (extended) covers phone, portal and mail requests'],
    [c('agreement_covers_channel', 'basis', false), 'Gratis: Basis dækker henvendelser via portal og mail', 'Free: Basis covers portal and mail requests'],
    [c('basis_phone_billed', 'basis', true), 'Faktureres: Basis dækker ikke telefonhenvendelser', 'Billable: Basis does not cover phone requests'],
    [c('faktureret_billed', 'faktureret', true), 'Faktureres: aftalen Faktureret betales efter forbrugt tid', 'Billable: the Faktureret (billed) agreement bills time used'],
    [c('no_agreement_billed', null, true), 'Faktureres: ingen supportaftale', 'Billable: no support agreement'],
    [c('reclassified_billable', 'udvidet', true), 'Faktureres: genskabelse af normal drift (ikke en fejl)', 'Billable: restoration of normal operation (not an incident)'],
    [c('change_request_quoted', 'basis', false), 'Tiden faktureres ikke: ændringsønsker faktureres via decideret estimering og accepteret tilbud', 'Time not billed: change requests are billed through a detailed estimate and an accepted quote'],
  ])('%o', (coverage, da, en) => {
    expect(describeCoverage(coverage, 'da')).toBe(da);
    expect(describeCoverage(coverage, 'en')).toBe(en);
  });
});
