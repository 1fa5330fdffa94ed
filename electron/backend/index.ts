// The backend's front door for the three hosts: open a library folder and get the handler
// table plus flush/close. Imports Node and common/ only — never electron.
import { createHandlers } from './handlers.js';
import { seedLibrary } from './seed.js';
import { LibraryStore } from './store/library-store.js';
import { purgeExpiredTrash } from './tags/trash.js';
import type { Backend, BackendOptions } from './types.js';
import { join } from 'node:path';
import { logEvent, openLog } from './log/app-log.js';
import { backgroundTimer } from './background.js';
import { collectBodies } from './store/body-gc.js';

// A while after opening, so the first screens and the index warm-up are not competing with the scan.
const BODY_GC_DELAY_MS = 60_000;

export { defaultDataDir, userDataDir } from './paths.js';
export type { Backend, BackendOptions, Holder } from './types.js';

/** Throws AppFailure `locked` (another writer), `storage-io` or, read-only, `storage-corrupt`. */
export async function openBackend(opts: BackendOptions): Promise<Backend> {
  // Writers log to <library>/logs; read-only opens never write, so they log nowhere.
  if (!opts.readOnly) openLog(opts.dataDir);
  const store = await LibraryStore.open({
    dataDir: opts.dataDir,
    holder: opts.holder,
    readOnly: opts.readOnly,
    writeDelayMs: opts.writeDelayMs,
    seed: opts.seedFile ? (s) => seedLibrary(s, opts.seedFile!) : undefined,
  });
  // Trashed clips past their 30 days go when a writer opens the library (readers never write).
  if (!opts.readOnly && !store.corrupt) purgeExpiredTrash(store);
  // Bodies no clip or backup names any more go in the background of the long-running hosts (a
  // CLI command would wait on the scan of the backups).
  if (!opts.readOnly && opts.host !== 'cli') {
    backgroundTimer('body-gc', BODY_GC_DELAY_MS, async () => {
      await store.flush();
      await collectBodies(store);
    });
  }
  if (!opts.readOnly) logEvent('info', 'library-opened', { host: opts.host, version: opts.version, corrupt: store.corrupt !== null });
  const handlers = createHandlers(store, {
    version: opts.version,
    host: opts.host,
    dataDir: opts.dataDir,
    libraryFile: join(opts.dataDir, 'library.json'),
    systemLocale: opts.systemLocale,
  }, opts.pdfPrinter);
  return {
    handlers,
    flush: () => store.flush(),
    close: () => store.close(),
    saveFailure: () => store.saveFailure,
    saveCopy: (folder) => store.saveCopyTo(folder),
  };
}
