// What the desk does next on a case, in the desk's words, for the queue: every open case says whose move
// it is and which decision comes next ("Start arbejdet" on an accepted quote or order), so the deadline
// column holds only deadlines.
import type { TFunction } from 'i18next';
import type { CaseRow } from '../../services/cases/access.js';
import { isOrderType } from '../../domain/types.js';

type Row = Pick<CaseRow, 'status' | 'type' | 'view'>;

/** The i18n key (desk:nextStep.*) of the case's next step. */
export function deskNextStepKey(c: Row): string {
  const v = c.view;
  switch (c.status) {
    case 'acknowledged':
      return isOrderType(c.type) ? 'offer' : 'qualify';
    case 'in_progress':
      return c.type === 'support' || c.type === 'incident' ? 'resolve' : 'deliver';
    case 'estimating':
      return v?.quote?.outcome === 'pending' && !v.quote.released ? 'release' : 'estimate';
    case 'waiting_on_customer':
      return v?.waitingFor === 'training_answer' ? 'trainingAnswer' : 'customerAnswer';
    default:
      return c.status;
  }
}

export const deskNextStep = (c: Row, t: TFunction): string => t(`desk:nextStep.${deskNextStepKey(c)}`);
