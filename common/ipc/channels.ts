// The channel table alone, free of zod, so the sandboxed preload bundle stays a few KB instead
// of carrying the schemas (contract.ts re-exports it; import from either). Pure: no DOM, no Node.
import type { CallName } from './contract.js';

/** Channel names, one `marsad:` namespace (ipcMain channels and browser-shell RPC paths). */
export const CHANNELS = {
  appInfo: 'marsad:app-info',
  getDiagnostics: 'marsad:get-diagnostics',
  libraryState: 'marsad:library-state',
  restoreBackup: 'marsad:restore-backup',
  listClips: 'marsad:list-clips',
  getClip: 'marsad:get-clip',
  updateClip: 'marsad:update-clip',
  setClipTags: 'marsad:set-clip-tags',
  facets: 'marsad:facets',
  getSettings: 'marsad:get-settings',
  setSettings: 'marsad:set-settings',
  startImport: 'marsad:start-import',
  importProgress: 'marsad:import-progress',
  cancelImport: 'marsad:cancel-import',
  importReport: 'marsad:import-report',
  undoImport: 'marsad:undo-import',
  importText: 'marsad:import-text',
  // Tagging and annotation (issue 6; types in tag-contract.ts).
  tagClips: 'marsad:tag-clips',
  setClipNote: 'marsad:set-clip-note',
  addHighlight: 'marsad:add-highlight',
  updateHighlight: 'marsad:update-highlight',
  removeHighlight: 'marsad:remove-highlight',
  listHighlights: 'marsad:list-highlights',
  listTags: 'marsad:list-tags',
  renameTag: 'marsad:rename-tag',
  mergeTags: 'marsad:merge-tags',
  deleteTag: 'marsad:delete-tag',
  setTagDef: 'marsad:set-tag-def',
  undo: 'marsad:undo',
  redo: 'marsad:redo',
  historyState: 'marsad:history-state',
  deleteClips: 'marsad:delete-clips',
  restoreClips: 'marsad:restore-clips',
  editClips: 'marsad:edit-clips',
  trashList: 'marsad:trash-list',
  emptyTrash: 'marsad:empty-trash',
  search: 'marsad:search',
  suggest: 'marsad:suggest',
  listSavedSearches: 'marsad:list-saved-searches',
  createSavedSearch: 'marsad:create-saved-search',
  updateSavedSearch: 'marsad:update-saved-search',
  deleteSavedSearch: 'marsad:delete-saved-search',
  openSavedSearch: 'marsad:open-saved-search',
  // Quotes and people (issue 5; types in quote-contract.ts).
  getQuotes: 'marsad:get-quotes',
  decideQuote: 'marsad:decide-quote',
  reattributeInClip: 'marsad:reattribute-in-clip',
  listPeople: 'marsad:list-people',
  personQuotes: 'marsad:person-quotes',
  mergePeople: 'marsad:merge-people',
  addAlias: 'marsad:add-alias',
  removeAlias: 'marsad:remove-alias',
  renamePerson: 'marsad:rename-person',
  markNotSpeaker: 'marsad:mark-not-speaker',
  undoSpeakerEdit: 'marsad:undo-speaker-edit',
  // Reports (issue 7; types in export-contract.ts).
  previewReport: 'marsad:preview-report',
  startExport: 'marsad:start-export',
  exportProgress: 'marsad:export-progress',
  cancelExport: 'marsad:cancel-export',
  chooseReportPath: 'marsad:choose-report-path',
  // The timeline chart (issue 14; types in timeline-contract.ts).
  timeline: 'marsad:timeline',
  // Library bundles (issue 15; types in bundle-contract.ts).
  exportBundle: 'marsad:export-bundle',
  inspectBundle: 'marsad:inspect-bundle',
  importBundle: 'marsad:import-bundle',
  // Sparklines and shares (issue 14; types in charts-contract.ts).
  sparklines: 'marsad:sparklines',
  viewShares: 'marsad:view-shares',
  resolveNoteConflict: 'marsad:resolve-note-conflict',
  openedBundles: 'marsad:opened-bundles',
} as const satisfies Record<CallName, `marsad:${string}`>;

export const CALL_NAMES = Object.keys(CHANNELS) as CallName[];

/**
 * Outside the contract: the preload tells the main process, synchronously, the path of a file
 * the user dropped or picked (webUtils), so the main process may grant it for one import.
 * The page never names this channel; only the preload sends on it.
 */
export const GRANT_FILE_CHANNEL = 'marsad:grant-file';
