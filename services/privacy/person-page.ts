// What the erase page of a company's person shows: the person (only within the company asked for:
// another company's person is 404), their open cases and who those may move to.
import type { Services } from '../context.js';
import { notFound } from '../errors.js';
import type { Person } from '../people/people.js';
import type { Company } from '../../db/models/company.js';
import { findCompany } from '../companies/companies.js';
import { customerPerson, openCasesOf } from './erase.js';
import { moveCandidates } from './move-cases.js';

export interface ErasePage {
  company: Company;
  person: Person;
  openCases: number[];
  candidates: Person[];
}

export async function companyPersonForPrivacy(s: Services, companyId: string, personId: number): Promise<{ company: Company; person: Person }> {
  const company = await findCompany(s, companyId);
  const person = await customerPerson(s, personId);
  if (person.companyId !== company.id) throw notFound();
  return { company, person };
}

export async function erasePage(s: Services, companyId: string, personId: number): Promise<ErasePage> {
  const { company, person } = await companyPersonForPrivacy(s, companyId, personId);
  const openCases = await openCasesOf(s, person.id);
  return { company, person, openCases, candidates: openCases.length ? await moveCandidates(s, person) : [] };
}
