// HTTP for the reliability suites: every request has a deadline (no answer within it is a hang), and
// every answer is classified — a 4xx must say why, in the product's own shape: `{error}` JSON from the
// API, an error page or a form with its alert from the pages.
export interface Answer {
  /** 0 when there was no answer: `failure` says why. */
  status: number;
  location: string | null;
  contentType: string;
  text: string;
  ms: number;
  failure: 'timeout' | 'connection' | null;
  headers: Headers;
}

export interface RequestSpec {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData | URLSearchParams;
  /** The deadline: no answer by then is a hang (default HANG_MS). */
  timeoutMs?: number;
}

/**
 * No answer within this long is a hang: the server gives a client 30 s to send its request
 * (web/server.ts) and no request of the product waits longer than that for anything.
 */
export const HANG_MS = 35_000;

export async function send(base: string, spec: RequestSpec): Promise<Answer> {
  const started = Date.now();
  const timeoutMs = spec.timeoutMs ?? HANG_MS;
  try {
    const res = await fetch(base + spec.path, {
      method: spec.method,
      headers: spec.headers,
      body: spec.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    return {
      status: res.status,
      location: res.headers.get('location'),
      contentType: res.headers.get('content-type') ?? '',
      text,
      ms: Date.now() - started,
      failure: null,
      headers: res.headers,
    };
  } catch (err) {
    const name = (err as Error).name;
    const timedOut = name === 'TimeoutError' || name === 'AbortError' || Date.now() - started >= timeoutMs;
    return {
      status: 0,
      location: null,
      contentType: '',
      text: String((err as Error).message),
      ms: Date.now() - started,
      failure: timedOut ? 'timeout' : 'connection',
      headers: new Headers(),
    };
  }
}

/** Whether a 4xx answer says what was wrong, in the product's own shape (not a bare text or an empty body). */
export function saysWhy(a: Answer): boolean {
  if (a.contentType.startsWith('application/json')) {
    try {
      const body = JSON.parse(a.text) as { error?: unknown; errors?: unknown };
      return typeof body.error === 'string' && body.error.length > 0;
    } catch {
      return false;
    }
  }
  // The product's own page: its error page, a form with its alert, or a page whose heading names the problem (an expired link).
  if (a.contentType.startsWith('text/html'))
    return /class="status-code"|role="alert"/.test(a.text) || (a.text.includes('class="topbar"') && /<h1[\s>]/.test(a.text));
  return false;
}

/** A JSON API client with a bearer token. */
export class ApiClient {
  constructor(
    readonly base: string,
    readonly token: string | null,
  ) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs?: number): Promise<Answer & { json: unknown }> {
    const a = await send(this.base, {
      method,
      path: `/api/v1${path}`,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs,
    });
    let json: unknown = null;
    if (a.contentType.startsWith('application/json')) {
      try {
        json = JSON.parse(a.text);
      } catch {
        json = null;
      }
    }
    return { ...a, json };
  }

  /** A client signed in as a demo login (password demo1234). */
  static async signIn(base: string, email: string, password = 'demo1234'): Promise<ApiClient> {
    const res = await new ApiClient(base, null).call('POST', '/tokens', { email, password, label: 'reliability suite' });
    const token = (res.json as { token?: string } | null)?.token;
    if (res.status !== 201 || !token) throw new Error(`could not get an API token for ${email}: ${res.status} ${res.text.slice(0, 200)}`);
    return new ApiClient(base, token);
  }
}

/** A browser without a browser: cookies, the CSRF token of the last page, and the one-time form token. */
export class PageSession {
  private readonly cookies = new Map<string, string>();
  csrf: string | null = null;

  constructor(readonly base: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(a: Answer): Answer {
    for (const c of a.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(a.text);
    if (m) this.csrf = m[1];
    return a;
  }

  async get(path: string, timeoutMs?: number): Promise<Answer> {
    return this.remember(await send(this.base, { method: 'GET', path, headers: { cookie: this.cookieHeader() }, timeoutMs }));
  }

  /** Sends a body as given, with this session's cookies (the caller puts `_csrf` in it). */
  async post(path: string, body: RequestSpec['body'], headers: Record<string, string> = {}, timeoutMs?: number): Promise<Answer> {
    return this.remember(await send(this.base, { method: 'POST', path, headers: { cookie: this.cookieHeader(), ...headers }, body, timeoutMs }));
  }

  async postForm(path: string, fields: Record<string, string>): Promise<Answer> {
    if (!this.csrf) await this.get('/login');
    const body = new URLSearchParams({ ...fields, _csrf: this.csrf ?? '' });
    return this.post(path, body.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
  }

  /** Signs in with a demo login; throws if that fails. */
  static async signIn(base: string, email: string, password = 'demo1234'): Promise<PageSession> {
    const page = new PageSession(base);
    await page.get('/login');
    const res = await page.postForm('/login', { email, password });
    if (res.status !== 302) throw new Error(`page sign-in as ${email} failed with ${res.status}`);
    await page.get(res.location ?? '/');
    return page;
  }
}
