// Envelope encryption for workflow payloads: every case workflow (`case-<n>`) has a data key of its
// own, wrapped by a master key and kept in a DataKeyStore (PostgreSQL in the product, a file for the
// replay test). Deleting a closed case's data key makes its history unreadable (crypto-shredding).
// The key ring unwraps each data key once and keeps it in memory for a while, so encoding and
// decoding a payload costs no database round trip once a process has seen the case.
import { randomBytes } from 'node:crypto';
import { open, seal } from './aes-gcm.js';
import type { MasterKeys } from './master-keys.js';

export interface WrappedDataKey {
  keyId: string;
  workflowId: string;
  masterKeyId: string;
  /** The data key sealed with the master key (aes-gcm.ts), bound to its key id and workflow id. */
  wrapped: Buffer;
}

export interface DataKeyStore {
  /** The data key with this id, or null when it does not exist (never made, or erased). */
  byId(keyId: string): Promise<WrappedDataKey | null>;
  /** The workflow's data key: `fresh` is stored when it has none; when it has one (also one stored meanwhile by another process), that one. */
  forWorkflow(workflowId: string, fresh: WrappedDataKey): Promise<WrappedDataKey>;
}

/** A key ready to use: its id (as payload metadata carries it) and its 32 bytes. */
export interface UsableKey {
  id: string;
  key: Buffer;
}

/** A payload whose key was erased: its contents are gone for good. */
export class PayloadKeyErased extends Error {
  constructor(readonly keyId: string) {
    super(`the data key ${keyId} was erased: this payload can no longer be read`);
    this.name = 'PayloadKeyErased';
  }
}

const MASTER_PREFIX = 'master/';
const wrapAad = (k: Pick<WrappedDataKey, 'keyId' | 'workflowId'>) => `${k.workflowId}|${k.keyId}`;

/** Seals a new random data key for `workflowId` under the current master key. */
export function newDataKey(keys: MasterKeys, workflowId: string): WrappedDataKey {
  const keyId = `${workflowId}/${randomBytes(6).toString('hex')}`;
  const wrapped = seal(keys.current.key, randomBytes(32), wrapAad({ keyId, workflowId }));
  return { keyId, workflowId, masterKeyId: keys.current.id, wrapped };
}

/** The 32 bytes of a wrapped data key; throws naming the master key when it is not configured. */
export function unwrapDataKey(keys: MasterKeys, k: WrappedDataKey): Buffer {
  const master = keys.byId.get(k.masterKeyId);
  if (!master) throw new Error(`the data key ${k.keyId} is wrapped by master key "${k.masterKeyId}", which PAYLOAD_KEYS does not hold`);
  return open(master.key, k.wrapped, wrapAad(k));
}

/** The same data key wrapped by the current master key (rotation: afterwards an older master key can be retired). */
export function rewrapDataKey(keys: MasterKeys, k: WrappedDataKey): WrappedDataKey {
  if (k.masterKeyId === keys.current.id) return k;
  return { ...k, masterKeyId: keys.current.id, wrapped: seal(keys.current.key, unwrapDataKey(keys, k), wrapAad(k)) };
}

export interface KeyRingOptions {
  /** How long an unwrapped key is kept (ms): an erasure in another process takes effect here within this time. */
  ttlMs?: number;
  /** At most this many keys in memory; the least recently used go first. */
  maxKeys?: number;
}

interface Cached {
  key: UsableKey;
  expires: number;
}

export class KeyRing {
  private readonly byKeyId = new Map<string, Cached>();
  private readonly byWorkflow = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<UsableKey>>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;

  constructor(
    readonly masterKeys: MasterKeys,
    private readonly store: DataKeyStore,
    opts: KeyRingOptions = {},
  ) {
    this.ttlMs = opts.ttlMs ?? 10 * 60_000;
    this.maxKeys = opts.maxKeys ?? 20_000;
  }

  /** The current master key, for payloads that belong to no case. */
  master(): UsableKey {
    return { id: `${MASTER_PREFIX}${this.masterKeys.current.id}`, key: this.masterKeys.current.key };
  }

  /** The data key a payload of `workflowId` is encrypted with (made on first use). */
  forWorkflow(workflowId: string): UsableKey | Promise<UsableKey> {
    const hit = this.fresh(this.byWorkflow, workflowId);
    if (hit) return hit;
    return this.once(`w:${workflowId}`, async () => {
      const stored = await this.store.forWorkflow(workflowId, newDataKey(this.masterKeys, workflowId));
      return this.remember(stored);
    });
  }

  /** The key a payload names in its metadata; throws PayloadKeyErased when it is gone. */
  forKeyId(keyId: string): UsableKey | Promise<UsableKey> {
    if (keyId.startsWith(MASTER_PREFIX)) {
      const master = this.masterKeys.byId.get(keyId.slice(MASTER_PREFIX.length));
      if (!master) throw new Error(`payload encrypted with master key "${keyId.slice(MASTER_PREFIX.length)}", which PAYLOAD_KEYS does not hold`);
      return { id: keyId, key: master.key };
    }
    const hit = this.fresh(this.byKeyId, keyId);
    if (hit) return hit;
    return this.once(`k:${keyId}`, async () => {
      const stored = await this.store.byId(keyId);
      if (!stored) throw new PayloadKeyErased(keyId);
      return this.remember(stored);
    });
  }

  /** Forgets a workflow's keys at once (this process erased them). */
  forget(workflowId: string): void {
    this.byWorkflow.delete(workflowId);
    for (const id of [...this.byKeyId.keys()]) if (id.startsWith(`${workflowId}/`)) this.byKeyId.delete(id);
  }

  private fresh(map: Map<string, Cached>, id: string): UsableKey | null {
    const c = map.get(id);
    if (!c) return null;
    if (c.expires < Date.now()) {
      map.delete(id);
      return null;
    }
    // Least recently used first out: a hit moves to the end.
    map.delete(id);
    map.set(id, c);
    return c.key;
  }

  private remember(stored: WrappedDataKey): UsableKey {
    const key = { id: stored.keyId, key: unwrapDataKey(this.masterKeys, stored) };
    const entry = { key, expires: Date.now() + this.ttlMs };
    for (const [map, id] of [
      [this.byKeyId, stored.keyId],
      [this.byWorkflow, stored.workflowId],
    ] as const) {
      map.set(id, entry);
      if (map.size > this.maxKeys) map.delete(map.keys().next().value!);
    }
    return key;
  }

  /** One store call per key at a time, however many payloads ask for it together. */
  private once(id: string, load: () => Promise<UsableKey>): Promise<UsableKey> {
    let p = this.pending.get(id);
    if (!p) {
      p = load().finally(() => this.pending.delete(id));
      this.pending.set(id, p);
    }
    return p;
  }
}
