// The desk's form for each decision on a case, and how a posted form becomes the action's input
// (domain/case-actions ACTION_INPUTS). Which forms are shown is the workflow's answer
// (caseDetails().allowedActions); this file only says what each form asks for.
import { parseActionInput } from '../../domain/case-actions.js';
import type { CaseAction } from '../../domain/case-states.js';
import { parseKronerToOre } from '../../domain/money.js';
import type { Locale } from '../../domain/types.js';

export type ActionFieldKind = 'textarea' | 'text' | 'number' | 'hours' | 'kroner' | 'lines' | 'type';

export interface ActionField {
  /** The form field's name; the input's key, except `price` (kroner) → `priceOre`. */
  name: string;
  kind: ActionFieldKind;
  required: boolean;
  max?: number;
}

const area = (name: string, max: number, required = true): ActionField => ({ name, kind: 'textarea', required, max });

export const ACTION_FORMS: Partial<Record<CaseAction, readonly ActionField[]>> = {
  acknowledge: [area('plan', 5000)],
  qualify: [{ name: 'type', kind: 'type', required: false }],
  split: [{ name: 'titles', kind: 'lines', required: true, max: 2200 }],
  'ask-customer': [area('message', 5000)],
  'offer-training': [{ name: 'hours', kind: 'hours', required: true }],
  reclassify: [area('reason', 2000)],
  'rough-estimate': [{ name: 'hours', kind: 'hours', required: true }, area('text', 5000)],
  'request-quote': [area('message', 5000, false)],
  quote: [
    { name: 'estimationMinutes', kind: 'number', required: true },
    { name: 'hours', kind: 'hours', required: true },
    { name: 'price', kind: 'kroner', required: true },
    { name: 'validWorkingDays', kind: 'number', required: false },
  ],
  'release-quote': [],
  'log-time': [
    { name: 'minutes', kind: 'number', required: true },
    { name: 'note', kind: 'text', required: false, max: 500 },
  ],
  'start-work': [],
  resolve: [area('summary', 5000)],
  deliver: [area('summary', 5000)],
  decline: [area('reason', 2000)],
  backlog: [area('summary', 5000)],
  reopen: [area('reason', 2000)],
  close: [],
};

/** Actions that end or finish a case ask for a confirmation in the browser. */
export const CONFIRMED_ACTIONS: readonly CaseAction[] = ['close', 'decline'];

export interface ActionForm {
  /** The action's input, ready for actOnCase. */
  input: Record<string, unknown>;
  /** What was typed, to show again. */
  values: Record<string, string>;
  /** Problems found while reading the form (before the action's own validation). */
  errors: Record<string, string>;
}

const first = (v: unknown): string => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x : '';
};

/** "1,5" and "1.5" both mean one and a half hours. */
const decimal = (raw: string) => (/^\s*\d+,\d+\s*$/.test(raw) ? raw.replace(',', '.') : raw).trim();

/** Reads a kroner amount in the reader's notation, or else in the other language's. */
function kronerToOre(raw: string, locale: Locale): number | null {
  return parseKronerToOre(raw, locale) ?? parseKronerToOre(raw, locale === 'da' ? 'en' : 'da');
}

/** Reads the posted form of `action` into its input; blank optional fields are left out. */
export function readActionForm(action: CaseAction, body: unknown, locale: Locale): ActionForm {
  const posted = (body ?? {}) as Record<string, unknown>;
  const input: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const f of ACTION_FORMS[action] ?? []) {
    const raw = first(posted[f.name]);
    values[f.name] = raw;
    const blank = raw.trim() === '';
    if (blank && !f.required) continue;
    switch (f.kind) {
      case 'textarea':
      case 'text':
      case 'type':
        input[f.name] = raw;
        break;
      case 'number':
      case 'hours':
        if (blank) errors[f.name] = 'required';
        else input[f.name] = decimal(raw);
        break;
      case 'kroner': {
        const ore = blank ? null : kronerToOre(raw, locale);
        if (blank) errors[f.name] = 'required';
        else if (ore === null) errors[f.name] = 'invalid_amount';
        else input.priceOre = ore;
        break;
      }
      case 'lines':
        input[f.name] = raw
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        break;
    }
  }
  return { input, values, errors };
}

/** Maps the action's validation errors to the form's fields (`titles.1` → `titles`, `priceOre` → `price`). */
export function formErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key === 'priceOre' ? 'price' : key.split('.')[0]!;
    out[field] ??= message;
  }
  return out;
}

/** All problems of a form that could not be read: its own and the action's validation of the rest. */
export function allFormErrors(action: CaseAction, form: ActionForm): Record<string, string> {
  const checked = parseActionInput(action, form.input);
  return { ...(checked.ok ? {} : formErrors(checked.errors)), ...form.errors };
}
