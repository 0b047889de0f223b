// The codec endpoint for the Temporal Web UI and CLI: POST /codec/encode and /codec/decode (Temporal's
// codec server protocol), for desk staff only — signed in with a page session (the UI calls it from the
// browser with "include cross-origin credentials") or a bearer token. CORS answers the configured UI
// origins only; the body must be JSON, so no plain HTML form can reach it.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { activePerson, isStaff, type Person } from '../../services/people/people.js';
import { personForApiToken } from '../../services/people/api-tokens.js';
import { codecOrigins, decodeWirePayloads, encodeWirePayloads } from '../../services/privacy/codec-server.js';
import { Refusal, HTTP_STATUS } from '../../services/errors.js';

const ALLOWED_HEADERS = 'Content-Type, X-Namespace, Authorization';

async function signedIn(s: Services, req: Request): Promise<Person | null> {
  const bearer = /^Bearer[ ]+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  if (bearer) return personForApiToken(s, bearer[1]);
  const id = req.session?.personId;
  return id ? activePerson(s, id) : null;
}

export function codecRoutes(s: Services): Router {
  const r = Router();
  const origins = codecOrigins(s);

  r.use((req, res, next) => {
    res.set('Cache-Control', 'no-store');
    res.vary('Origin');
    const origin = req.get('origin');
    if (origin && origins.has(origin)) {
      res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' });
    }
    if (req.method === 'OPTIONS') {
      if (origin && origins.has(origin))
        res.set({ 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': ALLOWED_HEADERS, 'Access-Control-Max-Age': '600' });
      return res.status(204).end();
    }
    next();
  });

  r.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return res.status(405).set('Allow', 'POST, OPTIONS').json({ error: 'use POST' });
    const person = await signedIn(s, req);
    if (!person) return res.status(401).json({ error: 'sign in as desk staff (a page session or a bearer token) to use the codec endpoint' });
    if (!isStaff(person)) return res.status(403).json({ error: 'the codec endpoint is for desk staff only' });
    if (!req.is('application/json')) return res.status(415).json({ error: 'the body must be JSON: {"payloads": [...]}' });
    next();
  });
  r.use(express.json({ limit: '8mb' }));

  const handle = (work: (s: Services, body: unknown) => Promise<unknown>) => async (req: Request, res: Response) => {
    try {
      res.json(await work(s, req.body));
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      res.status(HTTP_STATUS[err.kind]).json({ error: err.text.en, fields: err.fieldErrors });
    }
  };
  r.post('/encode', handle(encodeWirePayloads));
  r.post('/decode', handle(decodeWirePayloads));
  r.use((_req, res) => res.status(404).json({ error: 'unknown codec route: use /codec/encode or /codec/decode' }));
  r.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    // Bodies express.json refuses (malformed, too large) are the caller's fault: say why, never 500.
    if (err.status && err.status >= 400 && err.status < 500) return res.status(err.status).json({ error: err.message });
    next(err);
  });
  return r;
}
