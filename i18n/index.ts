// Translations for pages and e-mails: i18next, with one JSON file per language and namespace in
// i18n/locales/<lang>/<namespace>.json. Keys are looked up as "namespace:key.path". A feature may add
// keys to a namespace from a file of its own, <namespace>.<feature>.json, kept in a folder named after the
// feature (i18n/locales/<lang>/orders/portal.orders.json; merged in; a key given twice is an error).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type Resource, type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../domain/types.js';
import { configuredAttachmentLimits } from '../config/attachments.js';
import { numberFormat } from './numbers.js';

const LOCALES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'locales');

type Texts = Record<string, unknown>;

/** Merges `add` into `into`; the same key in both is a mistake in the files. */
function mergeTexts(into: Texts, add: Texts, where: string): void {
  for (const [key, value] of Object.entries(add)) {
    const there = into[key];
    if (there === undefined) into[key] = value;
    else if (there && value && typeof there === 'object' && typeof value === 'object') mergeTexts(there as Texts, value as Texts, `${where}.${key}`);
    else throw new Error(`translation key ${where}.${key} is given twice`);
  }
}

function loadResources(): Resource {
  const resources: Resource = {};
  for (const lang of LOCALES) {
    resources[lang] = {};
    // The namespace's own file first, then the files that add to it (name.feature.json).
    const files = readdirSync(path.join(LOCALES_DIR, lang), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .sort((a, b) => path.basename(a).split('.').length - path.basename(b).split('.').length || a.localeCompare(b));
    for (const file of files) {
      const ns = path.basename(file).split('.')[0]!;
      const texts = JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, file), 'utf8')) as Texts;
      resources[lang][ns] ??= {};
      mergeTexts(resources[lang][ns] as Texts, texts, `${lang}/${ns}`);
    }
  }
  return resources;
}

const instance = i18next.createInstance();
let initialised = false;

/** Loads the translation files once per process (synchronously: the resources are local files). */
function ensureInitialised(): void {
  if (initialised) return;
  const resources = loadResources();
  const limits = configuredAttachmentLimits();
  void instance.init({
    resources,
    lng: 'da',
    fallbackLng: 'da',
    supportedLngs: [...LOCALES],
    ns: Object.keys(resources.da),
    defaultNS: 'common',
    interpolation: {
      escapeValue: false, // EJS escapes on output (<%= %>); e-mails are plain text
      // The attachment limits, kept once in domain/request-forms.ts, for every text that names them.
      defaultVariables: { maxFiles: limits.maxFiles, maxMb: limits.maxBytes / (1024 * 1024) },
    },
    returnNull: false,
    initAsync: false,
  });
  initialised = true;
}

/** Loads the translation files once per process. */
export function initI18n(): Promise<void> {
  ensureInitialised();
  return Promise.resolve();
}

export type Translate = TFunction;

/** Adds texts that come from configuration (e.g. the course catalogue's names) as a namespace of their own. */
export function addTexts(ns: string, texts: Record<Locale, Record<string, string>>): void {
  ensureInitialised();
  for (const lang of LOCALES) instance.addResourceBundle(lang, ns, texts[lang], true, true);
}

/**
 * A message key with its detail (`validation.too_long?max=200&line=2`, domain/validation.ts): the
 * detail becomes the text's variables (numbers in the language's format) and its context, so the most
 * specific text is used — `too_long_line_limit`, else `too_long_limit`, else plain `too_long`.
 */
function detailed(t: TFunction, locale: Locale, key: string, options: Record<string, unknown> | undefined): string {
  const [base, query] = [key.slice(0, key.indexOf('?')), key.slice(key.indexOf('?') + 1)];
  const number = numberFormat(locale, 3); // Intl's default precision
  const vars: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) vars[k] = /^-?\d+(\.\d+)?$/.test(v) && k !== 'line' ? number.format(Number(v)) : v;
  const context = [
    vars.line ? 'line' : '',
    vars.file ? 'file' : '',
    vars.by ? 'by' : '',
    vars.name || vars.date ? 'named' : '',
    vars.max || vars.min ? 'limit' : '',
  ].filter(Boolean);
  const candidates = context.length ? [context.join('_'), ...context] : [];
  for (const c of candidates) if (instance.exists(`${base}_${c}`, { lng: locale })) return t(`${base}_${c}`, { ...options, ...vars });
  return t(base, { ...options, ...vars });
}

/** One translator per language, made once: every page, answer and mail asks for one. */
const translators = new Map<Locale, Translate>();

/** A translator fixed to one language. */
export function translator(locale: Locale): Translate {
  let made = translators.get(locale);
  if (!made) translators.set(locale, (made = makeTranslator(locale)));
  return made;
}

function makeTranslator(locale: Locale): Translate {
  ensureInitialised();
  const t = instance.getFixedT(locale);
  const one = (key: string, options?: unknown) =>
    key.includes('?') ? detailed(t, locale, key, options as Record<string, unknown> | undefined) : (t as (k: unknown, o?: unknown) => string)(key, options);
  // Several keys: the first whose text exists (by its code, without the detail), as i18next does.
  const translate = (key: unknown, options?: unknown) =>
    typeof key === 'string'
      ? one(key, options)
      : Array.isArray(key) && key.some((k) => typeof k === 'string' && k.includes('?'))
        ? one(key.find((k: string) => instance.exists(k.split('?')[0]!, { lng: locale })) ?? key[key.length - 1], options)
        : (t as (k: unknown, o?: unknown) => string)(key, options);
  return translate as unknown as Translate;
}

/** Whether a text exists for the key (namespace:key) in the language. */
export function hasText(locale: Locale, key: string): boolean {
  ensureInitialised();
  return instance.exists(key, { lng: locale });
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Every text of a namespace in a language by its flattened key ("a.b.c"); used by the completeness test. */
export function textsOf(lang: Locale, ns: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (o: unknown, prefix: string) => {
    if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, prefix ? `${prefix}.${k}` : k);
    else out[prefix] = o;
  };
  walk(loadResources()[lang]?.[ns], '');
  return out;
}

/** Every key of a namespace in a language, flattened ("a.b.c"). */
export function keysOf(lang: Locale, ns: string): string[] {
  return Object.keys(textsOf(lang, ns));
}

/** The namespaces (locale files) of a language. */
export function namespacesOf(lang: Locale): string[] {
  return Object.keys(loadResources()[lang] ?? {}).sort();
}
