// What closing a case says before and after: the confirmation names what closing will bill (the
// workflow's `billedIfEndedNow`) or that it bills nothing, and whether the case can still be reopened
// and until when (rules 3: a case closed inside its reopen window can); the note after closing says
// what was billed. No more "faktureres nu og kan ikke genåbnes" on a free case that can be reopened.
import type { TFunction } from 'i18next';
import type { CaseRow } from '../../services/cases/access.js';
import type { Formatters } from '../format.js';

type Viewed = Pick<NonNullable<CaseRow['view']>, 'billedIfEndedNow' | 'reopenUntil' | 'rulesVersion'> | null | undefined;

function billingSentence(v: Viewed, t: TFunction, fmt: Formatters, when: 'will' | 'did'): string {
  const billed = v?.billedIfEndedNow;
  if (billed === undefined) return t(`desk:close.${when}.unknown`);
  // "316,67 kr." ends the sentence itself: no second full stop.
  return billed > 0 ? t(`desk:close.${when}.billed`, { amount: fmt.money(billed) }).replace(/\.\.$/, '.') : t(`desk:close.${when}.free`);
}

/** The confirmation before closing: what it bills, and whether the case can be reopened afterwards. */
export function closeConfirmText(number: number, v: Viewed, t: TFunction, fmt: Formatters, now: number): string {
  const until = v?.reopenUntil ?? null;
  const reopen =
    (v?.rulesVersion ?? 1) >= 3 && until !== null && until > now ? t('desk:close.reopenUntil', { until: fmt.dateTime(until) }) : t('desk:close.noReopen');
  return `${t('desk:close.question', { number })} ${billingSentence(v, t, fmt, 'will')} ${reopen}`;
}

/** The note after closing: billed as announced (from the view before), and the reopen window left (from the view after). */
export function closedText(before: Viewed, after: Viewed, t: TFunction, fmt: Formatters): string {
  const until = after?.reopenUntil ?? null;
  return `${t('desk:close.closed')} ${billingSentence(before, t, fmt, 'did')}${until ? ` ${t('desk:close.reopenUntil', { until: fmt.dateTime(until) })}` : ''}`;
}
