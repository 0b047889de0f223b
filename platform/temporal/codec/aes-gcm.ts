// AES-256-GCM with node:crypto: a fresh 96-bit nonce per message, the 128-bit tag appended, and the
// context (a key id, a workflow id) bound as associated data so a ciphertext cannot be moved to another.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE = 12;
const TAG = 16;

/** nonce ‖ ciphertext ‖ tag. */
export function seal(key: Buffer, plain: Uint8Array, aad: string): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The plain bytes of `sealed`; throws when the key, the associated data or the bytes do not match. */
export function open(key: Buffer, sealed: Uint8Array, aad: string): Buffer {
  if (sealed.length < NONCE + TAG) throw new Error('encrypted payload too short');
  const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, NONCE));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(buf.subarray(buf.length - TAG));
  return Buffer.concat([decipher.update(buf.subarray(NONCE, buf.length - TAG)), decipher.final()]);
}
