// What every page must pass in the browser: axe-core's WCAG 2.1 A/AA rules (its source injected into
// the page through playwright, so the product's Content-Security-Policy stays as it is), no sideways
// scrolling (`document.documentElement.scrollWidth <= innerWidth`), the top menu on one line at desktop
// width, and a visible outline on whatever has keyboard focus.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Browser globals of the code that runs in Chromium through page.evaluate() (the project compiles without the DOM library).
declare const window: any;
declare const document: any;
declare function getComputedStyle(el: any): any;
type HTMLElement = any;
type Element = any;
type Document = any;

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('axe-core/axe.min.js')), 'package.json'), 'utf8')) as { version: string }
).version;

/** The WCAG 2.1 level A and AA rules. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: AxeNode[];
}

/** axe-core's violations on the page as it is now, one line each (rule, what, where). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_21_AA);
  return violations.map((v) => {
    const where = v.nodes
      .slice(0, 4)
      .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`)
      .join('; ');
    return `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s): ${where}`;
  });
}

/** Null when the page fits its window's width; else the widths and the elements that stick out. */
export async function sidewaysScroll(page: Page): Promise<string | null> {
  const r = await page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > width + 0.5);
    // The innermost ones: those without a child that sticks out too.
    const innermost = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
    return { width, scrollWidth, culprits: innermost.slice(0, 5).map(describe) };
  });
  return r.scrollWidth <= r.width
    ? null
    : `scrolls sideways: scrollWidth ${r.scrollWidth} > innerWidth ${r.width}; sticking out: ${r.culprits.join(', ') || '(none found)'}`;
}

/** Null when the top bar's page links sit on one line, and its tools (language, name, sign-out) on one line. */
export async function menuOnOneLine(page: Page): Promise<string | null> {
  const groups = await page.evaluate(() =>
    ['.topbar .mainnav a', '.topbar .topbar-tools > *'].map((selector) =>
      [...document.querySelectorAll(selector)]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => {
          const b = el.getBoundingClientRect();
          return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30), middle: b.top + b.height / 2 };
        }),
    ),
  );
  const wraps = groups.flatMap((items) => {
    const off = items.filter((x) => Math.abs(x.middle - items[0]!.middle) > 6);
    return off.length ? [`${off.map((x) => `"${x.text}"`).join(', ')} on another line than "${items[0]!.text}"`] : [];
  });
  return wraps.length ? `the menu wraps: ${wraps.join('; ')}` : null;
}

/** Null when the focused element shows an outline of at least 2 px; else what has focus and its outline. */
export async function focusVisible(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing has keyboard focus';
    const cs = getComputedStyle(el);
    const what = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
    if (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) < 2)
      return `${what} has focus without a visible outline (outline: ${cs.outlineStyle} ${cs.outlineWidth})`;
    const b = el.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) return `${what} has focus but is not on screen`;
    return null;
  });
}

/** A short name for an address, usable in a file name. */
export const slug = (url: string) =>
  url
    .replace(/^\//, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'home';
