// The Content-Type an attachment is served with: a text file always says its charset (a browser
// left to guess may read UTF-8 as Latin-1 — or sniff markup), UTF-8 when the bytes are valid UTF-8,
// else Windows-1252 (what Danish text files from older Windows programs are).

export function servedContentType(contentType: string, bytes: Uint8Array): string {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!type.startsWith('text/')) return type;
  let charset = 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    charset = 'windows-1252';
  }
  return `${type}; charset=${charset}`;
}
