// Which e-mail domains of a customer company may sign in with single sign-on (issue 25 item 2): the
// company's contacts and price approvers whose address is in one of these domains are matched by the
// OpenID provider's verified e-mail (services/people/single-sign-on.ts). Empty by default. Audited.
import { QueryTypes } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { invalid } from '../errors.js';
import { recordAudit } from '../audit/record.js';
import { findCompany } from './companies.js';

export const SSO_DOMAINS_MAX = 10;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export async function companySsoDomains(s: Services, companyId: string): Promise<string[]> {
  const [row] = await s.db.sequelize.query<{ sso_domains: string[] }>('SELECT sso_domains FROM companies WHERE id = $1', {
    bind: [companyId],
    type: QueryTypes.SELECT,
  });
  return row?.sso_domains ?? [];
}

/** "kunde.dk, Kunde.com" → ["kunde.dk", "kunde.com"]; 422 on `domains` naming what is wrong. */
export function parseSsoDomains(raw: unknown): string[] {
  if (raw !== undefined && typeof raw !== 'string') throw invalid({ domains: 'invalid' });
  const text = (raw ?? '').trim().toLowerCase();
  if (text.length > 1000) throw invalid({ domains: 'too_long' });
  const domains = [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
  if (domains.length > SSO_DOMAINS_MAX) throw invalid({ domains: 'too_many' });
  if (domains.some((d) => !DOMAIN.test(d))) throw invalid({ domains: 'invalid_domain' });
  return domains;
}

export async function setSsoDomains(s: Services, by: Person, companyId: string, raw: unknown): Promise<string[]> {
  const company = await findCompany(s, companyId);
  const domains = parseSsoDomains(raw);
  const before = await companySsoDomains(s, company.id);
  if (before.join(',') === domains.join(',')) return domains;
  await s.db.sequelize.transaction(async (transaction) => {
    await s.db.sequelize.query('UPDATE companies SET sso_domains = $2 WHERE id = $1', { bind: [company.id, domains], transaction });
    await recordAudit(
      s,
      { actor: by, entity: 'company', entityId: company.id, action: 'sso_domains_changed', before: { ssoDomains: before }, after: { ssoDomains: domains } },
      transaction,
    );
  });
  return domains;
}
