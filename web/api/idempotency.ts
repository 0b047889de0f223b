// `Idempotency-Key` on the API's POSTs: a client that retries (after a timeout, a dropped connection)
// sends the same key, and the work is done once. The first request claims the key and its answer is
// kept for 24 hours; a repeat with the same request gets that answer again (same status and body,
// marked `Idempotent-Replayed: true`), a repeat with a different request 422 (`idempotency_key_reused`),
// and a repeat while the first is still running waits for it. POST /tokens is not covered: its answer is a secret that is
// kept only as a hash (a repeated exchange gives another token, which can be revoked).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Services } from '../../services/context.js';
import { finishIdempotent, isIdempotencyKey, releaseIdempotent, requestFingerprint, startIdempotent } from '../../services/exactly-once/idempotency.js';
import { invalid } from '../../services/errors.js';
import { ApiProblem } from './errors.js';
import { asIdempotentRequest } from '../../platform/temporal/idempotent-updates.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Runs the bearer check first (keys are per person), then claims the key or answers from it. */
export function idempotentPosts(s: Services, bearer: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const key = req.get(IDEMPOTENCY_HEADER);
    if (req.method !== 'POST' || key === undefined) return next();
    if (!isIdempotencyKey(key)) return next(new ApiProblem(400, `${IDEMPOTENCY_HEADER} must be 1 to 255 visible ASCII characters (a UUID, say)`));
    bearer(req, res, (err?: unknown) => {
      if (err) return next(err);
      // The route runs as this request: its workflow Update gets an id from the person and key, so a retry
      // that takes over the key after a crash gets the first outcome from Temporal, not a second decision.
      claim(s, req, res, key).then((proceed) => (proceed ? asIdempotentRequest(`${req.person!.id}\n${key}`, () => next()) : undefined), next);
    });
  };
}

/** Claims the key (true: go on to the route) or answers from it (false). */
async function claim(s: Services, req: Request, res: Response, key: string): Promise<boolean> {
  const personId = req.person!.id;
  const start = await startIdempotent(s, personId, key, requestFingerprint(req.method, req.baseUrl + req.path, req.body));
  if (start.kind === 'mismatch') throw invalid({ [IDEMPOTENCY_HEADER]: 'idempotency_key_reused' });
  if (start.kind === 'busy') throw new ApiProblem(409, `the first request with this ${IDEMPOTENCY_HEADER} is still running; retry in a moment`);
  if (start.kind === 'replay') {
    const { status, location, body } = start.answer;
    res.set('Idempotent-Replayed', 'true');
    if (location) res.location(location);
    if (body === null) res.status(status).end();
    else res.status(status).json(body);
    return false;
  }
  keepAnswer(s, res, personId, key);
  return true;
}

/**
 * Stores the answer before it goes out, so a client that has seen it finds it on every retry. An
 * answer of 500 or more is not kept (nothing is known to be done): the key is released for a retry.
 */
function keepAnswer(s: Services, res: Response, personId: number, key: string): void {
  let settled = false;
  const send = res.json.bind(res);
  res.json = ((body: unknown) => {
    settled = true;
    const status = res.statusCode;
    const stored =
      status >= 500
        ? releaseIdempotent(s, personId, key)
        : finishIdempotent(s, personId, key, { status, location: (res.getHeader('location') as string | undefined) ?? null, body });
    stored.then(
      () => send(body),
      (err: unknown) => {
        s.log.error({ err, key }, 'could not keep the answer of an Idempotency-Key');
        send(body);
      },
    );
    return res;
  }) as Response['json'];
  // An answer sent another way (no JSON body) is kept as its status alone. A request whose client
  // went away is still kept when its handler answers; one that never answers (a crash) leaves a claim
  // that a retry takes over after a while (services/exactly-once/idempotency.ts).
  res.on('finish', () => {
    if (settled) return;
    settled = true;
    const status = res.statusCode;
    const stored = status >= 500 ? releaseIdempotent(s, personId, key) : finishIdempotent(s, personId, key, { status, location: null, body: null });
    stored.catch((err: unknown) => s.log.error({ err, key }, 'could not keep the answer of an Idempotency-Key'));
  });
}
