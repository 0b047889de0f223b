// The payload codec every Temporal client and worker of the product uses (Temporal's PayloadCodec):
// each payload is serialised whole (metadata and data, as a Payload message) and sealed with
// AES-256-GCM. A case workflow's payloads (its input, Updates, signals, queries, results, activity
// inputs and results, memo) use the case's own data key — the SDK names the workflow a payload belongs
// to in its serialization context — and anything else the current master key. Each encrypted payload
// says which key in its metadata (`encryption-key-id`), so keys can rotate. Payloads without the
// codec's encoding (histories recorded before it) pass through decoding unchanged.
import type { Payload, PayloadCodec, SerializationContext } from '@temporalio/common';
import proto from '@temporalio/proto';
import { open, seal } from './aes-gcm.js';
import type { KeyRing } from './data-keys.js';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
/** Workflows whose payloads get a data key of their own: one per case. */
const CASE_WORKFLOW = /^case-\d+$/;

const ProtoPayload = proto.temporal.api.common.v1.Payload;
const utf8 = (v: Uint8Array | null | undefined) => (v ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8') : undefined);
const ENCODING_BYTES = Buffer.from(ENCRYPTED_ENCODING, 'utf8');

/** True when a payload is one this codec encrypted. */
export function isEncrypted(p: Payload): boolean {
  return utf8(p.metadata?.encoding) === ENCRYPTED_ENCODING;
}

export class CasePayloadCodec implements PayloadCodec {
  constructor(readonly keys: KeyRing) {}

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    if (payloads.length === 0) return payloads;
    const workflowId = context?.workflowId;
    const k = workflowId && CASE_WORKFLOW.test(workflowId) ? await this.keys.forWorkflow(workflowId) : this.keys.master();
    const keyId = Buffer.from(k.id, 'utf8');
    return payloads.map((p) => ({
      metadata: { encoding: ENCODING_BYTES, [KEY_ID_METADATA]: keyId },
      data: seal(k.key, ProtoPayload.encode(p).finish(), k.id),
    }));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.all(payloads.map((p) => this.decodeOne(p)));
  }

  private async decodeOne(p: Payload): Promise<Payload> {
    if (!isEncrypted(p)) return p;
    const keyId = utf8(p.metadata?.[KEY_ID_METADATA]);
    if (!keyId) throw new Error(`an encrypted payload without ${KEY_ID_METADATA}`);
    const k = await this.keys.forKeyId(keyId);
    const decoded = ProtoPayload.decode(open(k.key, p.data ?? new Uint8Array(), keyId));
    return { metadata: decoded.metadata, data: decoded.data };
  }
}
