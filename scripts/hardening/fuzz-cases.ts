// The bridge-fuzz cases: one valid payload per contract call, then that payload with each field
// (and the whole payload) replaced by wrong types, huge strings, deep objects, prototype keys and
// traversal strings. Every path-like string names the sentinel tree, /tmp or the repo, never a
// real user file. Pure data: nothing here sends anything.
import { CALL_NAMES, type CallName } from '../../common/ipc/contract.js';

export type Places = { lib: string; sentinel: string; chosen: string; tmpVictim: string; marker: string; clipId: string };

const include = { cover: true, toc: true, metadata: true, text: 'full', quotes: true, notes: true, speakers: true, manifest: true };
const report = { selection: {}, options: { lang: 'en', order: 'date', include } };

/** A payload each call accepts (the fuzz varies it one field at a time). */
export function validPayloads(p: Places): Record<CallName, unknown> {
  const id = p.clipId;
  return {
    appInfo: undefined,
    libraryState: undefined,
    restoreBackup: { name: 'auto-0' },
    listClips: { offset: 0, limit: 10, tag: 'x', source: 'y', snippets: true, collapseGroups: false, groupId: id },
    getClip: { id },
    updateClip: { id, patch: { title: 'Fuzzed title', source: 's', url: 'https://example.invalid/a', author: 'a', publishedAt: '2026-01-01', lang: 'en' } },
    setClipTags: { id, tags: ['fuzz'] },
    timeline: { query: 'fuzz' },
    sparklines: undefined,
    viewShares: { query: 'fuzz', filters: { tag: 'x' } },
    renamePerson: { id: 'person-1', name: 'Fuzzed Name' },
    markNotSpeaker: { id: 'person-1' },
    reattributeInClip: { clipId: id, personId: 'person-1', speaker: 'Fuzzed Speaker' },
    undoSpeakerEdit: undefined,
    editClips: { ids: [id], patch: { source: 'Fuzzed source' } },
    getDiagnostics: undefined,
    facets: undefined,
    getSettings: undefined,
    setSettings: { locale: 'en', searchStrongFolds: true },
    startImport: { paths: [`${p.sentinel}/secret.txt`], tags: ['fuzz'] },
    importProgress: { jobId: 'job-1' },
    cancelImport: { jobId: 'job-1' },
    importReport: { jobId: 'job-1' },
    undoImport: { batchId: 'batch-1' },
    importText: { text: 'Fuzz article\n\nA short paragraph written for the bridge fuzz.', tags: ['fuzz'] },
    tagClips: { ids: [id], add: ['fuzz2'], remove: ['fuzz'] },
    setClipNote: { id, note: 'a note' },
    addHighlight: { clipId: id, start: 0, end: 5, tags: ['h'], colour: '#aabbcc', note: 'n' },
    updateHighlight: { clipId: id, id: 'h-1', patch: { tags: ['h'], colour: null, note: 'n' } },
    removeHighlight: { clipId: id, id: 'h-1' },
    listHighlights: { tag: 'h', clipId: id, offset: 0, limit: 10 },
    listTags: undefined,
    renameTag: { from: 'fuzz2', to: 'fuzz3' },
    mergeTags: { from: ['fuzz3'], into: 'fuzz4' },
    deleteTag: { name: 'fuzz4', dryRun: true },
    setTagDef: { name: 'fuzz5', colour: '#112233', description: 'd' },
    undo: undefined,
    redo: undefined,
    historyState: undefined,
    deleteClips: { ids: ['no-such-clip'] },
    restoreClips: { ids: ['no-such-clip'] },
    trashList: { offset: 0, limit: 10 },
    emptyTrash: { ids: ['no-such-clip'] },
    search: { query: 'سوريا', mode: 'fuzzy', limit: 10, offset: 0 },
    suggest: { prefix: 'سو', limit: 5 },
    listSavedSearches: undefined,
    createSavedSearch: { name: 'fuzz search', query: 'x', filters: {}, autoTag: null },
    updateSavedSearch: { id: 'ss-1', patch: { name: 'y' } },
    deleteSavedSearch: { id: 'ss-1' },
    openSavedSearch: { id: 'ss-1', limit: 5, offset: 0 },
    getQuotes: { id },
    decideQuote: { clipId: id, field: 'body', start: 0, end: 4, text: 'abcd', decision: 'confirm' },
    listPeople: undefined,
    personQuotes: { id: 'p-1', offset: 0, limit: 5 },
    mergePeople: { from: 'p-1', into: 'p-2' },
    addAlias: { id: 'p-1', alias: 'x' },
    removeAlias: { id: 'p-1', alias: 'x' },
    previewReport: report,
    startExport: { ...report, format: 'html', path: `${p.chosen}/report.html`, overwrite: true },
    exportProgress: { jobId: 'job-1' },
    cancelExport: { jobId: 'job-1' },
    chooseReportPath: { defaultName: 'report.html', format: 'html' },
    exportBundle: { path: `${p.chosen}/team.marsad`, selection: {} },
    inspectBundle: { source: { path: `${p.chosen}/team.marsad` } },
    importBundle: { source: { path: `${p.chosen}/team.marsad` }, choice: {} },
    resolveNoteConflict: { clipId: id, value: 'x', take: false },
    openedBundles: undefined,
  };
}

/** Nested `depth` levels deep, as JSON text (built as text: JSON.stringify would recurse). */
export const deepJson = (depth: number, open: string, close: string, leaf = '1') => open.repeat(depth) + leaf + close.repeat(depth);

export function hostileStrings(p: Places, full: boolean): { traversal: string[]; odd: string[]; huge: string[] } {
  const m = p.marker;
  const traversal = [
    '../../../../../../etc/passwd',
    '..\\..\\..\\..\\windows\\win.ini',
    '/etc/shadow',
    `${p.sentinel}/secret.txt`,
    `${p.sentinel}/victim.rc`,
    `${p.chosen}/../sentinel/${m}-escape.html`,
    `${p.lib}/../sentinel/${m}-lib-escape.html`,
    `${p.lib}/library.json`,
    p.tmpVictim,
    `/tmp/${m}-new.html`,
    `${m}-relative.html`,
    `../${m}-parent.html`,
    '\u0000/etc/passwd',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'file:///etc/passwd',
    '~/.bashrc',
    '\\\\?\\C:\\Windows\\system.ini',
    '.',
    '..',
  ];
  const odd = ['', ' ', '__proto__', 'constructor', 'toString', '\u202e\u0000\uffff', '💥'.repeat(300), '<img src=x onerror=alert(1)>'];
  const huge = full ? ['x'.repeat(1 << 20), 'ب'.repeat(3 << 20)] : ['x'.repeat(300_000)];
  return { traversal, odd, huge };
}

// Values of the wrong type for any field.
export const WRONG_TYPES: unknown[] = [null, 0, -1, 1e308, true, [], {}, [[[]]], { __proto__: { polluted: 1 } }, { constructor: { prototype: { polluted: 1 } } }, 'x'];

type Leaf = { path: (string | number)[]; value: unknown };

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (value === null || typeof value !== 'object') return [{ path, value }];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [{ path, value }, ...entries.flatMap(([k, v]) => leaves(v, [...path, k]))];
}

const replaced = (base: unknown, path: (string | number)[], value: unknown): unknown => {
  if (path.length === 0) return value;
  const copy = (Array.isArray(base) ? [...(base as unknown[])] : { ...(base as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced((base as Record<string | number, unknown>)[path[0]!], path.slice(1), value);
  return copy;
};

export type FuzzCase = { call: string; label: string; body: string };

const json = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** Every case for one call: whole-payload swaps, then each field swapped for each hostile value. */
export function casesFor(call: CallName, base: unknown, p: Places, full: boolean): FuzzCase[] {
  const out: FuzzCase[] = [];
  const { traversal, odd, huge } = hostileStrings(p, full);
  const depth = full ? 100_000 : 20_000;
  for (const v of WRONG_TYPES) out.push({ call, label: `payload=${json(v).slice(0, 30)}`, body: json(v) });
  out.push({ call, label: 'payload=deep array', body: deepJson(depth, '[', ']') });
  out.push({ call, label: 'payload=deep object', body: deepJson(depth, '{"a":', '}') });
  out.push({ call, label: 'payload=not JSON', body: '{"a":' });
  for (const leaf of leaves(base)) {
    if (leaf.path.length === 0) continue;
    const where = leaf.path.join('.');
    // CI: every traversal string where a string goes, a few wrong types everywhere; full: all of them everywhere.
    const stringy = typeof leaf.value === 'string';
    const values = full
      ? [...WRONG_TYPES, ...traversal, ...odd, ...huge]
      : [...WRONG_TYPES.slice(0, 4), ...(stringy ? [...traversal, ...odd.slice(0, 4), ...huge] : ['x'])];
    for (const v of values) out.push({ call, label: `${where}=${json(v).slice(0, 30)}`, body: json(replaced(base, leaf.path, v)) });
    const deep = json(replaced(base, leaf.path, '__DEEP__')).replace('"__DEEP__"', deepJson(depth / 10, '{"a":', '}'));
    out.push({ call, label: `${where}=deep object`, body: deep });
    if (typeof leaf.value === 'string' || Array.isArray(leaf.value)) {
      out.push({ call, label: `${where}=[traversal…]`, body: json(replaced(base, leaf.path, traversal.slice(0, 12))) });
    }
  }
  // An unknown extra key and an unknown call name, once each.
  if (base && typeof base === 'object') out.push({ call, label: 'extra key', body: json({ ...(base as object), __proto__x: 1, extra: 'x' }) });
  return out;
}

export const UNKNOWN_CALLS = ['__proto__', 'constructor', '../rpc/appInfo', 'appInfo/../../etc/passwd', 'hasOwnProperty', 'x'.repeat(5000)];
export { CALL_NAMES };
