// The form fields of each decision, generated from its input schema (domain/actions): names, kinds and
// limits come from the same zod schema that validates the decision, through its JSON Schema — as the
// API document does — so a page cannot ask for a field the action does not take.
import { z } from 'zod';
import { ACTIONS, CASE_ACTIONS, type CaseAction } from '../../domain/actions/index.js';

export type ActionFieldKind = 'textarea' | 'text' | 'number' | 'hours' | 'kroner' | 'lines' | 'choice';

export interface ActionField {
  /** The form field's name: the input's key, except money (`priceOre` is asked as `price` in kroner). */
  name: string;
  /** The input's key the field fills. */
  key: string;
  kind: ActionFieldKind;
  required: boolean;
  /** Longest text (characters) for text kinds. */
  max?: number;
  choices?: readonly string[];
  /** Where the choices' labels are in the translation files (`<prefix>.<choice>`). */
  choiceLabels?: string;
}

/** Choice fields whose values the desk's vocabulary already names. */
const CHOICE_LABELS: Record<string, string> = { type: 'types' };

interface JsonField {
  type?: string;
  maxLength?: number;
  multipleOf?: number;
  enum?: string[];
  maxItems?: number;
  items?: JsonField;
}

/** Texts this long or longer get a multi-line box. */
const TEXTAREA_FROM = 1000;

function fieldOf(key: string, f: JsonField, required: boolean): ActionField {
  if (f.enum) return { name: key, key, kind: 'choice', required, choices: f.enum, choiceLabels: CHOICE_LABELS[key] ?? `choices.${key}` };
  if (f.type === 'array') return { name: key, key, kind: 'lines', required, max: (f.maxItems ?? 1) * ((f.items?.maxLength ?? 200) + 1) };
  if (f.type === 'integer' && key.endsWith('Ore')) return { name: key.slice(0, -3), key, kind: 'kroner', required };
  if (f.type === 'integer') return { name: key, key, kind: 'number', required };
  if (f.type === 'number') return { name: key, key, kind: 'hours', required };
  return { name: key, key, kind: (f.maxLength ?? 0) >= TEXTAREA_FROM ? 'textarea' : 'text', required, max: f.maxLength };
}

function fieldsOf(action: CaseAction): readonly ActionField[] {
  const schema = z.toJSONSchema(ACTIONS[action].input, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonField>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, f]) => fieldOf(key, f, required.has(key)));
}

const FIELDS = new Map<CaseAction, readonly ActionField[]>();

/** The fields of the action's form, in the schema's order. */
export function actionFields(action: CaseAction): readonly ActionField[] {
  let fields = FIELDS.get(action);
  if (!fields) FIELDS.set(action, (fields = fieldsOf(action)));
  return fields;
}

/** Every action's form fields, by action (what the page templates look up). */
export const ACTION_FORMS: Readonly<Record<CaseAction, readonly ActionField[]>> = Object.fromEntries(CASE_ACTIONS.map((a) => [a, actionFields(a)])) as Record<
  CaseAction,
  readonly ActionField[]
>;
