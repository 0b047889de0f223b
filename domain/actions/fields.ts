// The kinds of value a decision carries. Native zod checks (not refinements), so the JSON Schema the
// API document and the generated forms read carries every limit. Error messages are keys (validation.*).
// Values are JSON types: a number is a number (the desk's forms turn what was typed into one first,
// web/desk/action-forms.ts), so what the API document says is exactly what is accepted.
import { z } from 'zod';
import { optionalText, text } from '../text-input.js';

export { optionalText, text };

export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'not_a_number' })
    .int({ error: 'not_whole' })
    .min(min, { error: min === 0 ? 'not_negative' : 'too_small' })
    .max(max, { error: 'too_large' });

/** An amount of money in integer øre; its form field asks for kroner. Name such fields `…Ore`. */
export const amountOre = (max: number) => wholeNumber(0, max);

/** Hours in quarter hours. */
export const hours = (max: number) =>
  z.number({ error: 'not_a_number' }).positive({ error: 'positive' }).max(max, { error: 'too_large' }).multipleOf(0.25, { error: 'quarter_hours' });

/** One line per item (a form's textarea, one title per line). */
export const lines = (maxItems: number, maxLength: number) =>
  z
    .array(text(maxLength, { multiline: false }), { error: 'required' })
    .min(1, { error: 'required' })
    .max(maxItems, { error: 'too_many' });

export const nothing = z.object({}).strict();

/** An e-mail address naming a person (the service finds them), compared in lower case. */
export const personEmail = () =>
  z.string({ error: 'required' }).min(1, { error: 'required' }).max(320, { error: 'too_long' }).email({ error: 'invalid_email' }).toLowerCase();

/** A member of staff named by their e-mail address (the service finds the person). */
export const staffEmail = personEmail();
