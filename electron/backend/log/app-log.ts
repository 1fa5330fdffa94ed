// The diagnostic log every host writes: one line of JSON per event in `logs/marsad.log` inside
// the library folder, rotated at LOG_MAX_BYTES (LOG_KEEP old files kept), created 0600.
// It must never hold article text: fields are short scalars, strings cut to FIELD_MAX_CHARS.
// Logging never throws: a log that cannot be written is skipped, never a reason to fail.
import { appendFileSync, mkdirSync, renameSync, statSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** 1 MiB holds tens of thousands of events; three files bound the log at ~4 MiB on disk. */
const LOG_MAX_BYTES = 1_048_576;
const LOG_KEEP = 3;
/** Long enough for a path or an error message, too short to carry a paragraph of an article. */
const FIELD_MAX_CHARS = 240;

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

let folder: string | null = null;
let fallback: ((line: string) => void) | null = null;

/** Points the log at `<dataDir>/logs`. Until called (or after closeLog), events go to the fallback. */
export function openLog(dataDir: string): void {
  folder = join(dataDir, 'logs');
}

export function closeLog(): void {
  folder = null;
}

/** Where events go when no library is open (the CLI sets stderr in verbose runs; default: nowhere). */
export function setLogFallback(write: ((line: string) => void) | null): void {
  fallback = write;
}

export const logFile = (dataDir: string): string => join(dataDir, 'logs', 'marsad.log');

const clean = (fields: LogFields): Record<string, string | number | boolean | null> => {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    out[k] = typeof v === 'string' && v.length > FIELD_MAX_CHARS ? `${v.slice(0, FIELD_MAX_CHARS)}…` : v;
  }
  return out;
};

const rotate = (file: string): void => {
  for (let i = LOG_KEEP - 1; i >= 1; i--) {
    const from = i === 1 ? file : `${file}.${i - 1}`;
    if (existsSync(from)) renameSync(from, `${file}.${i}`);
  }
};

/** Appends one event. `event` is a short kebab-case name ("write-failed", "index-rebuilt"). */
export function logEvent(level: LogLevel, event: string, fields: LogFields = {}): void {
  const line = `${JSON.stringify({ t: new Date().toISOString(), level, event, pid: process.pid, ...clean(fields) })}\n`;
  if (!folder) {
    fallback?.(line);
    return;
  }
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const file = join(folder, 'marsad.log');
    try {
      if (statSync(file).size + line.length > LOG_MAX_BYTES) rotate(file);
    } catch {
      /* no log yet */
    }
    appendFileSync(file, line, { mode: 0o600 });
  } catch {
    fallback?.(line);
  }
}

/** An error as log fields: its code and message, never its stack's local data. */
export const errorFields = (e: unknown): LogFields => {
  const err = e as { code?: unknown; message?: unknown; name?: unknown };
  return {
    error: typeof err?.message === 'string' ? err.message : String(e),
    code: typeof err?.code === 'string' ? err.code : undefined,
    name: typeof err?.name === 'string' ? err.name : undefined,
  };
};

/** The newest `maxLines` lines of the log (for "Copy diagnostics"); empty when there is none. */
export function readLogTail(dataDir: string, maxLines = 200): string[] {
  try {
    const lines = readFileSync(logFile(dataDir), 'utf8').split('\n').filter(Boolean);
    return lines.slice(-maxLines);
  } catch {
    return [];
  }
}
