// The identifiers on an invoice, checked as their issuers define them: a Danish CVR number (8 digits,
// modulus 11 with the weights 2 7 6 5 4 3 2 1), a GLN / EAN location number (13 digits, GS1 check digit,
// the number public customers receive invoices on), an IBAN (ISO 13616, modulus 97) and a BIC (ISO 9362).
// Pure: each check answers true or false; callers turn false into a message naming the field.

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** A CVR number: 8 digits, not starting with 0, and the weighted sum divisible by 11. */
export function isCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const sum = [...value].reduce((n, d, i) => n + Number(d) * CVR_WEIGHTS[i]!, 0);
  return sum % 11 === 0;
}

/** The GS1 check digit of the digits before it (weights 3 and 1 from the right). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** A GLN (EAN location number): 13 digits whose last is the GS1 check digit of the others. */
export function isGln(value: string): boolean {
  return /^\d{13}$/.test(value) && gs1CheckDigit(value.slice(0, 12)) === Number(value[12]);
}

/** An IBAN without spaces: country, two check digits, the account; modulus 97 of the rearranged number is 1. */
export function isIban(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** A BIC (SWIFT code): bank, country, location and an optional branch: 8 or 11 characters. */
export function isBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value);
}

/** An IBAN in groups of four, as printed: DK5000400440116243 → 'DK50 0040 0440 1162 43'. */
export const groupedIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');
