// The periods and groupings of the dashboards and the competence figures (domain/dashboards.ts,
// domain/working-days.ts, domain/competence.ts): ISO weeks across the turn of a year, months, age
// buckets, ages in working days over Easter, and the default competence period.
import { describe, expect, it } from 'vitest';
import { AGE_BUCKETS, ageBucket, isoWeek, lastMonths, lastWeeks, slaShare } from '../../domain/dashboards.js';
import { workingDaysSince } from '../../domain/working-days.js';
import { dayAfter, defaultPeriod, periodProblem, totalFigures, emptyFigures } from '../../domain/competence.js';
import { deskCalendar } from '../support/desk-time.js';

describe('dashboard periods', () => {
  it('lists the Mondays of the last weeks up to the current one', () => {
    expect(lastWeeks('2025-03-30', 3)).toEqual(['2025-03-10', '2025-03-17', '2025-03-24']); // a Sunday
    expect(lastWeeks('2025-03-31', 1)).toEqual(['2025-03-31']); // a Monday
    expect(lastWeeks('2025-01-02', 2)).toEqual(['2024-12-23', '2024-12-30']);
  });

  it.each([
    ['2024-12-30', 2025, 1],
    ['2021-01-03', 2020, 53],
    ['2025-03-31', 2025, 14],
    ['2026-12-31', 2026, 53],
  ])('%s is in ISO week %i-%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it('lists the last months up to the current one, across a new year', () => {
    expect(lastMonths('2025-01-15', 3)).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(lastMonths('2025-12-01', 12)[0]).toBe('2025-01');
  });

  it('puts an age into exactly one bucket', () => {
    expect([0, 0.99, 1, 2.5, 3, 6.9, 7, 13, 14, 29.9, 30, 400].map(ageBucket)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(AGE_BUCKETS).toHaveLength(6);
  });

  it('counts the SLA share of judged responses only', () => {
    expect(slaShare(3, 1)).toBe(0.75);
    expect(slaShare(0, 0)).toBeNull();
  });

  it('ages offers in working days: weekends and Easter 2025 do not count', () => {
    // Wed 16 April 2025; Thu 17 (skærtorsdag), Fri 18 (langfredag), Mon 21 (2. påskedag) are holidays.
    expect(workingDaysSince(deskCalendar, ['2025-04-16', '2025-04-22', '2025-04-11', '2025-04-23'], '2025-04-22')).toEqual([1, 0, 4, 0]); // from Fri 11: Mon 14, Tue 15, Wed 16, Tue 22
    expect(workingDaysSince(deskCalendar, [], '2025-04-22')).toEqual([]);
  });
});

describe('the competence period', () => {
  it('defaults to the last twelve months up to today, a leap day included', () => {
    expect(defaultPeriod('2025-03-31')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(defaultPeriod('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('is refused reversed or longer than three years', () => {
    expect(periodProblem({ from: '2025-03-02', to: '2025-03-01' })).toBe('period_reversed');
    expect(periodProblem({ from: '2025-03-01', to: '2025-03-01' })).toBeNull();
    expect(periodProblem({ from: '2020-01-01', to: '2025-01-01' })).toBe('period_too_long');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
  });

  it('sums the counted figures; trained only when every contact is', () => {
    const a = { ...emptyFigures(), casesRaised: 2, notUnderstood: 1, trainingDone: true, trainingDoneOn: '2024-01-01' };
    const b = { ...emptyFigures(), casesRaised: 3 };
    expect(totalFigures([a, b])).toMatchObject({ casesRaised: 5, notUnderstood: 1, trainingDone: false, trainingDoneOn: null });
    expect(totalFigures([a]).trainingDone).toBe(true);
    expect(totalFigures([]).trainingDone).toBe(false);
  });
});
