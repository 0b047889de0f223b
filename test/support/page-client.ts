// A minimal browser for HTTP tests of the pages: keeps cookies, follows nothing by itself, and
// sends forms with the CSRF token from the last page it loaded.
import { baseUrl } from './servers.js';
import { fetchFromOwnAddress } from './source-address.js';

export interface PageResponse {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

export class PageClient {
  private cookies = new Map<string, string>();
  csrf: string | null = null;

  constructor(private readonly base: string = baseUrl()) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private async wrap(res: Response): Promise<PageResponse> {
    this.remember(res);
    const html = await res.text();
    const m = html.match(/name="_csrf" value="([^"]+)"/);
    if (m) this.csrf = m[1];
    return { status: res.status, location: res.headers.get('location'), html, headers: res.headers };
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<PageResponse> {
    return this.wrap(await fetchFromOwnAddress(this.base + path, { headers: { ...headers, cookie: this.cookieHeader() }, redirect: 'manual' }));
  }

  /** Posts a urlencoded form; adds `_csrf` unless `csrf: false` (or a value) is given. */
  async post(path: string, fields: Record<string, string | string[]>, opts: { csrf?: string | false } = {}): Promise<PageResponse> {
    if (opts.csrf === undefined && !this.csrf) await this.get('/login');
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token) body.set('_csrf', token);
    return this.wrap(
      await fetchFromOwnAddress(this.base + path, {
        method: 'POST',
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      }),
    );
  }

  /** Posts a multipart form (files as [name, filename, contentType, bytes]). */
  async postMultipart(path: string, fields: Record<string, string>, files: [string, string, string, Uint8Array][] = []): Promise<PageResponse> {
    if (!this.csrf) await this.get('/login');
    const form = new FormData();
    form.set('_csrf', this.csrf!);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const [name, filename, type, bytes] of files) form.append(name, new Blob([bytes], { type }), filename);
    return this.wrap(await fetchFromOwnAddress(this.base + path, { method: 'POST', headers: { cookie: this.cookieHeader() }, body: form, redirect: 'manual' }));
  }

  /** Posts a body exactly as given (any content type, headers and bytes), with this client's cookies. */
  async postRaw(path: string, body: string | Uint8Array, headers: Record<string, string>): Promise<PageResponse> {
    return this.wrap(
      await fetchFromOwnAddress(this.base + path, { method: 'POST', headers: { cookie: this.cookieHeader(), ...headers }, body, redirect: 'manual' }),
    );
  }

  /** The value of a hidden field in the last page of `html` (e.g. `_once`), or null. */
  static hidden(html: string, name: string): string | null {
    return new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? null;
  }

  /** Logs in with a demo login; throws if that fails. */
  async login(email: string, password = 'demo1234'): Promise<this> {
    await this.get('/login');
    const res = await this.post('/login', { email, password });
    if (res.status !== 302) throw new Error(`login as ${email} failed with ${res.status}`);
    await this.get(res.location!);
    return this;
  }
}
