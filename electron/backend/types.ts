// The backend as the three hosts see it: open a library folder, get the handler table.
// No electron import here or anywhere under electron/backend (the CLI and browser shell use it).
import type { AppInfo } from '../../common/domain.js';
import type { Handlers } from '../../common/ipc/contract.js';
import type { PdfPrinter } from './export/chromium.js';

/** Who holds the writer lock; shown to a second writer in the `locked` error. */
export type Holder = 'app' | 'cli' | 'browser-shell' | 'bench' | 'test';

export type BackendOptions = {
  /** The library folder (holds library.json, bodies/, backups/, library.lock). */
  dataDir: string;
  holder: Holder;
  host: AppInfo['host'];
  /** BCP 47 locale of the OS, as the host knows it. */
  systemLocale: string;
  version: string;
  /** Read-only opens take no lock and never write (CLI `list`, `show`). */
  readOnly?: boolean;
  /** Plain-text article loaded as the sample clip into a brand-new library. */
  seedFile?: string | null;
  /** Coalescing delay for writes, ms. */
  writeDelayMs?: number;
  /** Prints report HTML to PDF (the desktop app's printToPDF); default: a Chromium found on the machine. */
  pdfPrinter?: PdfPrinter;
};

export type Backend = {
  handlers: Handlers;
  /** Resolves when every change made so far is on disk. */
  flush(): Promise<void>;
  /** Flushes, then releases the lock. */
  close(): Promise<void>;
  /** Why saving fails now (retried in the background), or null when the last write succeeded. */
  saveFailure(): { reason: 'disk-full' | 'read-only' | 'io'; message: string } | null;
  /** Writes the library as it is in memory to a new folder inside `folder` (quit's "save elsewhere"); returns its path. */
  saveCopy(folder: string): Promise<string>;
};
