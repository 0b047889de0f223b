// The pure rules of invoices: identifiers checked as their issuers define them, VAT 25 % on the total
// in whole øre (halves away from zero), the quantity of each line (minutes at the rate it was billed at,
// else a piece), and the vendor's billing identity refused with one readable line naming the field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gs1CheckDigit, groupedIban, isBic, isCvr, isGln, isIban } from '../../domain/invoices/identifiers.js';
import { invoiceTotals, vatOre } from '../../domain/invoices/vat.js';
import { invoiceLines, lineQuantity, quantityAmount } from '../../domain/invoices/lines.js';
import { dueDateOf } from '../../domain/invoices/document.js';
import { DEFAULT_BILLING_IDENTITY_FILE, parseBillingIdentity } from '../../config/billing-identity.js';
import { DEMO_BILLING } from '../../db/demo-billing.js';
import { kronerAmount } from '../../services/billing/invoices/ubl.js';
import { invoiceDate, invoiceMonth } from '../../services/billing/invoices/format.js';

describe('identifiers', () => {
  it('checks CVR numbers with modulus 11, GLNs with the GS1 check digit, IBANs with modulus 97 and BICs by form', () => {
    expect(isCvr('37121002')).toBe(true);
    expect(isCvr('37121003')).toBe(false);
    expect(isCvr('07121002')).toBe(false);
    expect(isCvr('3712100')).toBe(false);
    expect(gs1CheckDigit('579800042840')).toBe(9);
    expect(isGln('5798000428409')).toBe(true);
    expect(isGln('5798000428408')).toBe(false);
    expect(isIban('DK5000400440116243')).toBe(true);
    expect(isIban('DK5000400440116244')).toBe(false);
    expect(isIban('GB82WEST12345698765432')).toBe(true);
    expect(isBic('DABADKKK')).toBe(true);
    expect(isBic('DABADKKKXXX')).toBe(true);
    expect(isBic('DABA-DKK')).toBe(false);
    expect(groupedIban('DK5000400440116243')).toBe('DK50 0040 0440 1162 43');
  });

  it('gives every demo company a valid CVR number, and the public-style one a valid GLN', () => {
    for (const [id, b] of Object.entries(DEMO_BILLING)) {
      expect(isCvr(b.cvr), id).toBe(true);
      if (b.gln) expect(isGln(b.gln), id).toBe(true);
    }
    expect(Object.values(DEMO_BILLING).filter((b) => b.gln)).toHaveLength(1);
    expect(Object.values(DEMO_BILLING).filter((b) => b.locale === 'en')).toHaveLength(1);
  });
});

describe('VAT', () => {
  it('is 25 % of the total in whole øre, half an øre rounded away from zero', () => {
    expect(vatOre(10_000)).toBe(2_500);
    expect(vatOre(1)).toBe(0); // 0.25 øre
    expect(vatOre(2)).toBe(1); // 0.5 øre → 1
    expect(vatOre(3)).toBe(1); // 0.75 øre → 1
    expect(vatOre(-2)).toBe(-1);
    expect(vatOre(-1)).toBe(0);
    expect(vatOre(0)).toBe(0);
    expect(() => vatOre(1.5)).toThrow(RangeError);
  });

  it('is computed once on the total, not per line', () => {
    // Per line: 0 + 0 + 0 = 0 øre; on the total of 3 øre: 1 øre.
    expect(invoiceTotals([{ amountOre: 1 }, { amountOre: 1 }, { amountOre: 1 }])).toEqual({ totalExVatOre: 3, vatOre: 1, totalOre: 4 });
    expect(invoiceTotals([{ amountOre: 71_250 }, { amountOre: -23_750 }])).toEqual({ totalExVatOre: 47_500, vatOre: 11_875, totalOre: 59_375 });
  });
});

describe('invoice lines', () => {
  it('quantifies time at the rate it was billed at, and everything else as pieces at a price that is never negative', () => {
    expect(lineQuantity({ kind: 'time', minutes: 45, amountOre: 71_250 })).toEqual({ unit: 'minutes', minutes: 45, hourlyRateOre: 95_000 });
    expect(lineQuantity({ kind: 'time', minutes: 7, amountOre: 11_083 })).toEqual({ unit: 'minutes', minutes: 7, hourlyRateOre: 95_000 });
    expect(lineQuantity({ kind: 'time', minutes: 40, amountOre: 66_667 })).toEqual({ unit: 'minutes', minutes: 40, hourlyRateOre: 100_000 });
    expect(lineQuantity({ kind: 'estimation_credit', minutes: -90, amountOre: -142_500 })).toEqual({ unit: 'minutes', minutes: -90, hourlyRateOre: 95_000 });
    expect(lineQuantity({ kind: 'quote_price', minutes: 600, amountOre: 1_200_000 })).toEqual({ unit: 'piece', pieces: 1, unitPriceOre: 1_200_000 });
    expect(lineQuantity({ kind: 'contact_fee', minutes: 0, amountOre: 50_000 })).toEqual({ unit: 'piece', pieces: 1, unitPriceOre: 50_000 });
    expect(lineQuantity({ kind: 'correction', minutes: 0, amountOre: -50_000 })).toEqual({ unit: 'piece', pieces: -1, unitPriceOre: 50_000 });
    // Minutes and amount that disagree in sign are no rate: a piece.
    expect(lineQuantity({ kind: 'correction', minutes: 30, amountOre: -100 })).toEqual({ unit: 'piece', pieces: -1, unitPriceOre: 100 });
  });

  it('keeps every line, in order, with the same amount the quantity comes to', () => {
    const lines = invoiceLines([
      { caseNumber: 1, caseTitle: 'A', kind: 'time', minutes: 13, amountOre: 20_583, text: 't', billedOn: '2026-03-02' },
      { caseNumber: null, caseTitle: null, kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: 'f', billedOn: '2026-03-01' },
      { caseNumber: 2, caseTitle: 'B', kind: 'correction', minutes: -15, amountOre: -23_750, text: 'c', billedOn: '2026-03-03' },
    ]);
    expect(lines.map((l) => l.lineNo)).toEqual([1, 2, 3]);
    for (const l of lines) expect(quantityAmount(l.quantity)).toBe(l.amountOre);
  });
});

describe('formats', () => {
  it('writes amounts as UBL decimals, dates and months in the invoice language, and the due date from the terms', () => {
    expect(kronerAmount(71_250)).toBe('712.50');
    expect(kronerAmount(-5)).toBe('-0.05');
    expect(kronerAmount(0)).toBe('0.00');
    expect(invoiceDate('2026-03-05', 'da')).toBe('05.03.2026');
    expect(invoiceDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(invoiceMonth('2026-03', 'da')).toBe('marts 2026');
    expect(dueDateOf('2026-12-25', 14)).toBe('2027-01-08');
  });
});

describe('the billing identity', () => {
  const valid = JSON.parse(readFileSync(DEFAULT_BILLING_IDENTITY_FILE, 'utf8'));

  it('reads the configured vendor and number series', () => {
    const id = parseBillingIdentity(valid);
    expect(id.seller).toMatchObject({ cvr: '37121002', paymentTermsDays: 14, bank: { iban: 'DK5000400440116243' } });
    expect(id.firstInvoiceNumber).toBe(10001);
  });

  it('refuses a bad field with one line naming it', () => {
    const bad = (patch: Record<string, unknown>) => () => parseBillingIdentity({ ...valid, ...patch }, 'billing identity x.json');
    expect(bad({ cvr: '12345678' })).toThrow(/^invalid billing identity x\.json: cvr: a CVR number: 8 digits passing the modulus 11 check$/);
    expect(bad({ bank: { ...valid.bank, iban: 'DK5000400440116244' } })).toThrow(/bank\.iban: an IBAN with correct check digits$/);
    expect(bad({ numberSeries: { first: 0 } })).toThrow(/numberSeries\.first/);
    expect(bad({ extra: 1 })).toThrow(/^invalid billing identity x\.json: \(root\):/);
    try {
      bad({ cvr: 'x' })();
    } catch (err) {
      expect((err as Error).message.split('\n')).toHaveLength(1);
    }
  });
});
