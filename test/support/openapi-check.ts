// Checks JSON API responses against the product's own OpenAPI 3.1 document: fetched once per test
// file, compiled with Ajv (JSON Schema 2020-12). `checkedApi` calls the API and fails on any response
// whose status is not documented for the path and method, or whose body does not match its schema.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { api, type ApiOptions, type ApiResponse } from './api-client.js';
import { baseUrl } from './servers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

let loaded: Promise<{ doc: Doc; ajv: Ajv2020 }> | null = null;
const compiled = new Map<string, ValidateFunction>();

export function openApi(): Promise<{ doc: Doc; ajv: Ajv2020 }> {
  loaded ??= (async () => {
    const res = await fetch(`${baseUrl()}/api/v1/openapi.json`);
    if (res.status !== 200) throw new Error(`openapi.json: ${res.status}`);
    const doc = (await res.json()) as Doc;
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true, validateSchema: false }));
    ajv.addSchema(doc as object, 'openapi.json');
    return { doc, ajv };
  })();
  return loaded;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** The documented path template a concrete path (without /api/v1 and query) falls under; literal paths win. */
export function pathTemplate(doc: Doc, path: string): string | null {
  const plain = path.split('?')[0];
  if (doc.paths[plain]) return plain;
  const candidates = Object.keys(doc.paths)
    .filter((t) => t.includes('{'))
    .filter((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(plain))
    .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  return candidates[0] ?? null;
}

function validatorFor(ajv: Ajv2020, ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    v = ajv.compile({ $ref: ref });
    compiled.set(ref, v);
  }
  return v;
}

/** Problems of `body` against the document for `method template → status`; empty when it matches. */
export async function responseProblems(method: string, template: string | null, status: number, body: unknown): Promise<string[]> {
  const { doc, ajv } = await openApi();
  if (template === null) {
    const v = validatorFor(ajv, 'openapi.json#/components/schemas/Error');
    return status === 404 && v(body) ? [] : [`${method} (no documented path) → ${status}: ${JSON.stringify(body)}`];
  }
  const m = method.toLowerCase();
  const operation = doc.paths[template]?.[m];
  if (!operation) return [`${method} ${template} is not documented`];
  const response = operation.responses[String(status)];
  if (!response) return [`${method} ${template} → ${status} is not documented (body ${JSON.stringify(body)})`];
  if (!response.content?.['application/json'])
    return body === null || body === '' ? [] : [`${method} ${template} → ${status}: a body where none is documented`];
  const v = validatorFor(ajv, `openapi.json#/${pointer('paths', template, m, 'responses', String(status), 'content', 'application/json', 'schema')}`);
  if (v(body)) return [];
  return (v.errors ?? []).map((e) => `${method} ${template} → ${status}: ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Validates any value against one of the document's component schemas. */
export async function schemaProblems(name: string, value: unknown): Promise<string[]> {
  const { ajv } = await openApi();
  const v = validatorFor(ajv, `openapi.json#/components/schemas/${name}`);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${name}: ${e.instancePath || '(value)'} ${e.message}`);
}

/** `api()` that also checks the response against the OpenAPI document and throws on a mismatch. */
export async function checkedApi<T = any>(method: string, path: string, opts: ApiOptions = {}): Promise<ApiResponse<T>> {
  const res = await api<T>(method, path, opts);
  const { doc } = await openApi();
  const problems = await responseProblems(method, pathTemplate(doc, path), res.status, res.body);
  if (problems.length) throw new Error(`response does not match the OpenAPI document:\n  ${problems.slice(0, 8).join('\n  ')}`);
  return res;
}
