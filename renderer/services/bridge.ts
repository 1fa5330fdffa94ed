// The only reader of `window.marsad` (the preload in Electron, /shell-bridge.js in the browser
// shell). Everything else calls `bridge`. Never throws: a missing bridge or a failed transport
// becomes an `internal` Result, so models only ever handle Results.
import type { CallName, Calls, Contract } from '../../common/ipc/contract.js';
import type { Result } from '../../common/result.js';

type AnyCall = (input?: unknown) => Promise<Result<unknown>>;

const failure = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'internal', message },
});

const host = (globalThis as { marsad?: Partial<Record<CallName, AnyCall>> }).marsad;

const call = async (name: CallName, input: unknown): Promise<Result<unknown>> => {
  const fn = host?.[name];
  if (typeof fn !== 'function') {
    return failure('Marsad cannot reach its library because the app bridge is missing.');
  }
  try {
    const result = await (input === undefined ? fn() : fn(input));
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return failure(`Marsad received an unreadable answer to "${name}".`);
  } catch (e) {
    return failure(`Marsad could not reach its library: ${e instanceof Error ? e.message : String(e)}`);
  }
};

const via = <K extends CallName>(name: K): Contract[K] =>
  ((input?: Calls[K]['in']) => call(name, input)) as Contract[K];

/** The typed bridge; the compiler insists on one entry per contract call. */
export const bridge = {
  appInfo: via('appInfo'),
  getDiagnostics: via('getDiagnostics'),
  libraryState: via('libraryState'),
  restoreBackup: via('restoreBackup'),
  listClips: via('listClips'),
  getClip: via('getClip'),
  updateClip: via('updateClip'),
  setClipTags: via('setClipTags'),
  facets: via('facets'),
  getSettings: via('getSettings'),
  setSettings: via('setSettings'),
  startImport: via('startImport'),
  importProgress: via('importProgress'),
  cancelImport: via('cancelImport'),
  importReport: via('importReport'),
  undoImport: via('undoImport'),
  importText: via('importText'),
  // Tagging and annotation (issue 6).
  tagClips: via('tagClips'),
  setClipNote: via('setClipNote'),
  addHighlight: via('addHighlight'),
  updateHighlight: via('updateHighlight'),
  removeHighlight: via('removeHighlight'),
  listHighlights: via('listHighlights'),
  listTags: via('listTags'),
  renameTag: via('renameTag'),
  mergeTags: via('mergeTags'),
  deleteTag: via('deleteTag'),
  setTagDef: via('setTagDef'),
  undo: via('undo'),
  redo: via('redo'),
  historyState: via('historyState'),
  deleteClips: via('deleteClips'),
  restoreClips: via('restoreClips'),
  editClips: via('editClips'),
  timeline: via('timeline'),
  sparklines: via('sparklines'),
  viewShares: via('viewShares'),
  trashList: via('trashList'),
  emptyTrash: via('emptyTrash'),
  search: via('search'),
  suggest: via('suggest'),
  listSavedSearches: via('listSavedSearches'),
  createSavedSearch: via('createSavedSearch'),
  updateSavedSearch: via('updateSavedSearch'),
  deleteSavedSearch: via('deleteSavedSearch'),
  openSavedSearch: via('openSavedSearch'),
  // Quotes and people (issue 5).
  getQuotes: via('getQuotes'),
  decideQuote: via('decideQuote'),
  reattributeInClip: via('reattributeInClip'),
  listPeople: via('listPeople'),
  personQuotes: via('personQuotes'),
  mergePeople: via('mergePeople'),
  addAlias: via('addAlias'),
  removeAlias: via('removeAlias'),
  renamePerson: via('renamePerson'),
  markNotSpeaker: via('markNotSpeaker'),
  undoSpeakerEdit: via('undoSpeakerEdit'),
  // Reports (issue 7).
  previewReport: via('previewReport'),
  startExport: via('startExport'),
  exportProgress: via('exportProgress'),
  cancelExport: via('cancelExport'),
  chooseReportPath: via('chooseReportPath'),
  exportBundle: via('exportBundle'),
  inspectBundle: via('inspectBundle'),
  importBundle: via('importBundle'),
  resolveNoteConflict: via('resolveNoteConflict'),
  openedBundles: via('openedBundles'),
} satisfies Contract;
