// The pure parts of the desk manager's pages: response-time statistics, months, and the CSV export.
import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../services/insight/sla-overview.js';
import { monthBounds, MONTH } from '../../services/billing/export.js';
import { billingCsv, kroner, textCell, CSV_HEADER } from '../../services/billing/csv.js';
import { monthName, percentText, shiftMonth, urgency } from '../../web/admin/present.js';

describe('response-time statistics', () => {
  it('gives the median of odd and even counts, and null for none', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('gives the nearest-rank percentile', () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([5], 90)).toBe(5);
    const ten = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });

  it('marks urgency by the working time left', () => {
    expect(urgency(null, 480)).toBe('u-paused');
    expect(urgency(-1, 480)).toBe('u-overdue');
    expect(urgency(120, 480)).toBe('u-soon');
    expect(urgency(121, 480)).toBe('u-ok');
  });
});

describe('months', () => {
  it('accepts YYYY-MM only', () => {
    for (const ok of ['2025-01', '2024-12', '2099-06']) expect(MONTH.test(ok)).toBe(true);
    for (const bad of ['2025-13', '2025-00', '2025-1', '25-01', '2025-01-01', '1999-12', '', '2025-01\n']) expect(MONTH.test(bad)).toBe(false);
  });

  it('bounds a month by local dates, across the year end', () => {
    expect(monthBounds('2025-03')).toEqual({ from: '2025-03-01', to: '2025-04-01' });
    expect(monthBounds('2024-12')).toEqual({ from: '2024-12-01', to: '2025-01-01' });
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2025-06', 1)).toBe('2025-07');
  });

  it("names a month and a share in the reader's language", () => {
    expect(monthName('2025-03', 'da')).toBe('marts 2025');
    expect(monthName('2025-03', 'en')).toBe('March 2025');
    expect(percentText(0.125, 'da')).toBe('12,5 %');
    expect(percentText(0.125, 'en')).toBe('12.5%');
    expect(percentText(null, 'en')).toBe('—');
  });
});

describe('billing CSV', () => {
  it('writes kroner with a decimal comma and no thousands separator', () => {
    expect(kroner(71250)).toBe('712,50');
    expect(kroner(123456789)).toBe('1234567,89');
    expect(kroner(5)).toBe('0,05');
    expect(kroner(-23750)).toBe('-237,50');
    expect(kroner(0)).toBe('0,00');
  });

  it('quotes texts with separators and neutralises formulas', () => {
    expect(textCell('Plain text')).toBe('Plain text');
    expect(textCell(null)).toBe('');
    expect(textCell('a;b')).toBe('"a;b"');
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('two\nlines')).toBe('"two\nlines"');
    expect(textCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(textCell('+45 1234')).toBe("'+45 1234");
    expect(textCell('@cmd')).toBe("'@cmd");
  });

  it('has a BOM, a header and one CRLF line per billing line', () => {
    const csv = billingCsv({
      month: '2025-03',
      companyId: null,
      lineCount: 2,
      totalOre: 121250,
      locked: false,
      lockable: true,
      companies: [
        {
          companyId: 'acme',
          companyName: 'Acme; A/S',
          activeContacts: 3,
          subtotalOre: 121250,
          locked: null,
          lines: [
            {
              companyId: 'acme',
              caseNumber: 1042,
              caseTitle: 'Rapport',
              billedOn: '2025-03-14',
              kind: 'time',
              minutes: 45,
              amountOre: 71250,
              text: 'Forbrugt tid (min. 15 minutter)',
              corrects: null,
            },
            {
              companyId: 'acme',
              caseNumber: null,
              caseTitle: null,
              billedOn: '2025-03-01',
              kind: 'contact_fee',
              minutes: 0,
              amountOre: 50000,
              text: 'Månedligt gebyr, ekstra supportkontakt: Bo Berg (2025-03)',
              corrects: null,
            },
          ],
        },
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe(CSV_HEADER.join(';'));
    expect(rows[1]).toBe('acme;"Acme; A/S";1042;Rapport;2025-03-14;time;45;71250;712,50;Forbrugt tid (min. 15 minutter)');
    expect(rows[2]).toBe('acme;"Acme; A/S";;;2025-03-01;contact_fee;0;50000;500,00;Månedligt gebyr, ekstra supportkontakt: Bo Berg (2025-03)');
    expect(rows[3]).toBe('');
    expect(rows).toHaveLength(4);
  });
});
