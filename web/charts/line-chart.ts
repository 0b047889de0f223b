// A server-rendered line chart as inline SVG for a share over time (0–100 %): one line per series,
// broken where a period has no value, a point with a <title> per value, and an optional target line.
import { esc, labelEvery, px, svgOpen, type ChartText } from './svg.js';

export interface ShareSeries {
  label: string;
  /** Shares 0..1, or null where there is nothing to show. */
  values: readonly (number | null)[];
}

export interface LineChartSpec extends ChartText {
  categories: readonly string[];
  series: readonly ShareSeries[];
  /** A share to draw as a dashed line (e.g. a goal). */
  target?: number;
  /** How a share reads on the axis and in the tooltips. */
  format: (share: number) => string;
}

const W = 720;
const H = 280;
const M = { left: 64, right: 12, top: 14, bottom: 46 };

export function lineChart(spec: LineChartSpec): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = Math.max(1, spec.categories.length);
  const band = plotW / n;
  const x = (i: number) => M.left + band * (i + 0.5);
  const y = (share: number) => M.top + plotH - Math.min(1, Math.max(0, share)) * plotH;
  let out = svgOpen(spec, W, H, 'line');
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    out += `<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${px(y(t))}" y2="${px(y(t))}"/>`;
    out += `<text class="tick" x="${M.left - 6}" y="${px(y(t) + 4)}" text-anchor="end">${esc(spec.format(t))}</text>`;
  }
  if (spec.target !== undefined) out += `<line class="target" x1="${M.left}" x2="${W - M.right}" y1="${px(y(spec.target))}" y2="${px(y(spec.target))}"/>`;
  spec.series.forEach((s, k) => {
    let path = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) return void (pen = false);
      path += `${pen ? 'L' : 'M'}${px(x(i))} ${px(y(v))}`;
      pen = true;
    });
    if (path) out += `<path class="line series-${k}" d="${path}"/>`;
    s.values.forEach((v, i) => {
      if (v === null) return;
      const tip = `${spec.categories[i]} · ${s.label}: ${spec.format(v)}`;
      out += `<circle class="point series-${k}" cx="${px(x(i))}" cy="${px(y(v))}" r="3.5" data-value="${v}"><title>${esc(tip)}</title></circle>`;
    });
  });
  const every = labelEvery(n, 13);
  spec.categories.forEach((c, i) => {
    if ((n - 1 - i) % every === 0) out += `<text class="label" x="${px(x(i))}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(c)}</text>`;
  });
  out += `<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${px(y(0))}" y2="${px(y(0))}"/>`;
  return `${out}</svg>`;
}
