// The "remember this device for 30 days" cookie: the trusted device's `<id>.<secret>`
// (services/people/second-factor/trusted-devices.ts) with an HMAC of the session secret after it, so
// a cookie that was not issued here is refused before the database is asked. Revoked with the row.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Services } from '../../services/context.js';
import { TRUSTED_DEVICE_DAYS, deviceTrusted, trustDevice } from '../../services/people/second-factor/trusted-devices.js';
import { cookieOptions, readCookie } from '../middleware/cookies.js';

const NAME = 'sd.device';

export function rememberedDevices(s: Services, secret: string) {
  const mac = (value: string) => createHmac('sha256', secret).update(`device:${value}`).digest('base64url');

  /** Whether this browser is a device the person trusted (a signed cookie whose row is live). */
  async function trusted(req: Request, personId: number): Promise<boolean> {
    const raw = readCookie(req, NAME) ?? '';
    const i = raw.lastIndexOf('~');
    if (i < 0) return false;
    const [value, sig] = [raw.slice(0, i), Buffer.from(raw.slice(i + 1))];
    const expected = Buffer.from(mac(value));
    if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) return false;
    return deviceTrusted(s, personId, value);
  }

  /** Trusts this browser for the person for 30 days. */
  async function remember(req: Request, res: Response, personId: number): Promise<void> {
    const { value } = await trustDevice(s, personId, req.get('user-agent'));
    res.cookie(NAME, `${value}~${mac(value)}`, cookieOptions(req, s.env.COOKIE_SECURE, { maxAge: TRUSTED_DEVICE_DAYS * 86_400_000 }));
  }

  return { trusted, remember };
}
