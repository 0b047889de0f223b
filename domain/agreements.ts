// A company's agreement history (SPEC §2, §7): periods never overlap. A new period that starts after
// an open-ended one ends that one the day before (it takes over); any other overlap is refused, naming
// the period it collides with. Pure: dates are `YYYY-MM-DD`, `validTo` inclusive, null = open-ended.
import type { AgreementPeriod, LocalDate } from './types.js';

export interface StoredPeriod extends AgreementPeriod {
  id: number;
}

export type Placement = { ok: true; ends: { id: number; validTo: LocalDate }[] } | { ok: false; overlaps: StoredPeriod };

/** The day before a date. */
export function dayBefore(date: LocalDate): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

const overlap = (a: AgreementPeriod, b: AgreementPeriod) =>
  (b.validTo === null || a.validFrom <= b.validTo) && (a.validTo === null || b.validFrom <= a.validTo);

/**
 * Where a period fits in the history: the open-ended periods it takes over from (ended the day before
 * it starts), or the period it would overlap. `replacing` is the id of a period being edited (left out).
 * Only a new period takes over; an edited one must fit as it is.
 */
export function placeAgreement(history: readonly StoredPeriod[], period: AgreementPeriod, replacing: number | null = null): Placement {
  const ends: { id: number; validTo: LocalDate }[] = [];
  for (const e of history) {
    if (e.id === replacing) continue;
    const takesOver = replacing === null && e.validTo === null && e.validFrom < period.validFrom;
    const adjusted = takesOver ? { ...e, validTo: dayBefore(period.validFrom) } : e;
    if (overlap(adjusted, period)) return { ok: false, overlaps: e };
    if (takesOver) ends.push({ id: e.id, validTo: adjusted.validTo! });
  }
  return { ok: true, ends };
}
