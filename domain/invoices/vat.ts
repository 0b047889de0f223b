// VAT (moms) on an invoice (SPEC §7): 25 % of the invoice's total excluding VAT, computed once on the
// total (never per line) in whole øre, a half øre rounded away from zero. Amounts are integer øre.

export const VAT_PERCENT = 25;

/** The VAT of a total excluding VAT: round(|total| × 25 / 100) with the total's sign, halves away from zero. */
export function vatOre(totalExVatOre: number): number {
  if (!Number.isSafeInteger(totalExVatOre)) throw new RangeError(`an amount in øre must be a safe integer, got ${totalExVatOre}`);
  const abs = Math.abs(totalExVatOre);
  const vat = Math.floor((abs * VAT_PERCENT + 50) / 100);
  return totalExVatOre < 0 && vat !== 0 ? -vat : vat;
}

export interface InvoiceTotals {
  totalExVatOre: number;
  vatOre: number;
  totalOre: number;
}

/** The totals of lines: their sum, the VAT on it, and both together. */
export function invoiceTotals(lines: readonly { amountOre: number }[]): InvoiceTotals {
  const totalExVatOre = lines.reduce((n, l) => n + l.amountOre, 0);
  const vat = vatOre(totalExVatOre);
  return { totalExVatOre, vatOre: vat, totalOre: totalExVatOre + vat };
}
