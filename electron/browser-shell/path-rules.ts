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
  /** A refusal sentence unless every path is inside an --import-dir. */
  const readable = async (list: string[]): Promise<string | null> => {
    const roots = await realRoots(paths.importDirs);
    for (const p of list) {
      const real = isAbsolute(p) ? await realOrResolved(p) : null;
      if (!real || !roots.some((root) => inside(root, real))) {
        return `The browser shell imports by path only from a folder given with --import-dir, and "${basename(p)}" is not in one, so nothing was read; drop the file on the page instead.`;
      }
    }
    return null;
  };
  return {
    ...handlers,
    startImport: async (input) => {
      if (!input.paths) return handlers.startImport(input);
      const refusal = await readable(input.paths);
      return refusal ? err('invalid-input', refusal) : handlers.startImport(input);
    },
    inspectBundle: async (input) => {
      const refusal = 'path' in input.source ? await readable([input.source.path]) : null;
      return refusal ? err('invalid-input', refusal) : handlers.inspectBundle(input);
    },
    importBundle: async (input) => {
      const refusal = 'path' in input.source ? await readable([input.source.path]) : null;
      return refusal ? err('invalid-input', refusal) : handlers.importBundle(input);
    },
    exportBundle: async (input) => {
      await mkdir(exportsDir, { recursive: true, mode: 0o700 });
      const target = isAbsolute(input.path) ? input.path : join(exportsDir, input.path);
      const folder = await realOrResolved(dirname(target));
      const roots = await realRoots([exportsDir, ...paths.exportDirs]);
      if (!roots.some((root) => inside(root, folder)) || !target.endsWith('.marsad')) {
        return err('invalid-input', `The browser shell saves bundles only as .marsad files in ${allowedExports}, and "${input.path}" is not one, so nothing was written.`);
      }
      return handlers.exportBundle({ ...input, path: join(folder, basename(target)) });
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
