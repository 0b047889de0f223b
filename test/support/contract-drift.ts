// Finds drift between what the API document says a request body needs and what the server's own
// validator needs: a valid body is sampled from the document's schema (every property filled in), the
// validator must accept it, and each property, taken out in turn (nested objects too), must be required
// by both or by neither. Used by test/unit/api/contract-drift.test.ts on every validated body.
import { Ajv2020 } from 'ajv/dist/2020.js';

type Schema = Record<string, any>;
/** The server's validation of a body: null when accepted, else field → message key. */
export type Validate = (body: unknown) => Record<string, string> | null;

/** Strings tried, in order, for a string schema with a pattern. */
const CANDIDATES = ['x', 'a@example.com', '2030-01-02', '2030-01-02T10:00', 'custom', '2030-01', 'basis'];

export function resolve(doc: Schema, schema: Schema): Schema {
  let s = schema;
  while (typeof s?.$ref === 'string')
    s = s.$ref
      .split('/')
      .slice(1)
      .reduce((node: Schema, key: string) => node?.[key], doc);
  return s;
}

/** A value of `schema` with every property filled in (deterministic; enough for the schemas of this API). */
export function sample(doc: Schema, schema: Schema): unknown {
  const s = resolve(doc, schema);
  if ('const' in s) return s.const;
  if (s.enum) return s.enum[0];
  const alternatives = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (alternatives) return sample(doc, alternatives.find((a) => resolve(doc, a).type !== 'null') ?? alternatives[0]);
  switch (s.type) {
    case 'object':
      return Object.fromEntries(Object.entries((s.properties ?? {}) as Record<string, Schema>).map(([k, v]) => [k, sample(doc, v)]));
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(doc, s.items ?? {}));
    case 'integer':
      return Math.max(s.minimum ?? 1, s.exclusiveMinimum === undefined ? -Infinity : s.exclusiveMinimum + 1);
    case 'number':
      return s.multipleOf ?? Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    default: {
      if (s.pattern) {
        const pattern = new RegExp(s.pattern, 'u');
        const hit = CANDIDATES.find((c) => pattern.test(c));
        if (hit === undefined) throw new Error(`no sample string matches ${s.pattern}`);
        return hit;
      }
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    }
  }
}

const withoutPath = (value: unknown, path: string[]): unknown => {
  const [head, ...rest] = path;
  const o = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) delete o[head!];
  else o[head!] = withoutPath(o[head!], rest);
  return o;
};

/** Every property path of a sampled body, objects' own properties included. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

/** What differs between the document's schema `name` and the server's validator of it. */
export function driftProblems(doc: Schema, name: string, validate: Validate): string[] {
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  ajv.addSchema(doc, 'doc');
  const docValid = ajv.compile({ $ref: `doc#/components/schemas/${name}` });
  const body = sample(doc, { $ref: `#/components/schemas/${name}` });
  if (!docValid(body)) return [`${name}: the sampled body is not valid by the document: ${JSON.stringify(docValid.errors)}`];
  const refused = validate(body);
  if (refused) return [`${name}: the server refuses a body the document calls valid (${JSON.stringify(body)}): ${JSON.stringify(refused)}`];
  const problems: string[] = [];
  for (const path of paths(body)) {
    const smaller = withoutPath(body, path);
    const documentRequires = !docValid(smaller);
    const serverRequires = validate(smaller) !== null;
    if (documentRequires !== serverRequires) problems.push(`${name}: \`${path.join('.')}\` is required by the ${serverRequires ? 'server' : 'document'} only`);
  }
  return problems;
}
