// The one text normaliser for matching (search, tagging, duplicates, quote cues): folds Arabic,
// Russian and English spelling variants to one key and keeps an offset map back to the raw text,
// so a match found in folded text is highlighted in the raw text. Pure: no DOM, no Node.
// Never store or display folded text; stored article text is never altered.

export type FoldOptions = {
  /** ى → ي and ة → ه (the "strong" folds; on by default, switchable in settings). */
  strong?: boolean;
  /** ؤ → و and ئ → ي (hamza seats; on by default). */
  hamzaSeats?: boolean;
  /** ة → ه alone (default: follows `strong`); keyword matchers whose keys keep ة switch it off. */
  tehMarbuta?: boolean;
};

/** Folded text plus `map`: map[i] is the raw offset of folded unit i; map[text.length] = raw.length. */
export type Folded = { text: string; map: Uint32Array };

const DELETE = -1;
const KEEP = -2;

// Deleted: Arabic marks (harakat, tanween, shadda, sukun, madda/hamza above and below, dagger
// alef, Quranic marks), tatweel, Latin combining accents, zero-width and bidi controls, soft
// hyphen and BOM. Copy-paste from news sites scatters the last group inside words.
const DELETED: [number, number][] = [
  [0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06dc], [0x06df, 0x06e8], [0x06ea, 0x06ed],
  [0x0640, 0x0640], [0x0300, 0x036f], [0x00ad, 0x00ad], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2069],
  [0xfeff, 0xfeff], [0x061c, 0x061c],
];

// One-for-one letter folds (length-preserving).
const ALWAYS: Record<string, string> = {
  'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  // Persian keyboard letters that appear in Arabic copy: Farsi yeh, keheh.
  'ی': 'ي', 'ک': 'ك',
  // Letters for foreign sounds in transliterated names (لافروڤ, پوتين, چيكوف): native equivalents.
  'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج',
  'ё': 'е', 'Ё': 'е',
  // Latin letters that do not decompose (as fuse.js 7.3 folds them).
  'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ħ': 'h', 'ı': 'i', 'ß': 'ss',
  '٫': '.', '٬': ',', '،': ',',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ',
};
const STRONG_YEH: Record<string, string> = { 'ى': 'ي' };
const STRONG_TEH: Record<string, string> = { 'ة': 'ه' };
const SEATS: Record<string, string> = { 'ؤ': 'و', 'ئ': 'ي' };

type Table = { codes: Int32Array; expand: Map<number, string> };
const tables = new Map<string, Table>();

function buildTable(strong: boolean, teh: boolean, seats: boolean): Table {
  const codes = new Int32Array(0x10000).fill(KEEP);
  const expand = new Map<number, string>();
  for (const [a, b] of DELETED) for (let c = a; c <= b; c++) codes[c] = DELETE;
  const single = (c: number, s: string) => {
    if (s.length === 1) codes[c] = s.charCodeAt(0);
    else if (s.length === 0) codes[c] = DELETE;
    else expand.set(c, s);
  };
  // Lower case and strip accents from precomposed Latin/Cyrillic/Greek letters (é → e, Ä → a).
  for (let c = 0x41; c < 0x0530; c++) {
    const ch = String.fromCharCode(c);
    if (codes[c] !== KEEP) continue;
    let out = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (c === 0x0419 || c === 0x0439) out = 'й'; // й is its own Russian letter, not и + breve
    if (out !== ch) single(c, out.length === 0 ? ch : out);
  }
  // Arabic and Cyrillic digits: Arabic-Indic and Persian forms fold to ASCII.
  for (let d = 0; d < 10; d++) {
    codes[0x0660 + d] = 0x30 + d;
    codes[0x06f0 + d] = 0x30 + d;
  }
  const maps = [ALWAYS, strong ? STRONG_YEH : {}, teh ? STRONG_TEH : {}, seats ? SEATS : {}];
  for (const m of maps) for (const [k, v] of Object.entries(m)) single(k.charCodeAt(0), v);
  // Arabic presentation forms (incl. lam-alef ligatures) and full-width Latin: compatibility
  // decomposition, then folded again by the table itself.
  const compat = (a: number, b: number) => {
    for (let c = a; c <= b; c++) {
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n !== String.fromCharCode(c)) expand.set(c, n);
    }
  };
  compat(0xfb50, 0xfdff);
  compat(0xfe70, 0xfefe);
  compat(0xff01, 0xff5e);
  return { codes, expand };
}

function tableFor(opts: FoldOptions): Table {
  const strong = opts.strong !== false;
  const teh = strong && opts.tehMarbuta !== false;
  const seats = opts.hamzaSeats !== false;
  const key = `${+strong}${+teh}${+seats}`;
  let t = tables.get(key);
  if (!t) tables.set(key, (t = buildTable(strong, teh, seats)));
  return t;
}

/** Appends the fold of one (possibly expanded) character. */
function emit(t: Table, c: number, out: number[]): void {
  const code = t.codes[c]!;
  if (code === DELETE) return;
  if (code === KEEP) {
    out.push(c);
    return;
  }
  if (code >= 0) {
    out.push(code);
    return;
  }
}

/** Folds `raw` and maps every folded unit back to its raw offset. */
export function fold(raw: string, opts: FoldOptions = {}): Folded {
  const t = tableFor(opts);
  // Expansions (ligatures, ß) at most triple a unit; typed arrays keep this linear and tight.
  const units = new Uint16Array(raw.length * 3 + 1);
  const map = new Uint32Array(raw.length * 3 + 1);
  const tmp: number[] = [];
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const code = t.codes[c]!;
    if (code === DELETE) continue;
    if (code === KEEP || code >= 0) {
      const ex = code === KEEP ? t.expand.get(c) : undefined;
      if (ex === undefined) {
        units[n] = code === KEEP ? c : code;
        map[n++] = i;
        continue;
      }
    }
    tmp.length = 0;
    const ex = t.expand.get(c)!;
    for (let k = 0; k < ex.length; k++) emit(t, ex.charCodeAt(k), tmp);
    for (const u of tmp) {
      units[n] = u;
      map[n++] = i;
    }
  }
  map[n] = raw.length;
  let text = '';
  // Chunked: one call per 8k units stays clear of argument-count limits on long articles.
  for (let i = 0; i < n; i += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return { text, map: map.slice(0, n + 1) };
}

/** The folded text alone: the fast path for index keys and query terms. */
export function foldKey(raw: string, opts: FoldOptions = {}): string {
  const t = tableFor(opts);
  let out = '';
  let runStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const ex = t.expand.get(c);
    const code = ex === undefined ? t.codes[c]! : 0;
    if (ex === undefined && code === KEEP) continue;
    out += raw.slice(runStart, i);
    runStart = i + 1;
    if (ex !== undefined) {
      const tmp: number[] = [];
      for (let k = 0; k < ex.length; k++) emit(t, ex.charCodeAt(k), tmp);
      out += String.fromCharCode(...tmp);
    } else if (code !== DELETE) out += String.fromCharCode(code);
  }
  return out + raw.slice(runStart);
}

/**
 * Raw span [start, end) of the folded span [fStart, fEnd). Everything folded away right after
 * the last matched unit (harakat and shadda on the final letter, tatweel) joins the span, so a
 * highlight never cuts a letter from its marks.
 */
export function toRawSpan(f: Folded, fStart: number, fEnd: number): { start: number; end: number } {
  const start = f.map[fStart]!;
  if (fEnd <= fStart) return { start, end: start };
  return { start, end: Math.max(f.map[fEnd - 1]! + 1, f.map[fEnd]!) };
}
