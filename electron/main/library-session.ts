// The desktop app's open library, switchable (issue 14: File → Open Library…, Open Recent):
// IPC is registered once over `handlers`, which always calls the library open now. A switch
// refuses while the current library has unsaved changes, opens (and locks) the other folder
// first, and only then closes the current one (saves flushed, lock released), so a folder that
// cannot be opened leaves the app where it was. No electron import; unit-tested under node.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CALL_NAMES, type Handlers } from '../../common/ipc/contract.js';
import type { Backend } from '../backend/types.js';

export type SwitchOutcome =
  | { kind: 'same' }
  | { kind: 'switched'; dataDir: string }
  | { kind: 'unsaved'; message: string }
  | { kind: 'failed' };

/**
 * What a chosen folder is: a Marsad library, empty (a new library starts there), or a folder of
 * other files, where Marsad would scatter its own among them, so it is not opened.
 */
export function folderKind(dir: string): 'library' | 'empty' | 'other' {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 'empty';
  }
  if (names.includes('library.json')) return 'library';
  // Files a file manager leaves in any folder do not make it someone's folder of documents.
  return names.every((n) => n.startsWith('.') || n === 'desktop.ini' || n === 'Thumbs.db') ? 'empty' : 'other';
}

export class LibrarySession {
  /** Forwards every call to the library open at the time of the call. */
  readonly handlers: Handlers;
  private busy = false;

  constructor(
    private backend: Backend,
    public dataDir: string,
    /** Opens a folder (its own error dialog on failure) or answers null. */
    private readonly open: (dataDir: string) => Promise<Backend | null>,
  ) {
    const table: Partial<Record<string, (input: never) => unknown>> = {};
    for (const name of CALL_NAMES) table[name] = (input: never) => (this.backend.handlers[name] as (i: never) => unknown)(input);
    this.handlers = table as Handlers;
  }

  /** The backend's save and close calls, always on the library open now (for the quit path). */
  readonly current: Pick<Backend, 'flush' | 'close' | 'saveCopy' | 'saveFailure'> = {
    flush: () => this.backend.flush(),
    close: () => this.backend.close(),
    saveCopy: (folder) => this.backend.saveCopy(folder),
    saveFailure: () => this.backend.saveFailure(),
  };

  async switchTo(dataDir: string): Promise<SwitchOutcome> {
    const target = path.resolve(dataDir);
    if (target === path.resolve(this.dataDir) || this.busy) return { kind: 'same' };
    const failing = this.backend.saveFailure();
    if (failing) return { kind: 'unsaved', message: failing.message };
    this.busy = true;
    try {
      const next = await this.open(target);
      if (!next) return { kind: 'failed' };
      const before = this.backend;
      this.backend = next;
      this.dataDir = target;
      await before.close();
      return { kind: 'switched', dataDir: target };
    } finally {
      this.busy = false;
    }
  }
}
