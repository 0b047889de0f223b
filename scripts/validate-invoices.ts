// `npm run -s validate-invoices -- <invoice.xml>...`: validates UBL invoices (e.g. downloaded from
// /api/v1/invoices/{number}.xml) with the official Peppol BIS Billing 3.0 rules — the UBL 2.1 schema, the
// EN 16931 and the Peppol rules (scripts/peppol/validator.ts) — and exits non-zero on any fatal finding.
import { fatalOf, validateUblFiles } from './peppol/validator.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run -s validate-invoices -- <invoice.xml>...\n');
  process.exit(2);
}
const results = await validateUblFiles(files, (line) => process.stderr.write(`${line}\n`));
let bad = 0;
for (const r of results) {
  const fatal = fatalOf(r);
  const warnings = r.failed.length - fatal.length;
  if (r.xsd.length || fatal.length) bad++;
  process.stdout.write(
    `${r.xsd.length || fatal.length ? 'FAIL' : 'ok  '} ${r.file}: ${r.xsd.length} schema errors, ${fatal.length} fatal, ${warnings} warnings\n`,
  );
  for (const m of r.xsd) process.stdout.write(`     schema: ${m}\n`);
  for (const f of r.failed) process.stdout.write(`     ${f.flag} ${f.id}: ${f.text}\n`);
}
process.exit(bad > 0 ? 1 : 0);
