// The OpenAPI parts of what a customer is offered on a case: a rough estimate, a quote, a training offer.
import { QUOTE_OUTCOMES, TRAINING_OUTCOMES } from '../../../domain/case-states.js';
import { bool, dateTime, int, nullable, obj, str, type Schema } from './parts.js';

export function offerSchemas(): Record<string, Schema> {
  return {
    Quote: obj(
      {
        estimationMinutes: int,
        hours: { type: 'number' },
        priceOre: int,
        validWorkingDays: int,
        released: bool,
        outcome: {
          type: 'string',
          enum: [...QUOTE_OUTCOMES],
          description: '`withdrawn`: the desk took it back (a new quote may follow); `returned`: a desk manager sent it back instead of releasing it.',
        },
        sentAt: { ...nullable(dateTime), description: 'When the quote went to the customer (null while held for release).' },
        validUntil: { ...nullable(dateTime), description: 'The last moment the quote may be accepted (working days from sending).' },
        scope: { ...nullable(str), description: 'What is delivered and the assumptions the price rests on, as the approver reads it.' },
      },
      ['estimationMinutes', 'hours', 'priceOre', 'validWorkingDays', 'released', 'outcome', 'sentAt', 'validUntil'],
    ),
    RoughEstimate: obj({ hours: { type: 'number' }, text: str }),
    TrainingOffer: obj(
      {
        hours: { type: 'number' },
        outcome: { type: 'string', enum: [...TRAINING_OUTCOMES] },
        priceOre: { ...nullable(int), description: "What the training costs if accepted: hours at the case's hourly rate." },
        rateOre: { ...nullable(int), description: "The case's hourly rate." },
      },
      ['hours', 'outcome', 'priceOre', 'rateOre'],
    ),
  };
}
