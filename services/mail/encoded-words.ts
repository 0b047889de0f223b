// Mail header text as people read it: RFC 2047 encoded words (`=?UTF-8?Q?=C3=86ndring?=`, `=?utf-8?B?…?=`)
// decoded, in the charsets mail uses (UTF-8, ISO-8859-1/-15, Windows-1252 …, as TextDecoder knows them).
// Whitespace between two encoded words belongs to the encoding and is dropped (RFC 2047 §6.2).

const ENCODED_WORD = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;

function decodeWord(charset: string, encoding: string, text: string): string | null {
  let bytes: Buffer;
  if (encoding.toUpperCase() === 'B') bytes = Buffer.from(text, 'base64');
  else
    bytes = Buffer.from(
      text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  try {
    return new TextDecoder(charset.split('*')[0]!.trim().toLowerCase()).decode(bytes);
  } catch {
    return null; // a charset no decoder knows: the word stays as it came
  }
}

/** A header value with its encoded words decoded. */
export function decodeHeaderWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?[^?]+\?[QqBb]\?[^?]*\?=)/g, '$1')
    .replace(ENCODED_WORD, (word, charset: string, enc: string, text: string) => decodeWord(charset, enc, text) ?? word);
}
