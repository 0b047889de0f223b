// 405 for a method an /api/v1 path does not have, with `Allow` naming the ones it has (RFC 9110
// §15.5.6), and OPTIONS answered with the same list. Derived from the OpenAPI document's paths, so
// an operation added there (and routed) is allowed here without more ado; a path the document does
// not know stays 404.
import type { NextFunction, Request, Response } from 'express';

type Paths = Record<string, Record<string, unknown>>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface PathMethods {
  pattern: RegExp;
  methods: string[];
}

/** A path template as a regular expression: `{name}` is one segment. */
const templatePattern = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );

/** The methods a path answers (HEAD with GET, as Express routes it; OPTIONS always). */
function allowed(methods: Set<string>): string {
  const list = METHODS.filter((m) => methods.has(m)).map((m) => m.toUpperCase());
  if (methods.has('get')) list.splice(1, 0, 'HEAD');
  return [...list, 'OPTIONS'].join(', ');
}

/** Answers a request no route took: 405 (or OPTIONS 204) when a documented path matches, else on to the 404. */
export function methodNotAllowed(paths: () => Paths) {
  let table: PathMethods[] | null = null;
  return (req: Request, res: Response, next: NextFunction): void => {
    table ??= Object.entries(paths()).map(([template, item]) => ({ pattern: templatePattern(template), methods: METHODS.filter((m) => m in item) }));
    const methods = new Set(table.filter((t) => t.pattern.test(req.path)).flatMap((t) => t.methods));
    if (methods.size === 0) return next();
    res.set('Allow', allowed(methods));
    if (req.method === 'OPTIONS') return void res.status(204).end();
    res.status(405).json({ error: `${req.method} is not allowed here; allowed: ${allowed(methods)}` });
  };
}
