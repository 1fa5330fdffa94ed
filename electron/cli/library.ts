// Opens the backend for one command and hands it a `call` that goes through dispatch(), the
// same guarded entry the desktop app and browser shell use. Readers take no lock and never seed;
// writers take the writer lock and seed a brand-new library with the sample article.
import type { Calls } from '../../common/ipc/contract.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import { AppFailure } from '../../common/result.js';
import { openBackend } from '../backend/index.js';
import { logInternalError } from '../backend/log/report-errors.js';
import { SEED_FILE, appVersion } from './app-paths.js';
import type { Call } from './commands/command.js';

export type OpenLibrary = { call: Call; close: () => Promise<void> };

export async function openLibrary(dataDir: string, access: 'read' | 'write'): Promise<OpenLibrary> {
  const backend = await openBackend({
    dataDir,
    holder: 'cli',
    host: 'cli',
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    version: appVersion(),
    readOnly: access === 'read',
    seedFile: access === 'write' ? SEED_FILE : null,
  });
  const call: Call = async (name, input) => {
    const result = await dispatch(backend.handlers, name, input, { onInternal: logInternalError });
    if (!result.ok) throw new AppFailure(result.error);
    return result.value as Calls[typeof name]['out'];
  };
  return { call, close: () => backend.close() };
}
