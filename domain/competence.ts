// Support-contact competence (SPEC §6): the figures the desk sees per contact over a chosen period,
// which timeline events they count, the period itself, and the recommendations the desk may send.
import { formatDay, parseDay } from './calendar/civil-date.js';
import type { LocalDate } from './types.js';

export const RECOMMENDATION_KINDS = ['upskilling', 'replacement', 'extra_contact'] as const;
/** Upskilling (opkvalificering) or replacing (udskiftning) a named contact, or adding one (tilkøb). */
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** Whether a recommendation of this kind is about one named contact. */
export const namesContact = (kind: RecommendationKind) => kind !== 'extra_contact';

/** The counted figures, in the order the pages show them. */
export const COUNTED_FIGURES = [
  'casesRaised',
  'trainingOffersMade',
  'trainingOffersAccepted',
  'reclassifiedIncidents',
  'notUnderstood',
  'returnedQuestions',
] as const;
export type CountedFigure = (typeof COUNTED_FIGURES)[number];

export type CompetenceFigures = Record<CountedFigure, number> & {
  /** The contact completed the support-contact training on or before the period's last day. */
  trainingDone: boolean;
  /** The day of the latest such training, or null. */
  trainingDoneOn: LocalDate | null;
};

/**
 * The timeline event each event-counted figure counts, on the cases the contact raised, when the event
 * happened in the period. (`casesRaised` counts cases received in the period; a case split into
 * others counts only as those others.)
 */
export const FIGURE_EVENTS: Record<Exclude<CountedFigure, 'casesRaised'>, string> = {
  trainingOffersMade: 'offer-training',
  trainingOffersAccepted: 'accept-training',
  reclassifiedIncidents: 'reclassify',
  notUnderstood: 'mark-not-understood',
  returnedQuestions: 'return-question',
};

/** Figures that speak of trouble with the role: the pages point them out. */
export const CONCERN_FIGURES: readonly CountedFigure[] = ['reclassifiedIncidents', 'notUnderstood', 'returnedQuestions'];

export const emptyFigures = (): CompetenceFigures => ({
  casesRaised: 0,
  trainingOffersMade: 0,
  trainingOffersAccepted: 0,
  reclassifiedIncidents: 0,
  notUnderstood: 0,
  returnedQuestions: 0,
  trainingDone: false,
  trainingDoneOn: null,
});

/** The sum of several contacts' counted figures (trained: every one of them). */
export function totalFigures(rows: readonly CompetenceFigures[]): CompetenceFigures {
  const total = emptyFigures();
  for (const r of rows) for (const f of COUNTED_FIGURES) total[f] += r[f];
  total.trainingDone = rows.length > 0 && rows.every((r) => r.trainingDone);
  return total;
}

/** A period of whole days in the desk's time zone, both ends included. */
export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/** The longest period the figures are counted over. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** The last twelve months up to and including `today`. */
export function defaultPeriod(today: LocalDate): Period {
  const [y, m, d] = today.split('-').map(Number);
  const yearBefore = parseDay(`${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(m === 2 && d === 29 ? 28 : d).padStart(2, '0')}`);
  return { from: formatDay(yearBefore! + 1), to: today };
}

/** The day after `date` (the exclusive end of a period ending on `date`). */
export function dayAfter(date: LocalDate): LocalDate {
  return formatDay(parseDay(date)! + 1);
}

/** Why a period of two valid dates cannot be used (a message key for the `to` field), or null. */
export function periodProblem(p: Period): 'period_reversed' | 'period_too_long' | null {
  const from = parseDay(p.from)!;
  const to = parseDay(p.to)!;
  if (to < from) return 'period_reversed';
  if (to - from + 1 > MAX_PERIOD_DAYS) return 'period_too_long';
  return null;
}
