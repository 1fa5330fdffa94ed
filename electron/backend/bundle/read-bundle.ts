// Reads a `.marsad` bundle as the hostile archive it may be (issue 15): size, entry count and
// packing checked from the zip's directory before anything inflates (the importer's scanZip),
// only the names a bundle may hold accepted (a name is never used as a path on disk), every entry
// checked against its SHA-256 in the manifest, manifest and records schema-validated. Anything
// wrong is refused with one sentence (AppFailure invalid-input); nothing is written.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { AppFailure } from '../../../common/result.js';
import {
  BODIES_NAME,
  ENTRY_NAME,
  MANIFEST_NAME,
  RECORDS_NAME,
  bodiesSchema,
  manifestSchema,
  recordsProblem,
  recordsSchema,
  type BundleManifest,
  type BundleRecords,
} from '../../../common/bundle/manifest.js';
import { scanZip, type ZipLimits, type ZipScanProblem } from '../import/formats/zip-check.js';

const MB = 1_048_576;
// The file itself: 100k clips of ~3 KB text pack to ~150 MB; a GiB leaves room and bounds memory.
export const MAX_BUNDLE_FILE_MB = 1_024;
// Unpacked: the same clips are ~600 MB of text and records.
export const MAX_BUNDLE_UNPACKED_MB = 1_024;
// The manifest lists one line per entry (~130 bytes): 100k clips need ~13 MB.
export const MAX_MANIFEST_MB = 16;
// One clip's text: the importer keeps texts up to 1,000,000 characters (≤ 4 MB of UTF-8).
const MAX_BODY_CHARS = 4_000_000;
// Text and JSON pack 3–20:1; far past that is a bomb. Checked past 1 MiB, like Word files.
// A bundle has three entries (manifest, records, texts); 16 leaves room for later formats while
// a zip of thousands of entries is refused before its directory is even walked.
const LIMITS: ZipLimits = { maxUnpacked: MAX_BUNDLE_UNPACKED_MB * MB, maxEntries: 16, maxRatio: 200, ratioFrom: MB };

export type ReadBundle = { manifest: BundleManifest; records: BundleRecords; bodies: Map<string, string> };

const NOTHING = 'nothing was imported';
const refuse = (sentence: string): never => {
  throw new AppFailure({ code: 'invalid-input', message: `${sentence}; ${NOTHING}.` });
};

function sentenceFor(p: ZipScanProblem): string {
  switch (p.kind) {
    case 'bad-zip':
      return 'This bundle is damaged or incomplete (it cannot be read as a zip file)';
    case 'unsafe-name':
      return `This bundle holds a file whose name points outside the bundle (${p.name.slice(0, 120)}), so it was refused`;
    case 'refused':
      return p.reason;
    case 'too-big':
      return `This bundle would unpack to more than ${MAX_BUNDLE_UNPACKED_MB} MB, more than any library bundle, so it was not unpacked`;
    case 'too-many':
      return `This bundle holds more than ${LIMITS.maxEntries} files, more than any library bundle, so it was not unpacked`;
    case 'bomb':
      return 'This bundle unpacks far beyond its size (a zip bomb), so it was not unpacked';
  }
}

/** Why an entry may not be in a bundle (checked from the zip's directory, before inflating). */
function entryProblem(name: string, size: number): string | null {
  if (name === MANIFEST_NAME) return size > MAX_MANIFEST_MB * MB ? `This bundle's manifest is larger than ${MAX_MANIFEST_MB} MB, far more than a manifest needs, so it was refused` : null;
  if (!ENTRY_NAME.test(name)) return `This bundle holds a file a Marsad bundle never has ("${name.slice(0, 120)}"), so it was refused`;
  return null;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function parseJson(data: Buffer, what: string): unknown {
  try {
    return JSON.parse(data.toString('utf8'));
  } catch {
    return refuse(`This bundle's ${what} is not valid JSON`);
  }
}

function validated<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  return refuse(`This bundle's ${what} is not valid (${issue?.path.map(String).join('.') || 'top level'}: ${issue?.message ?? 'invalid'})`);
}

/** The checked contents of a bundle's bytes. */
export async function parseBundle(bytes: Uint8Array): Promise<ReadBundle> {
  const entries = new Map<string, Buffer>();
  const problem = await scanZip(bytes, LIMITS, { check: entryProblem, take: (name, data) => void entries.set(name, data) });
  if (problem) refuse(sentenceFor(problem));
  const manifestBytes = entries.get(MANIFEST_NAME) ?? refuse('This file is not a Marsad bundle (it has no manifest)');
  const manifest = validated(manifestSchema, parseJson(manifestBytes, 'manifest'), 'manifest');
  const listed = new Set<string>();
  for (const e of manifest.entries) {
    const data = entries.get(e.name) ?? refuse(`This bundle is incomplete: ${e.name} is missing`);
    if (data.length !== e.bytes || sha256(data) !== e.sha256) refuse(`This bundle was changed after it was exported: ${e.name} does not match the checksum in its manifest`);
    listed.add(e.name);
  }
  for (const name of entries.keys()) if (name !== MANIFEST_NAME && !listed.has(name)) refuse(`This bundle holds ${name}, which its manifest does not list`);
  if (!listed.has(RECORDS_NAME) || !listed.has(BODIES_NAME)) refuse('This bundle is incomplete: its manifest does not list records.json and bodies.json');
  const records = validated(recordsSchema, parseJson(entries.get(RECORDS_NAME)!, 'records'), 'records');
  const texts = validated(bodiesSchema, parseJson(entries.get(BODIES_NAME)!, 'texts'), 'texts');
  const wrong = recordsProblem(manifest, records, texts);
  if (wrong) refuse(`This bundle is not consistent: ${wrong}`);
  const bodies = new Map<string, string>();
  for (const [sha, text] of Object.entries(texts)) {
    if (text.length > MAX_BODY_CHARS) refuse(`This bundle holds a clip text over ${MAX_BODY_CHARS.toLocaleString('en')} characters, so it was refused`);
    // Each text is named by its SHA-256, as the library stores it: a changed text cannot pass.
    if (createHash('sha256').update(text, 'utf8').digest('hex') !== sha) refuse('This bundle was changed after it was exported: a clip text does not match its checksum');
    bodies.set(sha, text);
  }
  return { manifest, records, bodies };
}

/** Reads the bundle file at `path` (refusing one over MAX_BUNDLE_FILE_MB before reading it). */
export async function readBundleFile(path: string): Promise<ReadBundle> {
  let bytes: Buffer;
  try {
    const h = await open(path, 'r');
    try {
      const { size, isFile } = await h.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
      if (!isFile) refuse(`${path} is not a file`);
      if (size > MAX_BUNDLE_FILE_MB * MB) refuse(`This bundle is larger than ${MAX_BUNDLE_FILE_MB} MB`);
      bytes = await h.readFile();
    } finally {
      await h.close();
    }
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppFailure({ code: code === 'ENOENT' ? 'not-found' : 'storage-io', message: `Could not read the bundle ${path} (${code ?? (e as Error).message}); ${NOTHING}.` });
  }
  return parseBundle(bytes);
}
