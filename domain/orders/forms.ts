// What each order's form asks for (SPEC §3a), so the desk can offer without a round trip. The same
// definitions validate the portal's forms, the desk's phone intake and the API (domain/request-forms).
import { z } from 'zod';
import type { FormField } from '../request-forms.js';
import type { OrderType } from '../types.js';
import { text } from '../text-input.js';

const title: FormField = { name: 'title', kind: 'text', required: true, max: 200 };
const description: FormField = { name: 'description', kind: 'textarea', required: true, max: 10000 };
const period: FormField = { name: 'period', kind: 'text', required: true, max: 200 };
const name = (n: string): FormField => ({ name: n, kind: 'text', required: true, max: 100 });

/** The value of `course` that asks for a course outside the catalogue (described in the request). */
export const CUSTOM_COURSE = 'custom';
/** The form of a course id (the catalogue's ids and `custom`). */
export const COURSE_ID = /^[a-z0-9][a-z0-9-]{1,40}$/;
export const CONTACT_ORDER_ACTIONS = ['add', 'replace'] as const;
export const MAX_PARTICIPANTS = 100;

export const ORDER_FORMS: Record<OrderType, readonly FormField[]> = {
  course_booking: [
    title,
    { name: 'course', kind: 'course', required: true, max: 60 },
    description,
    { name: 'participants', kind: 'participants', required: true, max: MAX_PARTICIPANTS },
    period,
    { name: 'onSite', kind: 'boolean', required: true },
  ],
  consultancy: [
    title,
    description,
    { name: 'goal', kind: 'textarea', required: true, max: 5000 },
    period,
    { name: 'expectedHours', kind: 'number', required: false, max: 10000 },
  ],
  contact_order: [
    title,
    { name: 'action', kind: 'choice', required: true, choices: CONTACT_ORDER_ACTIONS },
    name('firstName'),
    name('lastName'),
    { name: 'email', kind: 'email', required: true, max: 320 },
    { name: 'replaces', kind: 'email', required: false, max: 320 },
    description,
    { name: 'qualified', kind: 'confirm', required: true },
  ],
};

export interface Participant {
  name: string;
  email: string;
}

const email = z.string({ error: 'invalid_email' }).max(320, { error: 'too_long' }).email({ error: 'invalid_email' }).toLowerCase();
const participant = z.object({ name: text(200, { multiline: false }), email }).strict();

/** One participant per line, "Name, e-mail" (or "Name <e-mail>"); blank lines are skipped. */
export function parseParticipantLines(value: string): unknown[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?)[\s,;<]+<?([^\s,;<>]+@[^\s,;<>]+?)>?$/.exec(line);
      return m ? { name: m[1]!.replace(/[,;]$/, '').trim(), email: m[2] } : { name: line, email: '' };
    });
}

/** Participants as a list of { name, email } (a form's lines are read into one first: domain/request-forms.ts). */
export const participantsSchema = z.array(participant, { error: 'invalid' }).min(1, { error: 'required' }).max(MAX_PARTICIPANTS, { error: 'too_many' });

/** Participants as the pages show them, one per line. */
export const participantLines = (list: readonly Participant[]) => list.map((p) => `${p.name} <${p.email}>`).join('\n');
