// One-time capabilities for file paths in the desktop app (issue 11, finding 7): the renderer
// may import only paths the preload saw the user drop or pick, and export only to the path the
// save dialog returned, with the format's extension. Each grant is spent by the call that uses
// it. Pure: no electron import; register-handlers.ts wires it in front of the handler table.
import { basename, isAbsolute, normalize } from 'node:path';
import { hasReportExtension, addReportExtension } from '../../common/export/report-extensions.js';
import type { ReportFormat } from '../../common/export/types.js';
import { MAX_IMPORT_PATHS, type Handlers } from '../../common/ipc/contract.js';
import { err, type Result } from '../../common/result.js';

// Why: a drop is at most MAX_IMPORT_PATHS paths; grants beyond that many unspent ones are the
// oldest drops the user never imported, so they are forgotten first.
const MAX_UNSPENT_GRANTS = MAX_IMPORT_PATHS;
// A user picks one save path at a time; a few unspent ones cover a dialog cancelled mid-way.
const MAX_UNSPENT_EXPORTS = 8;

type ExportGrant = { format: ReportFormat; overwrite: boolean };

const key = (path: string): string => normalize(path);

export class PathGrants {
  private readonly imports = new Set<string>();
  private readonly exports = new Map<string, ExportGrant>();

  /** A path the preload read off a dropped or picked File. Relative paths are never granted. */
  grantImport(path: string): boolean {
    if (typeof path !== 'string' || !path || !isAbsolute(path)) return false;
    this.imports.delete(key(path));
    this.imports.add(key(path));
    while (this.imports.size > MAX_UNSPENT_GRANTS) this.imports.delete(this.imports.values().next().value!);
    return true;
  }

  /** The save dialog's answer; `overwrite` only when the dialog itself confirmed replacing. */
  grantExport(path: string, format: ReportFormat, overwrite: boolean): void {
    this.exports.delete(key(path));
    this.exports.set(key(path), { format, overwrite });
    while (this.exports.size > MAX_UNSPENT_EXPORTS) this.exports.delete(this.exports.keys().next().value!);
  }

  /** Spends the grants of every path, or none of them: a refusal sentence when any is missing. */
  takeImports(paths: string[]): string | null {
    const missing = paths.find((p) => !this.imports.has(key(p)));
    if (missing !== undefined) {
      return `Marsad imports only files you dropped on the window or picked in it, and "${basename(missing)}" was not, so nothing was read.`;
    }
    for (const p of paths) this.imports.delete(key(p));
    return null;
  }

  /** Whether a dropped or picked path may be read (a bundle inspected before it is imported). */
  mayRead(path: string): boolean {
    return this.imports.has(key(path));
  }

  /** Spends the grant of an export path: how it may be written, or a refusal sentence. */
  takeExport(path: string, format: ReportFormat): ExportGrant | string {
    const grant = this.exports.get(key(path));
    if (!grant || grant.format !== format || !hasReportExtension(path, format)) {
      return `Choose where to save the report in the save dialog; "${basename(path)}" was not chosen there for a ${format} report, so nothing was written.`;
    }
    this.exports.delete(key(path));
    return grant;
  }
}

const refuse = (message: string): Result<never> => err('invalid-input', message);
const bundleRefusal = (path: string) => `Marsad opens only bundles you dropped on the window or picked in it, and "${basename(path)}" was not, so nothing was read.`;

/** The handler table behind the grants: imports by path, exports and the save dialog. */
export function withPathGrants(handlers: Handlers, grants: PathGrants): Handlers {
  return {
    ...handlers,
    startImport: async (input) => {
      const refusal = input.paths ? grants.takeImports(input.paths) : null;
      return refusal ? refuse(refusal) : handlers.startImport(input);
    },
    chooseReportPath: async (input) => {
      const r = await handlers.chooseReportPath(input);
      if (!r.ok || !r.value.supported || !r.value.path) return r;
      const path = addReportExtension(r.value.path, input.format);
      // The dialog confirmed replacing the name it returned, not one with an extension added.
      grants.grantExport(path, input.format, path === r.value.path);
      return { ok: true, value: { ...r.value, path } };
    },
    startExport: async (input) => {
      const grant = grants.takeExport(input.path, input.format);
      if (typeof grant === 'string') return refuse(grant);
      return handlers.startExport({ ...input, overwrite: Boolean(input.overwrite) && grant.overwrite });
    },
    // Bundles (issue 15): read by path only when dropped or picked (inspecting does not spend the
    // grant, importing does); written from the window only by the CLI for now.
    inspectBundle: async (input) =>
      'path' in input.source && !grants.mayRead(input.source.path) ? refuse(bundleRefusal(input.source.path)) : handlers.inspectBundle(input),
    importBundle: async (input) => {
      const refusal = 'path' in input.source ? grants.takeImports([input.source.path]) : null;
      return refusal ? refuse(refusal) : handlers.importBundle(input);
    },
    exportBundle: async () => refuse('Bundles are exported with "marsad bundle export" for now; nothing was written.'),
  };
}
