// An article drafted from a case must not carry people's names, e-mail addresses or phone numbers
// (SPEC §8): the names the desk knows (the contact, their colleagues, the staff, the company) and
// anything shaped like an e-mail address or a phone number are taken out of the case's texts.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** +45 12 34 56 78, 12345678, 1234 5678, (+44) 20 7946 0958, 040-123 45 67: 8 or more digits with separators. */
const PHONE = /(?<![\p{L}\p{N}])(?:\(?\+\d{1,3}\)?[\s.-]?)?\d(?:[\s.-]?\d){7,13}(?![\p{L}\p{N}])/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of names worth removing: at least two letters, without the punctuation around them. */
export function nameWords(names: readonly string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    const whole = name.trim();
    if (whole.length >= 2) words.add(whole);
    for (const part of whole.split(/[\s()"',.;:/]+/)) if (part.length >= 2 && /^\p{Lu}/u.test(part)) words.add(part);
  }
  // Longest first, so a full name goes before its first name.
  return [...words].sort((a, b) => b.length - a.length);
}

export interface Markers {
  name: string;
  email: string;
  phone: string;
}

export const DANISH_MARKERS: Markers = { name: '[navn]', email: '[e-mail]', phone: '[telefon]' };

/** The text without the named people (whole words, as written with a capital), e-mail addresses and phone numbers. */
export function withoutPersonalData(text: string, names: readonly string[], markers: Markers = DANISH_MARKERS): string {
  let out = text.replace(EMAIL, markers.email).replace(PHONE, markers.phone);
  for (const word of nameWords(names)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'gu'), markers.name);
  }
  // "[navn] [navn]" (first and last name removed one by one) reads as one name.
  const name = escape(markers.name);
  return out.replace(new RegExp(`${name}(?:\\s+${name})+`, 'g'), markers.name);
}
