// Canned responses' placeholders (SPEC §8 "reuse"): the few a desk text may carry, filled from the case
// and the agent when the text is inserted, in the case contact's language.
export const PLACEHOLDERS = ['contact.firstName', 'contact.lastName', 'case.number', 'case.title', 'agent.firstName', 'responseDue'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a text names that are not one of PLACEHOLDERS. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[1]!).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/** The text with every known placeholder replaced by its value. */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>): string {
  return text.replace(PATTERN, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}
