// Files are judged by their content against their extension (domain/attachment-kinds.ts with the
// signature file-type reads): every kind a customer may send is taken, an executable under another
// name is refused, text must be UTF-8 without NULs.
import { describe, expect, it } from 'vitest';
import { fileTypeFromBuffer } from 'file-type';
import { extensionOf, isPlainText, judgeAttachment } from '../../domain/attachment-kinds.js';
import { ACCEPTED_FILES, REFUSED_FILES } from '../support/sample-files.js';

const judge = async (name: string, data: Buffer) => judgeAttachment(name, (await fileTypeFromBuffer(data))?.ext, data);

describe('attachment kinds', () => {
  it.each(Object.keys(ACCEPTED_FILES))('takes %s', async (name) => {
    const judged = await judge(name, ACCEPTED_FILES[name]!);
    expect(judged, JSON.stringify(judged)).toHaveProperty('kind');
  });

  it.each(Object.keys(REFUSED_FILES))('refuses %s', async (name) => {
    const { data, problem } = REFUSED_FILES[name]!;
    expect(await judge(name, data)).toEqual({ problem });
  });

  it('reads extensions case-insensitively and text as UTF-8 without NUL', () => {
    expect(extensionOf('Rapport.PDF')).toBe('pdf');
    expect(extensionOf('README')).toBe('');
    expect(isPlainText(Buffer.from('æøå'))).toBe(true);
    expect(isPlainText(Buffer.from([0xe6]))).toBe(false);
    expect(isPlainText(Buffer.from('a\0b'))).toBe(false);
  });

  it('stores the type of the kind, not the sender’s claim', async () => {
    const judged = await judge('server.log', ACCEPTED_FILES['server.log']!);
    expect('kind' in judged && judged.kind.mime).toBe('text/plain; charset=utf-8');
  });
});
