// How a posted decision form (the desk's and the portal's) becomes a decision's input. The fields come from the action's own schema
// (web/cases/action-fields.ts); which forms are shown is the case rules' answer for the viewer.
import { parseActionInput, type CaseAction } from '../../domain/actions/index.js';
import { parseKronerToOre } from '../../domain/money.js';
import type { Locale } from '../../domain/types.js';
import { actionFields } from './action-fields.js';
import { withDetail, type MessageDetail } from '../../domain/validation.js';

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

/** "1,5" and "1.5" both mean one and a half hours; what is not a number stays text for the schema to name. */
function decimal(raw: string): number | string {
  const typed = (/^\s*\d+,\d+\s*$/.test(raw) ? raw.replace(',', '.') : raw).trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(typed) ? Number(typed) : typed;
}

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
  for (const f of actionFields(action)) {
    const raw = first(posted[f.name]);
    values[f.name] = raw;
    const blank = raw.trim() === '';
    if (blank && !f.required) continue;
    switch (f.kind) {
      case 'textarea':
        input[f.key] = raw;
        break;
      case 'text':
      case 'choice':
        input[f.key] = raw.trim();
        break;
      case 'number':
      case 'hours':
        if (blank) errors[f.name] = 'required';
        else input[f.key] = decimal(raw);
        break;
      case 'kroner': {
        const ore = blank ? null : kronerToOre(raw, locale);
        if (blank) errors[f.name] = 'required';
        else if (ore === null) errors[f.name] = 'invalid_amount';
        else input[f.key] = ore;
        break;
      }
      case 'lines':
        input[f.key] = raw
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        break;
    }
  }
  return { input, values, errors };
}

/** A money field's limit as the form asks it: in kroner, not øre. */
function inKroner(message: string): string {
  const [code, query] = message.split('?');
  if (!query) return message;
  const detail = Object.fromEntries(new URLSearchParams(query)) as MessageDetail;
  for (const k of ['max', 'min'] as const) if (detail[k] !== undefined) detail[k] = Number(detail[k]) / 100;
  return withDetail(code!, detail);
}

/** Maps the action's validation errors to the form's fields (`titles.1` → `titles`, `priceOre` → `price`). */
export function formErrors(action: CaseAction, errors: Record<string, string>): Record<string, string> {
  const nameOf = new Map(actionFields(action).map((f) => [f.key, f.name]));
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const top = key.split('.')[0]!;
    out[nameOf.get(top) ?? top] ??= top.endsWith('Ore') ? inKroner(message) : message;
  }
  return out;
}

/** All problems of a form that could not be read: its own and the action's validation of the rest. */
export function allFormErrors(action: CaseAction, form: ActionForm): Record<string, string> {
  const checked = parseActionInput(action, form.input);
  return { ...(checked.ok ? {} : formErrors(action, checked.errors)), ...form.errors };
}
