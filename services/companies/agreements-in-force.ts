// Which agreement each company had on a day (hyper care included), for pages that list companies
// by their terms — the billing month says "Aftale: Basis", not the company's id.
import { agreementOn, type AgreementInForce } from '../../domain/coverage.js';
import type { LocalDate } from '../../domain/types.js';
import type { Services } from '../context.js';
import { termsOf } from './companies.js';

/** The agreement in force on `day` per company id (null: none, so billed). Two queries. */
export async function agreementsInForce(s: Services, day: LocalDate): Promise<Map<string, AgreementInForce | null>> {
  const { Company, Agreement } = s.db.models;
  const [companies, agreements] = await Promise.all([
    Company.findAll(),
    Agreement.findAll({
      order: [
        ['validFrom', 'ASC'],
        ['id', 'ASC'],
      ],
    }),
  ]);
  return new Map(
    companies.map((c) => [
      c.id,
      agreementOn(
        termsOf(
          c,
          agreements.filter((a) => a.companyId === c.id),
        ),
        day,
      ),
    ]),
  );
}
