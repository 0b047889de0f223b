// The official Peppol BIS Billing 3.0 validation, provisioned once into the cache folder like the Temporal
// test server (platform/temporal/binaries.ts): Maven copies the rules (com.helger.phive.rules:phive-rules-peppol,
// the XSLTs OpenPeppol publishes for EN 16931 and Peppol BIS 3), the UBL 2.1 schemas (com.helger.ubl:ph-ubl21)
// and Saxon-HE from Maven Central, and javac compiles PeppolValidator.java beside this file. Used by the
// invoice tests and `npm run -s validate-invoices -- <file.xml>...`.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot } from '../../platform/temporal/binaries.js';
import { installOnce, run, tail, withHeartbeat, type Log } from '../../platform/install-once.js';

/** The one place the validation artefacts are pinned. */
export const PEPPOL_VERSIONS = {
  /** phive-rules-peppol release, and the OpenPeppol rules release inside it (May 2026). */
  phiveRules: '4.3.7',
  rules: '2026.5',
  ubl: '10.2.0',
  /** The schemas UBL 2.1 imports by namespace (CCTS, XML signature, XAdES), as ph-ubl 10.2.0 uses them. */
  xsds: '4.1.0',
  saxon: '12.5',
} as const;

const LABEL = `Peppol validation ${PEPPOL_VERSIONS.rules} (phive-rules-peppol ${PEPPOL_VERSIONS.phiveRules})`;
const SOURCE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'PeppolValidator.java');

export const validatorDir = () => path.join(cacheRoot(), `peppol-validator-${PEPPOL_VERSIONS.phiveRules}`);

function pom(): string {
  const only = (g: string, a: string, v: string) =>
    `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version><exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.service-desk</groupId>
  <artifactId>peppol-validator-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    ${only('com.helger.phive.rules', 'phive-rules-peppol', PEPPOL_VERSIONS.phiveRules)}
    ${only('com.helger.ubl', 'ph-ubl21', PEPPOL_VERSIONS.ubl)}
    ${['ccts-cct-schemamodule', 'xmldsig', 'xades132', 'xades141'].map((x) => only('com.helger.xsd', `ph-xsds-${x}`, PEPPOL_VERSIONS.xsds)).join('\n    ')}
    <dependency><groupId>net.sf.saxon</groupId><artifactId>Saxon-HE</artifactId><version>${PEPPOL_VERSIONS.saxon}</version></dependency>
  </dependencies>
</project>
`;
}

async function complete(dir: string): Promise<boolean> {
  try {
    await fs.access(path.join(dir, 'classes', 'PeppolValidator.class'));
    const jars = await fs.readdir(path.join(dir, 'lib'));
    return ['phive-rules-peppol', 'ph-ubl21', 'ph-xsds-xmldsig', 'Saxon-HE'].every((j) => jars.some((f) => f.startsWith(j)));
  } catch {
    return false;
  }
}

/** The validator's folder (lib/ and classes/), provisioning it on first use. */
export async function ensurePeppolValidator(log: Log): Promise<string> {
  const dir = validatorDir();
  if (await complete(dir)) return dir;
  await installOnce({
    targetDir: dir,
    label: LABEL,
    log,
    isComplete: () => complete(dir),
    build: async (tmp) => {
      for (const [cmd, args] of [
        ['mvn', ['-v']],
        ['javac', ['-version']],
      ] as const) {
        const ok = await run(cmd, [...args], { timeoutMs: 60_000 }).catch(() => undefined);
        if (!ok || ok.code !== 0)
          throw new Error(`${LABEL}: \`${cmd}\` not found. Install JDK 17 and Maven (Debian: apt-get install -y openjdk-17-jdk-headless maven).`);
      }
      const work = path.join(tmp, 'maven');
      await fs.mkdir(work);
      await fs.writeFile(path.join(work, 'pom.xml'), pom());
      const args = ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(tmp, 'lib')}`];
      const fetched = await withHeartbeat(`fetching ${LABEL} with Maven`, log, () => run('mvn', args, { cwd: work }));
      if (fetched.code !== 0) throw new Error(`\`mvn ${args.join(' ')}\` failed (exit ${fetched.code}):\n${tail(fetched.stdout + fetched.stderr)}`);
      await fs.rm(work, { recursive: true, force: true });
      const compiled = await run('javac', ['-cp', path.join(tmp, 'lib', '*'), '-d', path.join(tmp, 'classes'), SOURCE], { timeoutMs: 120_000 });
      if (compiled.code !== 0) throw new Error(`javac PeppolValidator.java failed:\n${tail(compiled.stdout + compiled.stderr)}`);
    },
  });
  return dir;
}

export interface FailedAssert {
  id: string;
  flag: string;
  location: string;
  text: string;
}

export interface Validation {
  file: string;
  /** Schema (XSD) errors; empty when the document is a valid UBL 2.1 Invoice. */
  xsd: string[];
  /** Every failed assertion of the EN 16931 and Peppol rules (flag fatal or warning). */
  failed: FailedAssert[];
}

export const fatalOf = (v: Validation) => v.failed.filter((f) => f.flag === 'fatal');

/** Runs java, keeping all of its output (one line per file validated). */
function java(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr }));
  });
}

/** Validates UBL files; one result per file, in order. */
export async function validateUblFiles(files: string[], log: Log = () => {}): Promise<Validation[]> {
  if (files.length === 0) return [];
  const dir = await ensurePeppolValidator(log);
  const cp = [path.join(dir, 'lib', '*'), path.join(dir, 'classes')].join(path.delimiter);
  const res = await java(['-cp', cp, 'PeppolValidator', PEPPOL_VERSIONS.rules, ...files]);
  if (res.code !== 0) throw new Error(`the Peppol validator failed (exit ${res.code}):\n${tail(res.stderr)}`);
  return res.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Validation);
}

/** Validates UBL documents given as text (written to a temporary folder first). */
export async function validateUbl(documents: { name: string; xml: string }[], log: Log = () => {}): Promise<Validation[]> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'peppol-'));
  try {
    const files = [];
    for (const d of documents) {
      const file = path.join(tmp, `${d.name.replace(/[^\w.-]/g, '_')}.xml`);
      await fs.writeFile(file, d.xml);
      files.push(file);
    }
    return await validateUblFiles(files, log);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
