// Finds the Marsad checkout this shell runs from (built in dist/browser-shell or run from
// source), so the renderer, seed piece and version are located without assuming the cwd.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RepoPaths = { root: string; rendererDir: string; seedFile: string; version: string };

export function findRepo(from: string = dirname(fileURLToPath(import.meta.url))): RepoPaths {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkgFile = join(dir, 'package.json');
    if (existsSync(pkgFile)) {
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'marsad') {
        return {
          root: dir,
          rendererDir: join(dir, 'dist', 'renderer'),
          seedFile: join(dir, 'data', 'syria-russia-new-phase.txt'),
          version: pkg.version ?? '0.0.0',
        };
      }
    }
    if (dirname(dir) === dir) throw new Error(`No Marsad package.json above ${from}.`);
  }
}
