// The browser shell's rule for file paths over RPC (it has no native dialogs to grant them):
// imports by path only from inside a folder given with --import-dir (uploaded bytes are always
// fine); reports only into the library's exports/ folder or an --export-dir, with the format's
// extension. Links are resolved first, so a symlink cannot lead out of an allowed folder.
import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { hasReportExtension, wrongExtensionMessage } from '../../common/export/report-extensions.js';
import type { Handlers } from '../../common/ipc/contract.js';
import { err } from '../../common/result.js';

export type ShellPaths = { dataDir: string; importDirs: string[]; exportDirs: string[] };

/** Where reports go when the page names no folder: inside the library, created 0700. */
export const exportsFolder = (dataDir: string): string => join(dataDir, 'exports');

const inside = (root: string, target: string): boolean => {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The path with every link resolved; for a path not there yet, its nearest existing folder's. */
async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realOrResolved(parent), basename(path));
  }
}

const realRoots = (dirs: string[]): Promise<string[]> => Promise.all(dirs.map((d) => realOrResolved(resolve(d))));

export function withShellPathRules(handlers: Handlers, paths: ShellPaths): Handlers {
  const exportsDir = exportsFolder(paths.dataDir);
  const allowedExports = [exportsDir, ...paths.exportDirs].join(' or ');
  return {
    ...handlers,
    startImport: async (input) => {
      if (!input.paths) return handlers.startImport(input);
      const roots = await realRoots(paths.importDirs);
      for (const p of input.paths) {
        const real = isAbsolute(p) ? await realOrResolved(p) : null;
        if (!real || !roots.some((root) => inside(root, real))) {
          return err('invalid-input', `The browser shell imports by path only from a folder given with --import-dir, and "${basename(p)}" is not in one, so nothing was read; drop the file on the page instead.`);
        }
      }
      return handlers.startImport(input);
    },
    startExport: async (input) => {
      await mkdir(exportsDir, { recursive: true, mode: 0o700 });
      const target = isAbsolute(input.path) ? input.path : join(exportsDir, input.path);
      const folder = await realOrResolved(dirname(target));
      const roots = await realRoots([exportsDir, ...paths.exportDirs]);
      if (!roots.some((root) => inside(root, folder))) {
        return err('invalid-input', `The browser shell saves reports only in ${allowedExports}, and "${input.path}" is outside, so nothing was written.`);
      }
      if (!hasReportExtension(target, input.format)) return err('invalid-input', wrongExtensionMessage(target, input.format));
      return handlers.startExport({ ...input, path: join(folder, basename(target)) });
    },
  };
}
