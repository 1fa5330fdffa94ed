// Pure, numbered migrations of the library file: migrations[n] turns version n into n + 1.
// A migration never does I/O itself; it is handed `putBody`, which records a body to be stored
// content-addressed and returns its SHA-256, so the caller decides when bytes hit the disk.
import { SCHEMA_VERSION, libraryFileSchema, type LibraryFile } from './schema.js';

/** `newId` makes a fresh random id (the library id v2 adds); the caller supplies the randomness. */
export type MigrationIo = { putBody(text: string): string; now: string; newId(): string };
type Migration = (data: Record<string, unknown>, io: MigrationIo) => Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const LANGS = new Set(['ar', 'en', 'ru', 'other']);

/**
 * v0: the pre-release format, `{ articles: [{ id, title, text, source?, url?, date?, added?,
 * tags?, lang? }] }`, bodies inline, no schemaVersion.
 */
const v0toV1: Migration = (data, io) => {
  const articles = Array.isArray(data.articles) ? data.articles : [];
  const clips = articles.map((raw, i) => {
    const a = (raw ?? {}) as Record<string, unknown>;
    const text = typeof a.text === 'string' ? a.text : '';
    const captured = str(a.added) ?? str(a.date) ?? io.now;
    return {
      id: str(a.id) ?? `v0-${i + 1}`,
      title: str(a.title) ?? text.split('\n', 1)[0]?.slice(0, 200) ?? '',
      source: str(a.source),
      url: str(a.url),
      author: str(a.author),
      lang: typeof a.lang === 'string' && LANGS.has(a.lang) ? a.lang : 'other',
      publishedAt: str(a.date),
      capturedAt: captured,
      updatedAt: captured,
      bodySha256: io.putBody(text),
      bodyLength: text.length,
      tags: Array.isArray(a.tags) ? a.tags.filter((t): t is string => typeof t === 'string') : [],
    };
  });
  return { schemaVersion: 1, createdAt: str(data.createdAt) ?? io.now, clips, settings: { locale: 'system' } };
};

/**
 * v1 → v2 (issue 15): the library gets a stable id and the settings an analyst name. Every clip,
 * highlight, person and quote decision keeps its fields as they are: ids already exist (quote
 * decisions and tags are identified by what they are, common/bundle/ids.ts), and an item with
 * no `by` is this library's own analyst's. Nothing is dropped or rewritten.
 */
const v1toV2: Migration = (data, io) => {
  const settings = (data.settings && typeof data.settings === 'object' ? data.settings : {}) as Record<string, unknown>;
  return {
    ...data,
    schemaVersion: 2,
    libraryId: str(data.libraryId) ?? io.newId(),
    settings: { ...settings, analyst: typeof settings.analyst === 'string' ? settings.analyst : '' },
    bundles: Array.isArray(data.bundles) ? data.bundles : [],
  };
};

export const MIGRATIONS: readonly Migration[] = [v0toV1, v1toV2];

export const versionOf = (data: unknown): number | null => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const v = (data as Record<string, unknown>).schemaVersion;
  if (v === undefined) return 'articles' in data ? 0 : null;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
};

export type MigrateOutcome =
  | { kind: 'ok'; data: LibraryFile; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

/** Brings any known version up to SCHEMA_VERSION and validates the result. */
export function migrate(data: unknown, io: MigrationIo): MigrateOutcome {
  const version = versionOf(data);
  if (version === null) return { kind: 'invalid', reason: 'it is not a Marsad library' };
  if (version > SCHEMA_VERSION) return { kind: 'newer', version };
  let current = data as Record<string, unknown>;
  for (let v = version; v < SCHEMA_VERSION; v++) current = MIGRATIONS[v]!(current, io);
  const parsed = libraryFileSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'invalid', reason: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}` };
  }
  return { kind: 'ok', data: parsed.data, migratedFrom: version === SCHEMA_VERSION ? null : version };
}
