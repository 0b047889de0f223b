// Small files of every kind a customer may attach (and some they may not), made in memory — for the fuzz
// suite and the tests: images and
// PDF by their signatures, text and logs, Office and OpenDocument files as the zip archives they are
// (a minimal stored-zip writer), Word 97/Outlook .msg as Compound File Binary, an executable.
import { crc32 } from 'node:zlib';

/** A zip archive of stored (uncompressed) entries, in the given order. */
export function zipOf(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x" ContentType="${main}"/></Types>`;

const ooxml = (main: string, part: string) => zipOf({ '[Content_Types].xml': contentTypes(main), [part]: '<x/>' });
const odf = (mime: string) => zipOf({ mimetype: mime, 'content.xml': '<office:document-content/>' });
const cfb = () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0x01)]);

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** Files that must be taken, by name. */
export const ACCEPTED_FILES: Record<string, Buffer> = {
  'skærmbillede.png': PNG,
  'faktura.pdf': Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  'server.log': Buffer.from('2026-03-02 09:14:01 ERROR Faktura 1042 kunne ikke bogføres\n2026-03-02 09:14:02 INFO genforsøg\n'),
  'noter.txt': Buffer.from('Hej — æøå virker.\n'),
  'eksport.csv': Buffer.from('nummer;beløb\n1042;950,00\n'),
  'indstillinger.json': Buffer.from('{"printer":"A4","kopier":2}\n'),
  'data.xml': Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<faktura nummer="1042"/>\n'),
  'beskrivelse.docx': ooxml('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'word/document.xml'),
  'regneark.xlsx': ooxml('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xl/workbook.xml'),
  'slides.pptx': ooxml('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'ppt/presentation.xml'),
  'gammel.doc': cfb(),
  'tekst.odt': odf('application/vnd.oasis.opendocument.text'),
  'ark.ods': odf('application/vnd.oasis.opendocument.spreadsheet'),
  'logs.zip': zipOf({ 'a.log': 'linje 1\n', 'b.log': 'linje 2\n' }),
  'videresendt.eml': Buffer.from('From: kunde@example.test\r\nSubject: Fejl\r\n\r\nSe nedenfor.\r\n'),
  'outlook.msg': cfb(),
};

/** A Windows executable (its `MZ` signature and a PE header). */
export const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0]), Buffer.from('PE\0\0'), Buffer.alloc(200)]);

/** Files that must be refused, by name, and why. */
export const REFUSED_FILES: Record<string, { data: Buffer; problem: string }> = {
  'faktura.pdf.exe': { data: EXECUTABLE, problem: 'file_kind' },
  'rapport.pdf': { data: EXECUTABLE, problem: 'file_content' },
  'server.log': { data: EXECUTABLE, problem: 'file_content' },
  'billede.png': { data: Buffer.from('not a png at all'), problem: 'file_content' },
  'binær.txt': { data: Buffer.from([0x68, 0x00, 0x69, 0xff, 0xfe]), problem: 'file_content' },
  'script.js': { data: Buffer.from('alert(1)'), problem: 'file_kind' },
};
