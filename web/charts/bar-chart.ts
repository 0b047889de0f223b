// A server-rendered bar chart as inline SVG: one bar per category, its series stacked, vertical (time
// along the bottom) or horizontal (long category names down the side). Colours come from the page's
// CSS (`.series-<n>`); every segment has a <title> with its value, so a pointer shows it.
import { esc, labelEvery, niceScale, px, svgOpen, type ChartText } from './svg.js';

export interface Series {
  label: string;
  values: readonly number[];
}

export interface BarChartSpec extends ChartText {
  categories: readonly string[];
  series: readonly Series[];
  orientation?: 'vertical' | 'horizontal';
  /** Whole numbers only on the axis (counts). */
  integers?: boolean;
  /** How a value reads on the axis and in the tooltips. */
  format?: (value: number) => string;
}

const W = 720;
const PLAIN = (v: number) => String(v);

export function barChart(spec: BarChartSpec): string {
  return spec.orientation === 'horizontal' ? horizontal(spec) : vertical(spec);
}

function totals(spec: BarChartSpec): number[] {
  return spec.categories.map((_, i) => spec.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
}

function segments(spec: BarChartSpec, i: number, place: (from: number, to: number) => string): string {
  const format = spec.format ?? PLAIN;
  let base = 0;
  let out = '';
  spec.series.forEach((s, k) => {
    const v = Math.max(0, s.values[i] ?? 0);
    if (v === 0) return;
    const tip = `${spec.categories[i]} · ${s.label}: ${format(v)}`;
    out += `<rect class="bar series-${k}" ${place(base, base + v)} data-value="${v}"><title>${esc(tip)}</title></rect>`;
    base += v;
  });
  return out;
}

function vertical(spec: BarChartSpec): string {
  const H = 300;
  const m = { left: 92, right: 12, top: 14, bottom: 46 };
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const n = Math.max(1, spec.categories.length);
  const scale = niceScale(Math.max(0, ...totals(spec)), 5, spec.integers);
  const y = (v: number) => m.top + plotH - (v / scale.max) * plotH;
  const band = plotW / n;
  const barW = Math.max(2, band * 0.7);
  const format = spec.format ?? PLAIN;
  let out = svgOpen(spec, W, H, 'bar');
  for (const t of scale.ticks) {
    out += `<line class="grid" x1="${m.left}" x2="${W - m.right}" y1="${px(y(t))}" y2="${px(y(t))}"/>`;
    out += `<text class="tick" x="${m.left - 6}" y="${px(y(t) + 4)}" text-anchor="end">${esc(format(t))}</text>`;
  }
  const every = labelEvery(n, 13);
  spec.categories.forEach((c, i) => {
    const x = m.left + band * i + (band - barW) / 2;
    out += `<g class="category" data-category="${esc(c)}">${segments(spec, i, (a, b) => `x="${px(x)}" y="${px(y(b))}" width="${px(barW)}" height="${px(y(a) - y(b))}"`)}</g>`;
    if ((n - 1 - i) % every === 0)
      out += `<text class="label" x="${px(m.left + band * (i + 0.5))}" y="${H - m.bottom + 16}" text-anchor="middle">${esc(c)}</text>`;
  });
  out += `<line class="axis" x1="${m.left}" x2="${W - m.right}" y1="${px(y(0))}" y2="${px(y(0))}"/>`;
  return `${out}</svg>`;
}

function horizontal(spec: BarChartSpec): string {
  const n = Math.max(1, spec.categories.length);
  const rowH = 30;
  const m = { left: 190, right: 24, top: 10, bottom: 28 };
  const H = m.top + m.bottom + rowH * n;
  const plotW = W - m.left - m.right;
  const scale = niceScale(Math.max(0, ...totals(spec)), 5, spec.integers);
  const x = (v: number) => m.left + (v / scale.max) * plotW;
  const format = spec.format ?? PLAIN;
  let out = svgOpen(spec, W, H, 'hbar');
  for (const t of scale.ticks) {
    out += `<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${m.top}" y2="${H - m.bottom}"/>`;
    out += `<text class="tick" x="${px(x(t))}" y="${H - m.bottom + 16}" text-anchor="middle">${esc(format(t))}</text>`;
  }
  spec.categories.forEach((c, i) => {
    const top = m.top + rowH * i + rowH * 0.15;
    const h = rowH * 0.7;
    out += `<text class="label" x="${m.left - 8}" y="${px(top + h / 2 + 4)}" text-anchor="end">${esc(c)}</text>`;
    out += `<g class="category" data-category="${esc(c)}">${segments(spec, i, (a, b) => `x="${px(x(a))}" y="${px(top)}" width="${px(x(b) - x(a))}" height="${px(h)}"`)}</g>`;
  });
  out += `<line class="axis" x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${H - m.bottom}"/>`;
  return `${out}</svg>`;
}
