// The desk's recommendation to a company about its support contacts (SPEC §6): upskilling or
// replacing a named contact, or adding one. It is recorded with the figures it was based on, mailed
// (Danish or English, as each reader chose) through the outbox to the company's active support
// contacts and price approvers, shown to them as a portal notice until each dismisses it, and offers
// a one-click support-contact order (SPEC §3a).
import { QueryTypes } from 'sequelize';
import { z } from 'zod';
import { RECOMMENDATION_KINDS, namesContact, type CompetenceFigures, type Period, type RecommendationKind } from '../../domain/competence.js';
import { CASE_TYPES, type LocalDate } from '../../domain/types.js';
import { text } from '../../domain/text-input.js';
import { publicUrl } from '../../config/env.js';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { invalid, notFound } from '../errors.js';
import { choice, parseForm } from '../companies/admin-forms.js';
import { companyCompetence, findCompanyRef } from './competence.js';

export interface Recommendation {
  id: number;
  companyId: string;
  kind: RecommendationKind;
  contact: { id: number; name: string; email: string } | null;
  message: string;
  period: Period;
  figures: CompetenceFigures | null;
  createdBy: string;
  createdAt: Date;
}

/** Notices older than this are no longer shown in the portal. */
export const NOTICE_DAYS = 90;

const recommendationSchema = z.object({
  kind: choice(RECOMMENDATION_KINDS),
  contact: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : typeof v === 'number' ? v : null),
    z.number().int().positive().nullable(),
  ),
  message: z.preprocess((v) => (typeof v === 'string' ? v : ''), text(5000)),
});

/** Whether the support-contact order type is part of the product (it then gets a prefilled form). */
const contactOrders = (CASE_TYPES as readonly string[]).includes('contact_order');

/** Where a support-contact order following the recommendation starts: the order form when the type exists, else the new-request page. */
export function contactOrderPath(audience: 'portal' | 'desk', kind: RecommendationKind, replaces: string | null, contactEmail: string | null = null): string {
  if (!contactOrders) return audience === 'portal' ? '/portal/new' : '/desk/intake';
  const q = new URLSearchParams({ action: kind === 'replacement' ? 'replace' : 'add' });
  if (kind === 'replacement' && replaces) q.set('replaces', replaces);
  if (audience === 'desk' && contactEmail) q.set('contact', contactEmail);
  return `/${audience === 'portal' ? 'portal/new' : 'desk/intake'}/contact_order?${q.toString()}`;
}

/** Records the recommendation and queues its mail to every active contact and approver of the company; returns it and how many it goes to. */
export async function recommend(
  s: Services,
  staff: Person,
  companyId: string,
  period: Period,
  raw: unknown,
): Promise<{ recommendation: Recommendation; recipients: number }> {
  const company = await findCompanyRef(s, companyId);
  const input = parseForm(recommendationSchema, raw);
  let figures: CompetenceFigures | null = null;
  let contact: Recommendation['contact'] = null;
  if (namesContact(input.kind)) {
    if (input.contact === null) throw invalid({ contact: 'required' });
    const found = (await companyCompetence(s, company.id, period)).contacts.find((c) => c.id === input.contact && c.active);
    if (!found) throw invalid({ contact: 'invalid_choice' });
    const { id, name, email, active: _active, ...rest } = found;
    contact = { id, name, email };
    figures = rest;
  }
  const base = publicUrl(s.env);
  return s.db.sequelize.transaction(async (transaction) => {
    const [row] = await s.db.sequelize.query<{ id: string; created_at: Date }>(
      `INSERT INTO contact_recommendations (company_id, kind, contact_id, message, period_from, period_to, figures, created_by_id)
       VALUES (:companyId, :kind, :contactId, :message, :from, :to, CAST(:figures AS jsonb), :staffId) RETURNING id, created_at`,
      {
        type: QueryTypes.SELECT,
        transaction,
        replacements: {
          companyId: company.id,
          kind: input.kind,
          contactId: contact?.id ?? null,
          message: input.message,
          from: period.from,
          to: period.to,
          figures: figures ? JSON.stringify(figures) : null,
          staffId: staff.id,
        },
      },
    );
    const id = Number(row.id);
    const params = {
      context: input.kind,
      company: company.name,
      contact: contact?.name ?? '',
      message: input.message,
      from: period.from,
      to: period.to,
      link: `${base}/portal`,
      orderLink: base + contactOrderPath('portal', input.kind, contact?.email ?? null),
      sender: staff.fullName,
    };
    const [queued] = await s.db.sequelize.query<{ n: number }>(
      `WITH queued AS (
         INSERT INTO notifications (dedupe_key, person_id, email, locale, template, params)
         SELECT 'recommendation:' || :id || ':' || p.id, p.id, p.email, p.locale, 'competence_recommendation', CAST(:params AS jsonb)
           FROM people p WHERE p.company_id = :companyId AND p.role IN ('contact', 'approver') AND p.active
          ORDER BY p.id
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM queued`,
      { type: QueryTypes.SELECT, transaction, replacements: { id, companyId: company.id, params: JSON.stringify(params) } },
    );
    const recommendation: Recommendation = {
      id,
      companyId: company.id,
      kind: input.kind,
      contact,
      message: input.message,
      period,
      figures,
      createdBy: staff.fullName,
      createdAt: new Date(row.created_at),
    };
    return { recommendation, recipients: queued.n };
  });
}

interface RecommendationRow {
  id: string;
  company_id: string;
  kind: RecommendationKind;
  contact_id: number | null;
  contact_name: string | null;
  contact_email: string | null;
  message: string;
  period_from: LocalDate;
  period_to: LocalDate;
  figures: CompetenceFigures | null;
  created_by: string;
  created_at: Date;
}

const SELECT = `
  SELECT r.id, r.company_id, r.kind, r.contact_id, c.first_name || ' ' || c.last_name AS contact_name, c.email AS contact_email, r.message,
         to_char(r.period_from, 'YYYY-MM-DD') AS period_from, to_char(r.period_to, 'YYYY-MM-DD') AS period_to, r.figures,
         s.first_name || ' ' || s.last_name AS created_by, r.created_at
    FROM contact_recommendations r
    JOIN people s ON s.id = r.created_by_id
    LEFT JOIN people c ON c.id = r.contact_id`;

const fromRow = (r: RecommendationRow): Recommendation => ({
  id: Number(r.id),
  companyId: r.company_id,
  kind: r.kind,
  contact: r.contact_id === null ? null : { id: r.contact_id, name: r.contact_name ?? '', email: r.contact_email ?? '' },
  message: r.message,
  period: { from: r.period_from, to: r.period_to },
  figures: r.figures,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
});

/** The company's recommendations, newest first. */
export async function companyRecommendations(s: Services, companyId: string, limit = 20): Promise<Recommendation[]> {
  const rows = await s.db.sequelize.query<RecommendationRow>(`${SELECT} WHERE r.company_id = :companyId ORDER BY r.created_at DESC, r.id DESC LIMIT :limit`, {
    type: QueryTypes.SELECT,
    replacements: { companyId, limit },
  });
  return rows.map(fromRow);
}

/** The recommendations a contact or approver has not dismissed, from the last NOTICE_DAYS days, newest first. */
export async function portalNotices(s: Services, person: Person): Promise<Recommendation[]> {
  if (!person.companyId) return [];
  const rows = await s.db.sequelize.query<RecommendationRow>(
    `${SELECT} WHERE r.company_id = :companyId AND r.created_at >= :since
        AND NOT EXISTS (SELECT 1 FROM recommendation_dismissals d WHERE d.person_id = :personId AND d.recommendation_id = r.id)
      ORDER BY r.created_at DESC, r.id DESC LIMIT 5`,
    { type: QueryTypes.SELECT, replacements: { companyId: person.companyId, personId: person.id, since: new Date(s.now() - NOTICE_DAYS * 86_400_000) } },
  );
  return rows.map(fromRow);
}

/** The person has read the notice: it is no longer shown to them. */
export async function dismissNotice(s: Services, person: Person, id: number): Promise<void> {
  const [row] = await s.db.sequelize.query<{ id: string }>(
    `INSERT INTO recommendation_dismissals (recommendation_id, person_id)
     SELECT r.id, :personId FROM contact_recommendations r WHERE r.id = :id AND r.company_id = :companyId
     ON CONFLICT DO NOTHING RETURNING recommendation_id AS id`,
    { type: QueryTypes.SELECT, replacements: { id, personId: person.id, companyId: person.companyId ?? '' } },
  );
  if (!row) {
    const [known] = await s.db.sequelize.query(`SELECT 1 FROM recommendation_dismissals WHERE recommendation_id = :id AND person_id = :personId`, {
      type: QueryTypes.SELECT,
      replacements: { id, personId: person.id },
    });
    if (!known) throw notFound();
  }
}
