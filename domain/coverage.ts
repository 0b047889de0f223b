// Coverage: is a case's time free or billed? Judged by the company's agreement in force on the day
// the case was received (SPEC §2, §3). Pure: dates are `YYYY-MM-DD` strings, handled with integer math.
import type { AgreementKind, CaseType, Channel, CompanyTerms, LocalDate, Locale, SolutionType } from './types.js';

export type CoverageCode =
  | 'incident_always_free'
  | 'product_idea_never_billed'
  | 'hyper_care'
  | 'agreement_covers_channel'
  | 'basis_phone_billed'
  | 'no_agreement_billed'
  | 'faktureret_billed'
  | 'reclassified_billable'
  | 'change_request_quoted'
  | 'order_offered';

export type AgreementInForce = AgreementKind | 'hyper_care';

export interface Coverage {
  /** Whether the case's logged time is billed (change requests: see `change_request_quoted`). */
  billable: boolean;
  code: CoverageCode;
  /** The agreement in force on the received day, whatever the case type. */
  agreement: AgreementInForce | null;
  /** Last day of hyper care (inclusive) when the case was received during hyper care, else null. */
  hyperCareUntil: LocalDate | null;
}

export interface CoverageInput {
  company: CompanyTerms;
  type: CaseType;
  channel: Channel;
  /** The received instant's date in the desk's zone (the caller converts). */
  receivedOn: LocalDate;
  /** An incident the agent reclassified to a billable restoration of normal operation. Ignored for other types. */
  reclassified?: boolean;
}

/** Length of hyper care (pleje-periode) from the first training day. */
export const HYPER_CARE_MONTHS: Readonly<Record<SolutionType, number>> = { standard: 3, enterprise: 6 };

// ---- date-only arithmetic -------------------------------------------------------------------

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function parseDay(day: LocalDate): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return { y, m, d };
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
}

function formatDay({ y, m, d }: Ymd): LocalDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---- agreements -----------------------------------------------------------------------------

/**
 * Last day of hyper care, inclusive: the day before the same day-of-month 3 (standard) or 6
 * (enterprise) months after the first training day. When that day-of-month does not exist in the
 * target month (e.g. 30 Nov + 3 months → "30 Feb"), hyper care covers through the last day of the
 * target month. Examples: 2025-11-28 → 2026-02-27; 2025-11-29 and 2025-11-30 → 2026-02-28;
 * 2025-12-01 → 2026-02-28; 2026-01-31 → 2026-04-30. Null when the company has not been trained yet.
 */
export function hyperCareUntil(company: CompanyTerms): LocalDate | null {
  if (company.firstTrainingDay === null) return null;
  const first = parseDay(company.firstTrainingDay);
  const monthIndex = first.m - 1 + HYPER_CARE_MONTHS[company.solutionType];
  const y = first.y + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  const last = daysInMonth(y, m);
  if (first.d > last) return formatDay({ y, m, d: last });
  if (first.d > 1) return formatDay({ y, m, d: first.d - 1 });
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  return formatDay({ y: py, m: pm, d: daysInMonth(py, pm) });
}

/**
 * The agreement in force on a day: hyper care while it lasts (it wins over a purchased agreement),
 * else the agreement period containing the day (validFrom and validTo inclusive, validTo null =
 * open-ended). When periods overlap, the one with the latest validFrom wins; on equal validFrom the
 * later entry in the list wins. Null when nothing is in force ("no agreement").
 * Throws RangeError on a malformed date or a period ending before it starts.
 */
export function agreementOn(company: CompanyTerms, day: LocalDate): AgreementInForce | null {
  parseDay(day);
  const until = hyperCareUntil(company);
  if (company.firstTrainingDay !== null && until !== null && company.firstTrainingDay <= day && day <= until) {
    return 'hyper_care';
  }
  let found: { kind: AgreementKind; validFrom: LocalDate } | null = null;
  for (const period of company.agreements) {
    parseDay(period.validFrom);
    if (period.validTo !== null) {
      parseDay(period.validTo);
      if (period.validTo < period.validFrom) {
        throw new RangeError(`agreement period ends before it starts: ${period.validFrom}..${period.validTo}`);
      }
    }
    const inForce = period.validFrom <= day && (period.validTo === null || day <= period.validTo);
    if (inForce && (found === null || period.validFrom >= found.validFrom)) found = period;
  }
  return found?.kind ?? null;
}

// ---- coverage -------------------------------------------------------------------------------

function supportCoverage(agreement: AgreementInForce | null, channel: Channel): Pick<Coverage, 'billable' | 'code'> {
  switch (agreement) {
    case 'hyper_care':
      return { billable: false, code: 'hyper_care' };
    case 'udvidet':
      return { billable: false, code: 'agreement_covers_channel' };
    case 'basis':
      return channel === 'phone' ? { billable: true, code: 'basis_phone_billed' } : { billable: false, code: 'agreement_covers_channel' };
    case 'faktureret':
      return { billable: true, code: 'faktureret_billed' };
    case null:
      return { billable: true, code: 'no_agreement_billed' };
  }
}

function typeCoverage(input: CoverageInput, agreement: AgreementInForce | null): Pick<Coverage, 'billable' | 'code'> {
  switch (input.type) {
    case 'incident':
      // A reclassified incident is a restoration of normal operation: billed whatever the agreement,
      // hyper care included.
      return input.reclassified === true ? { billable: true, code: 'reclassified_billable' } : { billable: false, code: 'incident_always_free' };
    case 'product_idea':
      return { billable: false, code: 'product_idea_never_billed' };
    case 'change_request':
      // Not billed as support time: only the detailed-estimate fee and the accepted quote price are billed.
      return { billable: false, code: 'change_request_quoted' };
    case 'support':
      return supportCoverage(agreement, input.channel);
    case 'course_booking':
    case 'consultancy':
    case 'contact_order':
      // Orders for work are never covered by an agreement: they are billed as the accepted offer says (SPEC §3a).
      return { billable: false, code: 'order_offered' };
  }
}

export function coverageFor(input: CoverageInput): Coverage {
  const agreement = agreementOn(input.company, input.receivedOn);
  return {
    ...typeCoverage(input, agreement),
    agreement,
    hyperCareUntil: agreement === 'hyper_care' ? hyperCareUntil(input.company) : null,
  };
}

// ---- description ----------------------------------------------------------------------------

const AGREEMENT_NAMES: Record<Locale, Record<AgreementKind, string>> = {
  da: { udvidet: 'Udvidet', basis: 'Basis', faktureret: 'Faktureret' },
  en: { udvidet: 'Udvidet (extended)', basis: 'Basis', faktureret: 'Faktureret (billed)' },
};

/** A short human sentence in Danish or English explaining the coverage. */
export function describeCoverage(c: Coverage, locale: Locale): string {
  const da = locale === 'da';
  const name = c.agreement !== null && c.agreement !== 'hyper_care' ? AGREEMENT_NAMES[locale][c.agreement] : '';
  switch (c.code) {
    case 'incident_always_free':
      return da ? 'Gratis: fejl (hændelser) er altid gratis' : 'Free: incidents are always free';
    case 'product_idea_never_billed':
      return da ? 'Gratis: produktidéer faktureres aldrig' : 'Free: product ideas are never billed';
    case 'hyper_care': {
      const until = c.hyperCareUntil ?? '?';
      return da ? `Gratis: pleje-periode (hyper care) til og med ${until}` : `Free: hyper care until ${until}`;
    }
    case 'agreement_covers_channel':
      if (c.agreement === 'basis') {
        return da ? 'Gratis: Basis dækker henvendelser via portal og mail' : 'Free: Basis covers portal and mail requests';
      }
      return da ? `Gratis: ${name} dækker henvendelser via telefon, portal og mail` : `Free: ${name} covers phone, portal and mail requests`;
    case 'basis_phone_billed':
      return da ? 'Faktureres: Basis dækker ikke telefonhenvendelser' : 'Billable: Basis does not cover phone requests';
    case 'faktureret_billed':
      return da ? 'Faktureres: aftalen Faktureret betales efter forbrugt tid' : 'Billable: the Faktureret (billed) agreement bills time used';
    case 'no_agreement_billed':
      return da ? 'Faktureres: ingen supportaftale' : 'Billable: no support agreement';
    case 'reclassified_billable':
      return da ? 'Faktureres: genskabelse af normal drift (ikke en fejl)' : 'Billable: restoration of normal operation (not an incident)';
    case 'change_request_quoted':
      return da
        ? 'Tiden faktureres ikke: ændringsønsker faktureres via decideret estimering og accepteret tilbud'
        : 'Time not billed: change requests are billed through a detailed estimate and an accepted quote';
    case 'order_offered':
      return da ? 'Bestilling: faktureres efter det accepterede tilbud, uanset aftale' : 'Order: billed as the accepted offer says, whatever the agreement';
  }
}
