// The master keys that wrap every case's data key (and encrypt payloads that belong to no case):
// PAYLOAD_KEYS (`id1:base64key,id2:base64key`, 32-byte AES-256 keys; the first encrypts, all decrypt,
// so a key can be rotated in by putting it first), or — for the embedded default — one key generated
// once into the data folder, as the session secret is (platform/session-secret.ts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface MasterKey {
  id: string;
  key: Buffer;
}

export interface MasterKeys {
  /** The key new data keys are wrapped with. */
  current: MasterKey;
  /** Every key, by id: any of them unwraps. */
  byId: ReadonlyMap<string, MasterKey>;
}

const KEY_ID = /^[A-Za-z0-9_.-]{1,40}$/;

/** Parses `id1:base64key,id2:base64key`; throws one readable error naming what is wrong (never the key). */
export function parsePayloadKeys(text: string): MasterKeys {
  const keys: MasterKey[] = [];
  for (const [i, part] of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .entries()) {
    const colon = part.indexOf(':');
    const id = colon < 0 ? '' : part.slice(0, colon);
    if (!KEY_ID.test(id)) throw new Error(`PAYLOAD_KEYS: key ${i + 1} needs an id before a colon (letters, digits, . _ -; at most 40)`);
    const key = Buffer.from(part.slice(colon + 1), 'base64');
    if (key.length !== 32)
      throw new Error(`PAYLOAD_KEYS: key "${id}" must be 32 bytes in base64 (it is ${key.length}); make one with \`openssl rand -base64 32\``);
    if (keys.some((k) => k.id === id)) throw new Error(`PAYLOAD_KEYS: key id "${id}" appears twice`);
    keys.push({ id, key });
  }
  if (keys.length === 0) throw new Error('PAYLOAD_KEYS: no key given');
  return { current: keys[0], byId: new Map(keys.map((k) => [k.id, k])) };
}

/** PAYLOAD_KEYS when set; otherwise the key kept in `dataDir/payload-keys`, generated on first use. */
export function payloadKeys(configured: string | undefined, dataDir: string): MasterKeys {
  if (configured) return parsePayloadKeys(configured);
  const file = path.join(dataDir, 'payload-keys');
  try {
    return parsePayloadKeys(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const text = `local1:${randomBytes(32).toString('base64')}`;
  try {
    // 'wx': two processes starting together (web and worker) must not each write a key of their own.
    fs.writeFileSync(file, `${text}\n`, { mode: 0o600, flag: 'wx' });
    return parsePayloadKeys(text);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return parsePayloadKeys(fs.readFileSync(file, 'utf8'));
  }
}
