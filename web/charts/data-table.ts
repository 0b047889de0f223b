// A chart's numbers as a table: the same rows are shown beside the chart (formatted for the reader)
// and downloaded as CSV (semicolon-separated, UTF-8 with a byte-order mark, CRLF, decimal comma — as
// the billing export, so a spreadsheet in Denmark opens it as it is).
import { kroner, textCell } from '../../services/billing/csv.js';

export type ColumnKind = 'text' | 'count' | 'hours' | 'money' | 'share';

export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
}

/** A cell: text, a count, minutes (hours columns), øre (money columns) or a share 0..1; null is empty. */
export type Cell = string | number | null;

export interface DataTable {
  caption: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** A totals row, if the table has one. */
  foot?: Record<string, Cell>;
}

const decimalComma = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');

/** How numbers read on the page, in the reader's language. */
export interface CellFormats {
  money(ore: number): string;
  percent(share: number | null): string;
  hours(hours: number): string;
}

/** How a cell reads on the page. */
export function cellText(kind: ColumnKind, value: Cell, f: CellFormats): string {
  if (value === null) return '—';
  if (kind === 'text' || typeof value === 'string') return String(value);
  switch (kind) {
    case 'count':
      return String(value);
    case 'hours':
      return f.hours(Math.round((value / 60) * 100) / 100);
    case 'money':
      return f.money(value);
    case 'share':
      return f.percent(value);
  }
}

function csvCell(kind: ColumnKind, value: Cell): string {
  if (value === null) return '';
  if (kind === 'text' || typeof value === 'string') return textCell(String(value));
  switch (kind) {
    case 'count':
      return String(value);
    case 'hours':
      return decimalComma(value / 60, 2);
    case 'money':
      return kroner(value);
    case 'share':
      return decimalComma(value * 100, 1);
  }
}

export function tableCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => textCell(c.label)).join(';')];
  for (const row of [...table.rows, ...(table.foot ? [table.foot] : [])]) lines.push(table.columns.map((c) => csvCell(c.kind, row[c.key] ?? null)).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
