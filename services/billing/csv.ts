// The billing export as CSV for bookkeeping: semicolon-separated, UTF-8 with a byte-order mark (so
// Excel reads the Danish letters), CRLF line ends, amounts in kroner with a decimal comma. Texts
// typed by people (case titles, names) are quoted, and a leading =, +, - or @ is neutralised so a
// spreadsheet never runs them as formulas. A fixed price (the quote price) has no minutes.
import type { BillingMonth } from './export.js';
import { FIXED_PRICE_KINDS } from '../../domain/billing-display.js';

export const CSV_HEADER = [
  'company_id',
  'company_name',
  'case_number',
  'case_title',
  'billed_on',
  'kind',
  'minutes',
  'amount_ore',
  'amount_kr',
  'text',
] as const;

/** Øre as kroner with a decimal comma and no thousands separator: 71250 → '712,50', -5 → '-0,05'. */
export function kroner(ore: number): string {
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** One text cell: formula-looking text gets a leading apostrophe; quoted when it holds ; " or a line break. */
export function textCell(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function billingCsv(report: BillingMonth): string {
  const rows = [CSV_HEADER.join(';')];
  for (const company of report.companies) {
    for (const line of company.lines) {
      rows.push(
        [
          textCell(line.companyId),
          textCell(company.companyName),
          line.caseNumber === null ? '' : String(line.caseNumber),
          textCell(line.caseTitle),
          line.billedOn,
          line.kind,
          FIXED_PRICE_KINDS.includes(line.kind) ? '' : String(line.minutes),
          String(line.amountOre),
          kroner(line.amountOre),
          textCell(line.text),
        ].join(';'),
      );
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
