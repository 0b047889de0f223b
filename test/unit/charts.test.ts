// The server-rendered charts (web/charts): nice axis scales, bars in proportion to their values and
// stacked without gaps, lines broken where a week has no value, labels that never crowd, every text
// escaped, accessible names — and the CSV of a chart's table.
import { describe, expect, it } from 'vitest';
import { barChart } from '../../web/charts/bar-chart.js';
import { lineChart } from '../../web/charts/line-chart.js';
import { labelEvery, niceScale } from '../../web/charts/svg.js';
import { tableCsv } from '../../web/charts/data-table.js';

const rects = (svg: string) =>
  [...svg.matchAll(/<rect class="bar series-(\d+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" data-value="([\d.]+)">/g)].map((m) => ({
    series: Number(m[1]),
    x: Number(m[2]),
    y: Number(m[3]),
    width: Number(m[4]),
    height: Number(m[5]),
    value: Number(m[6]),
  }));

describe('the axis scale', () => {
  it.each([
    [0, false, 1, [0, 1]],
    [7, true, 8, [0, 2, 4, 6, 8]],
    [3, true, 3, [0, 1, 2, 3]],
    [12_345, false, 12_500, [0, 2500, 5000, 7500, 10_000, 12_500]],
    [0.93, false, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('niceScale(%d, integers %s) tops at %d', (largest, integers, max, ticks) => {
    expect(niceScale(largest, 5, integers)).toEqual({ max, ticks });
  });

  it('draws at most `room` labels', () => {
    expect(labelEvery(26, 13)).toBe(2);
    expect(labelEvery(12, 13)).toBe(1);
  });
});

describe('a bar chart', () => {
  const spec = {
    id: 'c1',
    title: 'Breaches <per> week',
    description: 'Bars & more',
    categories: ['w1', 'w2', 'w3'],
    series: [
      { label: 'A', values: [1, 2, 0] },
      { label: 'B', values: [3, 0, 0] },
    ],
    integers: true,
  };

  it('is an accessible image named by its escaped title and description', () => {
    const svg = barChart(spec);
    expect(svg).toMatch(/^<svg class="chart chart-bar" id="c1" viewBox="0 0 720 300" role="img" aria-labelledby="c1-t c1-d"/);
    expect(svg).toContain('<title id="c1-t">Breaches &lt;per&gt; week</title><desc id="c1-d">Bars &amp; more</desc>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws each non-zero value as a segment in proportion, stacked without gaps, with its value as a tooltip', () => {
    const svg = barChart(spec);
    const bars = rects(svg);
    expect(bars.map((b) => [b.series, b.value])).toEqual([
      [0, 1],
      [1, 3],
      [0, 2],
    ]);
    const [a1, b1, a2] = bars;
    expect(b1.height / a1.height).toBeCloseTo(3, 1);
    expect(a2.height / a1.height).toBeCloseTo(2, 1);
    expect(b1.y + b1.height).toBeCloseTo(a1.y, 0); // B sits on A
    expect(a1.x).toBe(b1.x);
    expect(a2.x).toBeGreaterThan(a1.x);
    expect(svg).toContain('<title>w1 · B: 3</title>');
  });

  it('lays long category names down the side when horizontal, and formats the axis', () => {
    const svg = barChart({ ...spec, orientation: 'horizontal', categories: ['Venter på kunden', 'I gang', 'Modtaget'], format: (v) => `${v} sager` });
    expect(svg).toContain('class="chart chart-hbar"');
    expect(svg).toContain('text-anchor="end">Venter på kunden</text>');
    expect(svg).toContain('>4 sager</text>');
    const [a1, b1] = rects(svg);
    expect(b1.width / a1.width).toBeCloseTo(3, 1);
    expect(b1.x).toBeCloseTo(a1.x + a1.width, 0);
  });

  it('labels 26 weeks without crowding, the latest always', () => {
    const categories = Array.from({ length: 26 }, (_, i) => `u${i + 1}`);
    const svg = barChart({ ...spec, categories, series: [{ label: 'A', values: categories.map(() => 1) }] });
    const labels = [...svg.matchAll(/<text class="label"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels.length).toBe(13);
    expect(labels.at(-1)).toBe('u26');
    expect(labels).not.toContain('u25');
  });

  it('draws no bars and a one-step axis when everything is zero', () => {
    const svg = barChart({ ...spec, series: [{ label: 'A', values: [0, 0, 0] }] });
    expect(rects(svg)).toEqual([]);
    expect(svg).toContain('>1</text>');
  });
});

describe('a line chart', () => {
  it('breaks the line where a week has no value, and puts a point with its tooltip on every value', () => {
    const svg = lineChart({
      id: 'l1',
      title: 'SLA',
      description: 'Share',
      categories: ['w1', 'w2', 'w3', 'w4'],
      series: [{ label: 'In time', values: [1, 0.5, null, 0.75] }],
      format: (v) => `${Math.round(v * 100)}%`,
    });
    const d = /<path class="line series-0" d="([^"]+)"/.exec(svg)![1];
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/L/g)).toHaveLength(1);
    expect([...svg.matchAll(/<circle class="point series-0"/g)]).toHaveLength(3);
    expect(svg).toContain('<title>w2 · In time: 50%</title>');
    const y = (share: string) => Number(new RegExp(`cy="([\\d.]+)" r="3.5" data-value="${share}"`).exec(svg)![1]);
    expect(y('0.5')).toBeGreaterThan(y('1'));
    expect(y('0.5') - y('1')).toBeCloseTo(2 * (y('0.5') - y('0.75')), 0);
  });
});

describe("a chart's CSV", () => {
  it('is semicolon-separated UTF-8 with a BOM, decimal commas, kroner and neutralised formulas', () => {
    const csv = tableCsv({
      caption: 'x',
      columns: [
        { key: 'name', label: 'Virksomhed', kind: 'text' },
        { key: 'minutes', label: 'Timer', kind: 'hours' },
        { key: 'ore', label: 'Beløb', kind: 'money' },
        { key: 'share', label: 'Til tiden', kind: 'share' },
        { key: 'n', label: 'Antal', kind: 'count' },
      ],
      rows: [
        { name: '=cmd; "x"', minutes: 90, ore: 123_450, share: 0.875, n: 3 },
        { name: 'Tom', minutes: 0, ore: 0, share: null, n: 0 },
      ],
      foot: { name: 'I alt', minutes: 90, ore: 123_450, share: null, n: 3 },
    });
    expect(csv).toBe('\uFEFFVirksomhed;Timer;Beløb;Til tiden;Antal\r\n"\'=cmd; ""x""";1,50;1234,50;87,5;3\r\nTom;0,00;0,00;;0\r\nI alt;1,50;1234,50;;3\r\n');
  });
});
