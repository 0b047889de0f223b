// Every form of the product, for the fuzz suite: the request forms and decision forms from their
// definitions (domain/request-forms.ts, web/cases/action-fields.ts) — every type and every decision,
// whatever a case's state shows — and every other form as the pages render it (sign-in, password,
// messages, tokens, administration, rejected intake…), found by loading every page the router has.
import { REQUEST_FORMS, type FormField } from '../../domain/request-forms.js';
import { CUSTOM_COURSE } from '../../domain/orders/forms.js';
import { CASE_TYPES } from '../../domain/types.js';
import { CASE_ACTIONS } from '../../domain/actions/index.js';
import { actionFields } from '../../web/cases/action-fields.js';
import { bind } from './bindings.js';
import type { Actor, Fixtures } from './fixtures.js';
import type { RouteInfo } from './routes.js';

export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'datetime' | 'confirm' | 'choice' | 'hidden' | 'file' | 'email' | 'password' | 'lines';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  choices?: readonly string[];
  /** The value the page put there (hidden fields, pre-filled values). */
  value?: string;
}

export interface FormTarget {
  /** "POST /portal/new/:type" with where it came from. */
  label: string;
  path: string;
  who: Actor;
  fields: FieldSpec[];
  multipart: boolean;
  /** Ends the session or revokes a token: fuzzed last. */
  destructive: boolean;
}

/** A request form's field as the page draws it: a yes/no and a course as choices, participants as lines. */
function requestField(x: FormField): FieldSpec {
  switch (x.kind) {
    case 'boolean':
      return { name: x.name, kind: 'choice', choices: ['true', 'false'] };
    case 'course':
      return { name: x.name, kind: 'choice', choices: [CUSTOM_COURSE] };
    case 'participants':
      return { name: x.name, kind: 'textarea' };
    default:
      return { name: x.name, kind: x.kind, choices: x.choices };
  }
}

function defined(f: Fixtures): FormTarget[] {
  const out: FormTarget[] = [];
  for (const type of CASE_TYPES) {
    const fields: FieldSpec[] = REQUEST_FORMS[type].map(requestField);
    const files: FieldSpec = { name: 'attachments', kind: 'file' };
    out.push({
      label: `POST /portal/new/${type} (request form)`,
      path: `/portal/new/${type}`,
      who: 'contactA',
      // A file kept from a refused attempt is sent back by its token (web/cases/uploads.ts).
      fields: [...fields, { name: 'kept_upload', kind: 'hidden', value: 'not-a-kept-upload-0123456789' }, files],
      multipart: true,
      destructive: false,
    });
    out.push({
      label: `POST /desk/intake/${type} (phone or mail request form)`,
      path: `/desk/intake/${type}`,
      who: 'agent',
      fields: [
        ...fields,
        { name: 'contactEmail', kind: 'email' },
        { name: 'channel', kind: 'choice', choices: ['phone', 'mail'] },
        { name: 'owner', kind: 'choice', choices: ['me', '', 'manager@desk.test'] },
        { name: 'kept_upload', kind: 'hidden', value: 'not-a-kept-upload-0123456789' },
        files,
      ],
      multipart: true,
      destructive: false,
    });
  }
  for (const action of CASE_ACTIONS) {
    const fields: FieldSpec[] = [
      ...actionFields(action).map((x): FieldSpec => ({
        name: x.name,
        kind: x.kind === 'hours' || x.kind === 'kroner' ? 'number' : x.kind,
        choices: x.choices,
      })),
      // The case's version the page showed (a stale one is refused and shown again).
      { name: 'version', kind: 'hidden', value: '1' },
    ];
    out.push({
      label: `POST /portal/cases/:number/actions/${action} (decision form)`,
      path: `/portal/cases/${f.A.plain}/actions/${action}`,
      who: 'contactA',
      fields,
      multipart: false,
      destructive: false,
    });
    out.push({
      label: `POST /desk/cases/:number/actions/${action} (decision form)`,
      path: `/desk/cases/${f.A.plain}/actions/${action}`,
      who: 'agent',
      fields,
      multipart: false,
      destructive: false,
    });
  }
  // The rating link's confirm form (SPEC §9): reached without signing in, its signature checked first.
  out.push({
    label: 'POST /rate/:number/:score (rating link form, unsigned)',
    path: `/rate/${f.A.plain}/4`,
    who: 'anonymous',
    fields: [
      { name: 'p', kind: 'hidden', value: '1' },
      { name: 'sig', kind: 'hidden', value: 'not-a-signature' },
      { name: 'comment', kind: 'textarea' },
    ],
    multipart: false,
    destructive: false,
  });
  out.push({
    label: 'POST /password/set/:token (set-password form, unknown link)',
    path: '/password/set/not-a-real-link-0123456789',
    who: 'anonymous',
    fields: [
      { name: 'password', kind: 'password' },
      { name: 'confirm', kind: 'password' },
    ],
    multipart: false,
    destructive: false,
  });
  return out;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const unescape = (v: string) =>
  v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The POST forms in a page, with their fields (CSRF and one-time tokens left out: the suite sets them). */
export function formsIn(html: string): { action: string; multipart: boolean; fields: FieldSpec[] }[] {
  const out: { action: string; multipart: boolean; fields: FieldSpec[] }[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [open, body] = [m[1]!, m[2]!];
    if ((attr(open, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const action = unescape(attr(open, 'action') ?? '');
    if (!action.startsWith('/')) continue;
    const fields = new Map<string, FieldSpec>();
    // A select with its options, or an input or textarea tag on its own.
    for (const t of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>|<(input|textarea)\b([^>]*)>/gi)) {
      const [tag, rest, options] = t[1] !== undefined ? ['select', t[1], t[2]!] : [t[3]!.toLowerCase(), t[4]!, ''];
      const name = attr(rest, 'name');
      if (!name || name === '_csrf' || name === '_once' || fields.has(name)) continue;
      const type = (attr(rest, 'type') ?? 'text').toLowerCase();
      if (['submit', 'button', 'reset', 'image'].includes(type)) continue;
      const value = attr(rest, 'value');
      if (tag === 'textarea') fields.set(name, { name, kind: 'textarea' });
      else if (tag === 'select') fields.set(name, { name, kind: 'choice', choices: [...options.matchAll(/value="([^"]*)"/g)].map((o) => unescape(o[1]!)) });
      else if (type === 'checkbox' || type === 'radio')
        fields.set(name, { name, kind: type === 'radio' ? 'choice' : 'confirm', choices: value ? [unescape(value)] : undefined });
      else {
        const kind: FieldKind =
          (['number', 'date', 'email', 'password', 'hidden', 'file'] as const).find((k) => k === type) ?? (type === 'datetime-local' ? 'datetime' : 'text');
        fields.set(name, { name, kind, value: value === undefined ? undefined : unescape(value) });
      }
    }
    out.push({ action, multipart: /multipart\/form-data/i.test(attr(open, 'enctype') ?? ''), fields: [...fields.values()] });
  }
  return out;
}

/** Every form: the defined ones, then those found on the pages of the GET routes (signed out, as a contact, an agent and a manager). */
export async function allForms(routes: RouteInfo[], f: Fixtures): Promise<{ forms: FormTarget[]; pagesLoaded: number }> {
  const forms = defined(f);
  const template = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/:n').replace(/\/(support|incident|change_request|product_idea)$/, '/:type');
  const known = new Set(forms.map((x) => template(x.path).replace(/actions\/[\w-]+$/, 'actions/:a')));
  let pagesLoaded = 0;
  for (const route of routes.filter((r) => r.method === 'GET' && !r.path.startsWith('/api/'))) {
    for (const b of bind(route, f, ['reply'])) {
      for (const who of ['anonymous', 'contactA', 'agent', 'manager'] as const) {
        const page = await f.pages[who].get(b.path);
        pagesLoaded += 1;
        if (page.status !== 200 || !page.contentType.startsWith('text/html')) continue;
        for (const form of formsIn(page.text)) {
          const key = template(form.action.split('?')[0]!).replace(/actions\/[\w-]+$/, 'actions/:a');
          if (known.has(key)) continue;
          known.add(key);
          const destructive = /\/logout$|\/revoke$|\/deactivate$|\/end$|\/end-others$|\/sign-out$|\/erase$/.test(form.action);
          forms.push({ label: `POST ${key} (form on ${route.path})`, path: form.action, who, fields: form.fields, multipart: form.multipart, destructive });
        }
      }
    }
  }
  return { forms: forms.sort((a, b) => Number(a.destructive) - Number(b.destructive)), pagesLoaded };
}
