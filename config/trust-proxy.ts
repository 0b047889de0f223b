// Which reverse proxies the web app believes about the client's address and scheme
// (X-Forwarded-For / X-Forwarded-Proto). Default: none, so a client cannot claim another address by
// sending the header itself — the login rate limits count the address the connection comes from.
import { isIP } from 'node:net';

/** Express's `trust proxy` setting: nothing, the number of proxy hops in front, or their addresses. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Reads TRUST_PROXY: unset, empty, `false`, `off` or `0` trust nothing; a whole number N trusts the N
 * nearest proxies (e.g. `1` behind one nginx that appends the client's address); otherwise a
 * comma-separated list of proxy addresses, CIDR ranges or `loopback`/`linklocal`/`uniquelocal`.
 * `true` (trust anyone) is refused: any client could then pick its own address.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | { error: string } {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'false' || value === 'off' || value === 'no' || value === '0') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  if (value === 'true' || value === 'on' || value === 'yes' || value === '*')
    return { error: 'TRUST_PROXY=true would let any client choose its own address: give the number of proxies in front (e.g. 1) or their addresses' };
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length) return { error: `TRUST_PROXY: not an address, CIDR range or loopback/linklocal/uniquelocal: ${bad.join(', ')}` };
  return entries;
}
