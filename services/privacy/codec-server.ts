// The codec server (Temporal's codec server protocol) behind /codec/encode and /codec/decode: the
// Temporal Web UI (and `temporal --codec-endpoint`) send payloads as `{payloads: [{metadata: {k:
// base64}, data: base64}]}` and get them back through the product's payload codec. A payload whose
// case key was erased comes back as a short JSON text saying so, not as an error.
import { z } from 'zod';
import type { Payload } from '@temporalio/common';
import type { Services } from '../context.js';
import { invalid } from '../errors.js';
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { PayloadKeyErased } from '../../platform/temporal/codec/data-keys.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = z.string().max(4_000_000).regex(BASE64, 'base64');
const wirePayloads = z.object({
  payloads: z.array(z.object({ metadata: z.record(z.string().max(200), base64).optional(), data: base64.optional() }).strict()).max(1_000),
});

export interface WirePayload {
  metadata: Record<string, string>;
  data: string;
}

function parse(body: unknown): Payload[] {
  const parsed = wirePayloads.safeParse(body);
  if (!parsed.success) throw invalid({ payloads: 'invalid' });
  return parsed.data.payloads.map((p) => ({
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
    data: Buffer.from(p.data ?? '', 'base64'),
  }));
}

const b64 = (v: Uint8Array | null | undefined) => Buffer.from(v ?? new Uint8Array()).toString('base64');
const toWire = (p: Payload): WirePayload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])),
  data: b64(p.data),
});

/** What an erased payload reads as. */
function erasedPayload(err: PayloadKeyErased): Payload {
  return { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(`[erased: ${err.message}]`)) };
}

export async function decodeWirePayloads(s: Services, body: unknown): Promise<{ payloads: WirePayload[] }> {
  const { codec } = payloadProtection(s.env, s.db);
  const payloads = await Promise.all(
    parse(body).map(async (p) => {
      try {
        return (await codec.decode([p]))[0];
      } catch (err) {
        if (err instanceof PayloadKeyErased) return erasedPayload(err);
        throw invalid({ payloads: 'undecodable' });
      }
    }),
  );
  return { payloads: payloads.map(toWire) };
}

/** Encodes as a payload of no particular case (the UI does not say which workflow it is for): with the master key. */
export async function encodeWirePayloads(s: Services, body: unknown): Promise<{ payloads: WirePayload[] }> {
  const { codec } = payloadProtection(s.env, s.db);
  return { payloads: (await codec.encode(parse(body))).map(toWire) };
}

/** The browser origins that may call the codec server: CODEC_CORS_ORIGINS, or the embedded Temporal UI's. */
export function codecOrigins(s: Services): Set<string> {
  const configured = (s.env.CODEC_CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/$/, ''));
  const ui = [`http://localhost:${s.env.TEMPORAL_UI_PORT}`, `http://127.0.0.1:${s.env.TEMPORAL_UI_PORT}`];
  return new Set(s.env.CODEC_CORS_ORIGINS ? configured.filter(Boolean) : ui);
}
