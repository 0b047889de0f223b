// The payload codec (platform/temporal/codec/): AES-256-GCM round trips, a data key per case workflow
// made once and cached, the master key for payloads of no case, key rotation, payloads from before the
// codec passing through, tampering refused, and an erased key making a case's payloads unreadable.
import { describe, expect, it } from 'vitest';
import type { Payload } from '@temporalio/common';
import { KeyRing, PayloadKeyErased, rewrapDataKey, unwrapDataKey, type DataKeyStore, type WrappedDataKey } from '../../../platform/temporal/codec/data-keys.js';
import { parsePayloadKeys } from '../../../platform/temporal/codec/master-keys.js';
import { CasePayloadCodec, isEncrypted } from '../../../platform/temporal/codec/payload-codec.js';

const K1 = 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
const K2 = 'k2:HxsdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=';

function memoryStore() {
  const rows = new Map<string, WrappedDataKey>();
  const calls = { byId: 0, forWorkflow: 0 };
  const store: DataKeyStore = {
    async byId(keyId) {
      calls.byId += 1;
      return [...rows.values()].find((r) => r.keyId === keyId) ?? null;
    },
    async forWorkflow(workflowId, fresh) {
      calls.forWorkflow += 1;
      if (!rows.has(workflowId)) rows.set(workflowId, fresh);
      return rows.get(workflowId)!;
    },
  };
  return { rows, calls, store };
}

const json = (v: unknown): Payload => ({ metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(v)) });
const text = (p: Payload) => Buffer.from(p.data!).toString();
const meta = (p: Payload, k: string) => Buffer.from(p.metadata![k]!).toString();
const ctx = (workflowId: string) => ({ type: 'workflow' as const, namespace: 'default', workflowId });

describe('the payload codec', () => {
  it('encrypts a case payload with the case key and reads it back, one store call per case', async () => {
    const { store, calls } = memoryStore();
    const codec = new CasePayloadCodec(new KeyRing(parsePayloadKeys(K1), store));
    const [enc] = await codec.encode([json({ title: 'Fakturaen mangler', email: 'a@b.dk' })], ctx('case-1042'));
    expect(isEncrypted(enc!)).toBe(true);
    expect(meta(enc!, 'encryption-key-id')).toMatch(/^case-1042\//);
    expect(Buffer.from(enc!.data!).toString('latin1')).not.toContain('Fakturaen');
    const [dec] = await codec.decode([enc!]);
    expect(text(dec!)).toBe('{"title":"Fakturaen mangler","email":"a@b.dk"}');
    expect(meta(dec!, 'encoding')).toBe('json/plain');
    for (let i = 0; i < 50; i++) await codec.decode(await codec.encode([json(i)], ctx('case-1042')));
    expect(calls).toEqual({ byId: 0, forWorkflow: 1 });
    // Another process (its own ring, same store) finds the key by the id in the payload.
    const other = new CasePayloadCodec(new KeyRing(parsePayloadKeys(K1), store));
    expect(text((await other.decode([enc!]))[0]!)).toContain('Fakturaen');
    expect(calls.byId).toBe(1);
  });

  it('uses a key of its own per case, and the master key for payloads of no case', async () => {
    const { store } = memoryStore();
    const codec = new CasePayloadCodec(new KeyRing(parsePayloadKeys(K1), store));
    const [a] = await codec.encode([json(1)], ctx('case-1'));
    const [b] = await codec.encode([json(1)], ctx('case-2'));
    const [c] = await codec.encode([json(1)], ctx('retention-nightly'));
    const [d] = await codec.encode([json(1)]);
    expect(meta(a!, 'encryption-key-id')).not.toBe(meta(b!, 'encryption-key-id'));
    expect(meta(c!, 'encryption-key-id')).toBe('master/k1');
    expect(meta(d!, 'encryption-key-id')).toBe('master/k1');
    expect((await codec.decode([a!, b!, c!, d!])).map(text)).toEqual(['1', '1', '1', '1']);
  });

  it('passes through payloads written before the codec, and refuses tampered ones', async () => {
    const codec = new CasePayloadCodec(new KeyRing(parsePayloadKeys(K1), memoryStore().store));
    const plain = json({ old: true });
    expect((await codec.decode([plain]))[0]).toBe(plain);
    const [enc] = await codec.encode([json('x')], ctx('case-9'));
    const bad = Buffer.from(enc!.data!);
    bad[bad.length - 1]! ^= 1;
    await expect(codec.decode([{ ...enc!, data: bad }])).rejects.toThrow();
  });

  it('rotates master keys: the first wraps new keys, every listed key unwraps', async () => {
    const { store, rows } = memoryStore();
    const before = new CasePayloadCodec(new KeyRing(parsePayloadKeys(K1), store));
    const [old] = await before.encode([json('old')], ctx('case-5'));
    const [oldMaster] = await before.encode([json('m')]);
    const after = new CasePayloadCodec(new KeyRing(parsePayloadKeys(`${K2},${K1}`), store));
    expect((await after.decode([old!, oldMaster!])).map(text)).toEqual(['"old"', '"m"']);
    const [fresh] = await after.encode([json('new')], ctx('case-6'));
    expect(rows.get('case-6')!.masterKeyId).toBe('k2');
    expect(text((await after.decode([fresh!]))[0]!)).toBe('"new"');
    // Re-wrapped under k2, the old case no longer needs k1.
    const keys = parsePayloadKeys(`${K2},${K1}`);
    const rewrapped = rewrapDataKey(keys, rows.get('case-5')!);
    expect(rewrapped.masterKeyId).toBe('k2');
    expect(unwrapDataKey(parsePayloadKeys(K2), rewrapped)).toEqual(unwrapDataKey(keys, rows.get('case-5')!));
    // Without the key that wrapped it, a data key cannot be used.
    const lost = new CasePayloadCodec(new KeyRing(parsePayloadKeys(K2), store));
    await expect(lost.decode([old!])).rejects.toThrow(/"k1"/);
  });

  it('cannot read a case whose data key was erased', async () => {
    const { store, rows } = memoryStore();
    const ring = new KeyRing(parsePayloadKeys(K1), store);
    const codec = new CasePayloadCodec(ring);
    const [enc] = await codec.encode([json('secret')], ctx('case-7'));
    rows.delete('case-7');
    ring.forget('case-7');
    await expect(codec.decode([enc!])).rejects.toBeInstanceOf(PayloadKeyErased);
  });

  it('says what is wrong with PAYLOAD_KEYS without showing a key', () => {
    expect(() => parsePayloadKeys('')).toThrow(/no key/);
    expect(() => parsePayloadKeys('k1:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => parsePayloadKeys('AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=')).toThrow(/id before a colon/);
    expect(() => parsePayloadKeys(`${K1},${K1}`)).toThrow(/twice/);
  });
});
