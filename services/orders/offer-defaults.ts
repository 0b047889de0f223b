// What the desk's offer form suggests for an order (SPEC §3a): a support-contact order's training
// hours at the hourly rate, a catalogue course's price for the participants, a consultancy order's
// expected hours at the hourly rate. The desk may change any of it before sending the offer.
import { coursePriceOre } from '../../domain/orders/catalogue.js';
import type { Participant } from '../../domain/orders/forms.js';
import type { CaseRow } from '../cases/access.js';
import type { Services } from '../context.js';

export interface OfferSuggestion {
  priceOre?: number;
  hours?: number;
  rateOre?: number;
}

export async function offerSuggestion(s: Services, c: Pick<CaseRow, 'type' | 'fields' | 'companyId'>): Promise<OfferSuggestion> {
  const prices = s.terms().prices;
  const fields = c.fields ?? {};
  switch (c.type) {
    case 'contact_order': {
      const company = await s.db.models.Company.findByPk(c.companyId, { attributes: ['solutionType'] });
      return { hours: prices.contactTrainingHours[company?.solutionType ?? 'standard'], rateOre: prices.hourlyRateOre };
    }
    case 'course_booking': {
      const course = s.courses().courses.find((x) => x.id === fields.course);
      const participants = Array.isArray(fields.participants) ? (fields.participants as Participant[]).length : 0;
      return course ? { priceOre: coursePriceOre(course, participants) } : {};
    }
    case 'consultancy':
      return typeof fields.expectedHours === 'number' ? { hours: fields.expectedHours, rateOre: prices.hourlyRateOre } : {};
    default:
      return {};
  }
}
