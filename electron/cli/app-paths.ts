// Files the CLI ships with, found relative to this module: electron/cli/ under tsx and
// dist/cli/ when bundled are both two folders below the repo root. Never the user's library.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** The sample article a brand-new library is seeded with (writers only). */
export const SEED_FILE = fileURLToPath(new URL('data/syria-russia-new-phase.txt', ROOT));

export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
