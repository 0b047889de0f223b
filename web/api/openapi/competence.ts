// The OpenAPI parts of support-contact competence: a company's contacts with their figures over a period.
import { COUNTED_FIGURES } from '../../../domain/competence.js';
import { R, bool, int, json, nullable, obj, ref, str, withRules, type Schema } from './parts.js';
import { CALENDAR_DATE_PATTERN } from '../../../services/companies/admin-forms.js';
import { COMPANY_SLUG } from '../../../services/companies/companies.js';

const date: Schema = { type: 'string', format: 'date', description: 'A day in the desk’s time zone, YYYY-MM-DD.' };
/** A day in a query: YYYY-MM-DD, or empty (not given) — as parsePeriod reads it (the satisfaction figures' period too). */
export const day: Schema = {
  type: 'string',
  pattern: `^$|${CALENDAR_DATE_PATTERN}`,
  description: 'A day in the desk’s time zone, YYYY-MM-DD; empty: not given.',
};
const count: Schema = { type: 'integer', minimum: 0 };

const FIGURE_HELP: Record<(typeof COUNTED_FIGURES)[number], string> = {
  casesRaised: 'Cases the contact raised (or that were registered on their behalf) received in the period; a case split into others counts as those.',
  trainingOffersMade: 'Training offers made on their cases in the period (timeline kind `offer-training`).',
  trainingOffersAccepted: 'Training offers accepted on their cases in the period (`accept-training`).',
  reclassifiedIncidents: 'Incidents on their cases reclassified as self-inflicted in the period (`reclassify`).',
  notUnderstood: 'Support questions the desk marked in the period as showing the workflow is not understood (`mark-not-understood`).',
  returnedQuestions: 'Questions returned in the period for missing qualification (`return-question`).',
};

const figureProperties = (): Record<string, Schema> => ({
  ...Object.fromEntries(COUNTED_FIGURES.map((f) => [f, { ...count, description: FIGURE_HELP[f] }])),
  trainingDone: {
    ...bool,
    description:
      'The support-contact training was completed on or before the last day: billed for the contact, or a support-contact order for their e-mail was delivered.',
  },
  trainingDoneOn: nullable(date),
});

export function competenceSchemas(): Record<string, Schema> {
  return {
    CompetenceFigures: obj(figureProperties()),
    ContactCompetence: obj({ id: int, name: str, email: { type: 'string', format: 'email' }, active: bool, ...figureProperties() }),
    CompanyCompetence: obj({
      company: ref('CompanyRef'),
      from: date,
      to: date,
      contacts: { type: 'array', items: ref('ContactCompetence'), description: 'Every support contact of the company, active ones first.' },
      totals: { ...ref('CompetenceFigures'), description: 'The sum over the active contacts (trainingDone: all of them).' },
    }),
  };
}

export function competencePaths(): Record<string, Schema> {
  return {
    '/companies/{slug}/competence': {
      get: withRules(
        {
          operationId: 'companyCompetence',
          tags: ['competence'],
          summary: 'Staff: the support contacts of a company with their competence figures over a period',
          description:
            'Both days are included (1900-01-01 to 2999-12-31). Without `from` and `to`, the last twelve months up to today; with one of them, a year from or up to it. `to` may not be before `from`, and the period may be at most three years.',
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: COMPANY_SLUG.source }, description: 'The company’s id.' },
            { name: 'from', in: 'query', required: false, schema: day },
            { name: 'to', in: 'query', required: false, schema: day },
          ],
          responses: { 200: json(ref('CompanyCompetence'), 'The figures per contact.'), 401: R[401], 403: R[403], 404: R[404], 422: R[422], 500: R[500] },
        },
        { to: ['period_reversed', 'period_too_long'] },
      ),
    },
  };
}
