// The competence figures of a company's support contacts over a period (SPEC §6), computed in SQL from
// the read model the case activities write: cases raised (cases.contact_id, received in the period),
// the timeline events domain/competence.ts names (on the contact's cases, dated in the period), and
// whether the contact completed the support-contact training — a contact-training charge for them
// (company_charges), or a delivered support-contact order for their e-mail (case_events of kind
// `deliver` on cases of type `contact_order`, counted whenever such rows exist).
import { QueryTypes } from 'sequelize';
import {
  COUNTED_FIGURES,
  FIGURE_EVENTS,
  dayAfter,
  defaultPeriod,
  periodProblem,
  totalFigures,
  type CompetenceFigures,
  type Period,
} from '../../domain/competence.js';
import type { SolutionType } from '../../domain/types.js';
import type { Services } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { isCalendarDate } from '../companies/admin-forms.js';
import { todayOf } from '../companies/companies.js';

export interface ContactCompetence extends CompetenceFigures {
  id: number;
  name: string;
  email: string;
  active: boolean;
}

export interface CompanyRef {
  id: string;
  name: string;
  solutionType: SolutionType;
}

export interface CompanyCompetence {
  company: CompanyRef;
  period: Period;
  contacts: ContactCompetence[];
  totals: CompetenceFigures;
}

const first = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

/** Reads `?from&to` (YYYY-MM-DD, both days included); either left out means the last twelve months up to today. */
export function parsePeriod(s: Services, raw: Record<string, unknown>): Period {
  const from = first(raw.from);
  const to = first(raw.to);
  const fallback = defaultPeriod(todayOf(s));
  const errors: Record<string, string> = {};
  if (from && !isCalendarDate(from)) errors.from = 'invalid_date';
  if (to && !isCalendarDate(to)) errors.to = 'invalid_date';
  if (Object.keys(errors).length) throw invalid(errors);
  const period = { from: from || (to ? defaultPeriod(to).from : fallback.from), to: to || (from && from > fallback.to ? from : fallback.to) };
  const problem = periodProblem(period);
  if (problem) throw invalid({ to: problem });
  return period;
}

const EVENT_KINDS = Object.values(FIGURE_EVENTS);

/** The column's instant lies in the period (PostgreSQL turns the local days into instants in the desk's zone). */
export const inPeriod = (column: string) =>
  `${column} >= (CAST(:from AS timestamp) AT TIME ZONE :zone) AND ${column} < (CAST(:until AS timestamp) AT TIME ZONE :zone)`;

/**
 * One row per group (`by`: the case's contact, or its company) with the counted figures. The event
 * figures read only the timeline kinds counted (a partial index holds them by time).
 */
export function figuresSql(by: 'contact_id' | 'company_id', where: string): string {
  const counts = Object.entries(FIGURE_EVENTS)
    .map(([figure, kind]) => `count(*) FILTER (WHERE e.kind = '${kind}')::int AS "${figure}"`)
    .join(', ');
  return `
    raised AS (
      SELECT c.${by} AS key, count(*)::int AS n FROM cases c
       WHERE ${where} AND ${inPeriod('c.received_at')} AND c.number NOT IN (SELECT k.split_from FROM cases k WHERE k.split_from IS NOT NULL)
       GROUP BY c.${by}
    ), marks AS (
      SELECT c.${by} AS key, ${counts}
        FROM case_events e JOIN cases c ON c.number = e.case_number
       WHERE ${where} AND e.kind IN (:eventKinds) AND ${inPeriod('e.occurred_at')}
       GROUP BY c.${by}
    )`;
}

/** Support-contact trainings completed on or before the period's last day, per person. */
export const TRAINED = `
    trained AS (
      SELECT person_id, max(done_on) AS done_on FROM (
        SELECT cc.person_id, cc.billed_on AS done_on FROM company_charges cc
         WHERE cc.company_id = :companyId AND cc.kind = 'contact_training' AND cc.person_id IS NOT NULL AND cc.billed_on < CAST(:until AS date)
        UNION ALL
        SELECT p.id, CAST(e.occurred_at AT TIME ZONE :zone AS date) FROM cases c
          JOIN case_events e ON e.case_number = c.number AND e.kind = 'deliver'
          JOIN people p ON p.company_id = c.company_id AND p.role = 'contact' AND lower(p.email) = lower(c.fields->>'email')
         WHERE c.company_id = :companyId AND c.type = 'contact_order' AND e.occurred_at < (CAST(:until AS timestamp) AT TIME ZONE :zone)
      ) done GROUP BY person_id
    )`;

interface FigureRow extends Record<string, unknown> {
  casesRaised: number | null;
  trainingDoneOn: string | null;
}

/** The counted figures of a row joined from `raised r` and `marks m`. */
export const COUNT_COLUMNS = ['COALESCE(r.n, 0) AS "casesRaised"', ...Object.keys(FIGURE_EVENTS).map((f) => `COALESCE(m."${f}", 0) AS "${f}"`)].join(', ');
/** The training column of a row joined from `trained t`. */
export const TRAINED_COLUMN = `to_char(t.done_on, 'YYYY-MM-DD') AS "trainingDoneOn"`;

export function figuresOf(row: FigureRow): CompetenceFigures {
  const figures = Object.fromEntries(COUNTED_FIGURES.map((f) => [f, Number(row[f] ?? 0)])) as Record<(typeof COUNTED_FIGURES)[number], number>;
  return { ...figures, trainingDone: row.trainingDoneOn !== null, trainingDoneOn: row.trainingDoneOn };
}

export function replacementsOf(s: Services, period: Period, extra: Record<string, unknown> = {}) {
  return { from: period.from, until: dayAfter(period.to), zone: s.calendarConfig().timeZone, eventKinds: EVENT_KINDS, ...extra };
}

export async function findCompanyRef(s: Services, companyId: string): Promise<CompanyRef> {
  const company = await s.db.models.Company.findByPk(companyId);
  if (!company) throw notFound();
  return { id: company.id, name: company.name, solutionType: company.solutionType };
}

/** Every support contact of the company (active ones first) with their figures over the period. */
export async function companyCompetence(s: Services, companyId: string, period: Period): Promise<CompanyCompetence> {
  const company = await findCompanyRef(s, companyId);
  const rows = await s.db.sequelize.query<FigureRow & { id: number; first_name: string; last_name: string; email: string; active: boolean }>(
    `WITH ${figuresSql('contact_id', 'c.company_id = :companyId')}, ${TRAINED}
     SELECT p.id, p.first_name, p.last_name, p.email, p.active, ${COUNT_COLUMNS}, ${TRAINED_COLUMN}
       FROM people p
       LEFT JOIN raised r ON r.key = p.id
       LEFT JOIN marks m ON m.key = p.id
       LEFT JOIN trained t ON t.person_id = p.id
      WHERE p.company_id = :companyId AND p.role = 'contact'
      ORDER BY p.active DESC, lower(p.last_name), lower(p.first_name), p.id`,
    { type: QueryTypes.SELECT, replacements: replacementsOf(s, period, { companyId }) },
  );
  const contacts = rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}`, email: r.email, active: r.active, ...figuresOf(r) }));
  return { company, period, contacts, totals: totalFigures(contacts.filter((c) => c.active)) };
}

export interface CompanyOverviewRow {
  company: CompanyRef;
  contacts: number;
  figures: CompetenceFigures;
}

/** Every company with its active contacts' counted figures over the period (for choosing where to look). */
export async function competenceOverview(s: Services, period: Period): Promise<CompanyOverviewRow[]> {
  const rows = await s.db.sequelize.query<FigureRow & { id: string; name: string; solution_type: SolutionType; contacts: number }>(
    `WITH ${figuresSql('company_id', 'true')}
     SELECT co.id, co.name, co.solution_type,
            (SELECT count(*)::int FROM people p WHERE p.company_id = co.id AND p.role = 'contact' AND p.active) AS contacts,
            ${COUNT_COLUMNS}, NULL AS "trainingDoneOn"
       FROM companies co LEFT JOIN raised r ON r.key = co.id LEFT JOIN marks m ON m.key = co.id
      ORDER BY co.name, co.id`,
    { type: QueryTypes.SELECT, replacements: replacementsOf(s, period) },
  );
  return rows.map((r) => ({ company: { id: r.id, name: r.name, solutionType: r.solution_type }, contacts: r.contacts, figures: figuresOf(r) }));
}
