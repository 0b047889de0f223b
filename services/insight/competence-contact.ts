// One support contact's competence over a period (SPEC §6): their figures, and what lies behind them —
// the cases they raised and the counted timeline events on those cases, each with its case.
import { QueryTypes } from 'sequelize';
import { FIGURE_EVENTS, type CountedFigure, type Period } from '../../domain/competence.js';
import type { CaseStatus, CaseType } from '../../domain/types.js';
import type { Services } from '../context.js';
import { notFound } from '../errors.js';
import { companyCompetence, inPeriod, replacementsOf, type CompanyRef, type ContactCompetence } from './competence.js';

/** How many cases and events the page lists (the figures count them all). */
export const DETAIL_LIMIT = 100;

export interface CompetenceEvent {
  figure: Exclude<CountedFigure, 'casesRaised'>;
  at: Date;
  text: string | null;
  caseNumber: number;
  caseTitle: string;
  caseType: CaseType;
}

export interface RaisedCase {
  number: number;
  title: string;
  type: CaseType;
  status: CaseStatus;
  receivedAt: Date;
}

export interface ContactCompetencePage {
  company: CompanyRef;
  period: Period;
  contact: ContactCompetence;
  events: CompetenceEvent[];
  cases: RaisedCase[];
}

const FIGURE_OF_KIND = new Map(Object.entries(FIGURE_EVENTS).map(([figure, kind]) => [kind, figure as CompetenceEvent['figure']]));

export async function contactCompetence(s: Services, companyId: string, contactId: number, period: Period): Promise<ContactCompetencePage> {
  const { company, contacts } = await companyCompetence(s, companyId, period);
  const contact = contacts.find((c) => c.id === contactId);
  if (!contact) throw notFound();
  const replacements = replacementsOf(s, period, { companyId, contactId, limit: DETAIL_LIMIT });
  const [events, cases] = await Promise.all([
    s.db.sequelize.query<{ kind: string; occurred_at: Date; text: string | null; number: number; title: string; type: CaseType }>(
      `SELECT e.kind, e.occurred_at, e.text, c.number, c.title, c.type
         FROM case_events e JOIN cases c ON c.number = e.case_number
        WHERE c.company_id = :companyId AND c.contact_id = :contactId AND e.kind IN (:eventKinds) AND ${inPeriod('e.occurred_at')}
        ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit`,
      { type: QueryTypes.SELECT, replacements },
    ),
    s.db.sequelize.query<{ number: number; title: string; type: CaseType; status: CaseStatus; received_at: Date }>(
      `SELECT c.number, c.title, c.type, c.status, c.received_at FROM cases c
        WHERE c.company_id = :companyId AND c.contact_id = :contactId AND ${inPeriod('c.received_at')}
          AND c.number NOT IN (SELECT k.split_from FROM cases k WHERE k.split_from IS NOT NULL)
        ORDER BY c.received_at DESC, c.number DESC LIMIT :limit`,
      { type: QueryTypes.SELECT, replacements },
    ),
  ]);
  return {
    company,
    period,
    contact,
    events: events.map((e) => ({
      figure: FIGURE_OF_KIND.get(e.kind)!,
      at: new Date(e.occurred_at),
      text: e.text,
      caseNumber: e.number,
      caseTitle: e.title,
      caseType: e.type,
    })),
    cases: cases.map((c) => ({ number: c.number, title: c.title, type: c.type, status: c.status, receivedAt: new Date(c.received_at) })),
  };
}
