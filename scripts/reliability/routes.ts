// The product's routes, read from its Express router rather than written down by hand: the app is
// built in-process (web/app.ts, with services on the product's own database) and its router stack is
// walked — every route with its method and full path, mounted routers included.
import type express from 'express';

export interface RouteInfo {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express path with its parameters, e.g. `/portal/cases/:number/actions/:action`. */
  path: string;
}

interface LayerLike {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function join(base: string, part: unknown): string[] {
  const parts = Array.isArray(part) ? part.flat(Infinity) : [part];
  return parts.map((p) => {
    if (typeof p !== 'string') throw new Error(`a route path that is not a string (${String(p)}): the walker cannot name it`);
    return `${base}${p === '/' ? '' : p}`.replace(/\/{2,}/g, '/') || '/';
  });
}

function walk(stack: LayerLike[], base: string, out: RouteInfo[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const path of join(base, layer.route.path)) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          const m = method.toUpperCase();
          if (on && METHODS.has(m)) out.push({ method: m as RouteInfo['method'], path: path || '/' });
        }
      }
    } else if (layer.handle?.stack) {
      for (const mount of join(base, layer.rawPath ?? '/')) walk(layer.handle.stack, mount === '/' ? '' : mount, out);
    }
  }
}

/** Every route of the app, once each, in the order the router tries them. */
export function routesOf(app: express.Express): RouteInfo[] {
  const router = (app as unknown as { router: { stack: LayerLike[] } }).router;
  const out: RouteInfo[] = [];
  walk(router.stack, '', out);
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The routes of the product as it runs with `env` (what is mounted depends on it), read from a copy built in-process. */
export async function productRoutes(env: Record<string, string>, databaseUrl: string): Promise<RouteInfo[]> {
  const [{ pino }, { readEnv }, { connectDatabase }, { connectClient, temporalTarget }, { createServices }, { createApp }] = await Promise.all([
    import('pino'),
    import('../../config/env.js'),
    import('../../db/connection.js'),
    import('../../platform/temporal/connection.js'),
    import('../../services/index.js'),
    import('../../web/app.js'),
  ]);
  const appEnv = readEnv({ ...process.env, ...env, DATABASE_URL: databaseUrl });
  const db = connectDatabase(databaseUrl, { poolMax: 1, applicationName: 'reliability-routes' });
  const temporal = connectClient(temporalTarget(appEnv, appEnv.TEMPORAL_ADDRESS ?? `127.0.0.1:${appEnv.TEMPORAL_PORT}`), { payloadCodecs: [] });
  const web = createApp(createServices({ db, temporal, env: appEnv, log: pino({ level: 'silent' }) }), { sessionSecret: 'x'.repeat(40) });
  try {
    return routesOf(web.app);
  } finally {
    await web.close();
    await temporal.connection.close();
    await db.close();
  }
}
