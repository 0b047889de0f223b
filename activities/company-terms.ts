// Reads what coverage needs to know about a company: solution type, first training day, agreements.
import type { Database } from '../db/connection.js';
import { ApplicationFailure } from '@temporalio/common';
import type { CompanyForCase } from '../workflows/records.js';

export function loadCompanyTerms({ db }: { db: Database }) {
  return async function loadCompanyTerms(companyId: string): Promise<CompanyForCase> {
    const { Company, Agreement } = db.models;
    const company = await Company.findByPk(companyId);
    if (!company) throw ApplicationFailure.nonRetryable(`company ${companyId} does not exist`, 'UnknownCompany');
    const agreements = await Agreement.findAll({
      where: { companyId },
      order: [
        ['validFrom', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    return {
      name: company.name,
      terms: {
        solutionType: company.solutionType,
        firstTrainingDay: company.firstTrainingDay,
        agreements: agreements.map((a) => ({ kind: a.kind, validFrom: a.validFrom, validTo: a.validTo })),
      },
    };
  };
}
