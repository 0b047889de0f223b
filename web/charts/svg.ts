// The pieces every chart is drawn with: escaped text, rounded coordinates, and an axis scale with
// "nice" ticks (1, 2, 2.5 or 5 times a power of ten) from zero to at least the largest value.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside SVG/HTML content and attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** A coordinate with at most one decimal (keeps the markup small and stable). */
export const px = (n: number): string => String(Math.round(n * 10) / 10);

export interface Scale {
  /** The top of the axis (a multiple of the step, at least the largest value; 1 step when all are zero). */
  max: number;
  ticks: number[];
}

/** A scale from zero with about `count` steps; `integers` keeps steps whole (counts). */
export function niceScale(largest: number, count = 5, integers = false): Scale {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 0;
  const raw = top === 0 ? 1 : top / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  let step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10) * magnitude;
  if (integers) step = Math.max(1, Math.ceil(step));
  const max = Math.max(step, Math.ceil(top / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 1e6; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max, ticks };
}

/** Every `k`-th of `n` labels is drawn (counted from the last, which is always drawn) so they do not overlap. */
export function labelEvery(n: number, room: number): number {
  return Math.max(1, Math.ceil(n / Math.max(1, room)));
}

export interface ChartText {
  /** The chart's id (unique on the page): its title and description are `<id>-t` and `<id>-d`. */
  id: string;
  title: string;
  /** What the chart shows, in one sentence, for screen readers (the table beside it has the numbers). */
  description: string;
}

/** The opening of an accessible inline SVG chart. */
export function svgOpen(text: ChartText, width: number, height: number, kind: string): string {
  return (
    `<svg class="chart chart-${kind}" id="${esc(text.id)}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${esc(text.id)}-t ${esc(text.id)}-d" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${esc(text.id)}-t">${esc(text.title)}</title><desc id="${esc(text.id)}-d">${esc(text.description)}</desc>`
  );
}
