// The JSON API as an integration or a script would use it.
import { baseUrl } from './servers.js';
import { fetchFromOwnAddress } from './source-address.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ApiOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function api<T = any>(method: string, path: string, opts: ApiOptions = {}): Promise<ApiResponse<T>> {
  const res = await fetchFromOwnAddress(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: {
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON; keep the text so the assertion shows it
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

const tokens = new Map<string, string>();

/** A bearer token for a demo login (cached per test file). */
export async function tokenFor(email: string, password = 'demo1234'): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const res = await api<{ token: string }>('POST', '/tokens', { body: { email, password } });
  if (res.status !== 201) throw new Error(`token for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  tokens.set(email, res.body.token);
  return res.body.token;
}
