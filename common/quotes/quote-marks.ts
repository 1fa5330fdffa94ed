// Finds quoted spans in one article body: pairs “…”, ”…“ (Arabic order), «…», »…«, "…", „…“, ‹…›
// and ‘…’ by the characters around each mark, nests inner quotes inside outer ones, follows a quote
// across paragraphs and keeps unbalanced openings and stray closings for the attributor to judge.
// Pure: no DOM, no Node. Offsets are UTF-16 units into the raw body.

/** A token that is one double quote mark of any kind (“ ” « » " „ ‹ ›). */
export const QUOTE_MARK = /^[“”«»"„‹›]$/u;

export type MarkSpan = {
  /** Offset of the opening mark (for a span rebuilt from a stray closing mark: of the colon). */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ended first. */
  close: number | null;
  /** Content, quote marks and edge spaces excluded. */
  start: number;
  end: number;
  /** Index of the block (paragraph) the span sits in. */
  block: number;
  /** The paragraph ended inside the quote and the next paragraph opens with a quote mark. */
  continued: boolean;
  /** This span carries on a quote from the previous paragraph. */
  continuation: boolean;
  /** Rebuilt from a closing mark with no opening one (content starts after a colon). */
  orphan: boolean;
};

type Family = 'curly' | 'straight' | 'guillemet' | 'rguillemet' | 'angle' | 'low' | 'single';
type Open = { family: Family; at: number };

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
// Characters after which a mark opens a quote: spaces, brackets, other marks, colon, dashes, and the
// tatweel of a glued preposition (بـ“…”, لـ"…").
const OPEN_BEFORE = /[\s([«»"“”„‹:—–\-/\u0640]/u;
// A paragraph that opens with one of these carries on an unclosed quote (single marks too: BBC style).
const OPENERS = /^[“”«»"„‹‘']/u;
const MARKS = new Set([...'“”«»"„‹›‘’\'']);

const openerCtx = (t: string, i: number): boolean => {
  // A conjunction و written alone and glued to a straight or curly mark (؛ و"هي قضية …") opens like
  // a space (not a guillemet: و»إعلاميون» is a name in reversed marks).
  const prev = t[i - 1] === 'و' && /["“”]/u.test(t[i]!) && (i < 2 || /[\s،,؛;:]/u.test(t[i - 2]!)) ? ' ' : t[i - 1];
  const next = t[i + 1];
  // A quote never starts with a comma or a full stop (شعبها "، مطالباً: that mark closes).
  return (prev === undefined || OPEN_BEFORE.test(prev)) && next !== undefined && !SPACE.test(next) && !NO_START.test(next);
};
const NO_START = /[،,.;؛!?)\]]/u;
const closerCtx = (t: string, i: number): boolean => {
  const prev = t[i - 1];
  const next = t[i + 1];
  return prev !== undefined && !SPACE.test(prev) && (next === undefined || !WORD.test(next));
};

/** What a closing character may close. */
const closes = (ch: string, f: Family): boolean =>
  (f === 'curly' && (ch === '“' || ch === '”')) ||
  (f === 'straight' && ch === '"') ||
  (f === 'guillemet' && ch === '»') ||
  (f === 'rguillemet' && ch === '«') ||
  (f === 'angle' && ch === '›') ||
  (f === 'low' && (ch === '“' || ch === '”')) ||
  (f === 'single' && (ch === '’' || ch === "'"));

/** Depth of the innermost open quote `ch` closes (or, with `reversed`, a »…« opened by »), or -1. */
function depthOf(stack: Open[], ch: string, reversed: boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const f = stack[k]!.family;
    if (reversed ? f === 'rguillemet' : closes(ch, f)) return k;
  }
  return -1;
}

export function scanQuoteMarks(body: string, blocks: { start: number; end: number }[]): MarkSpan[] {
  const spans: MarkSpan[] = [];
  let carry = false;
  // An outer quote the previous paragraph left open, when this paragraph does not open with a mark:
  // the first mark here may close it («…к лету.¶Работы начнутся в мае», — сказал он). The span then
  // runs over both paragraphs and belongs to the one that closes it.
  let pending: Open | null = null;
  blocks.forEach((b, bi) => {
    const stack: Open[] = [];
    let lastEnd = b.start;
    // The span being emitted carries on a flattened paragraph of the quote before it (BBC style).
    let segment = false;
    const emit = (open: number, close: number | null, cStart: number, cEnd: number, orphan = false) => {
      let s = cStart;
      let e = cEnd;
      while (s < e && SPACE.test(body[s] ?? '')) s++;
      while (e > s && SPACE.test(body[e - 1] ?? '')) e--;
      if (e > s) spans.push({ open, close, start: s, end: e, block: bi, continued: false, continuation: (carry && open === b.start) || segment, orphan });
      lastEnd = (close ?? cEnd) + 1;
    };
    const closeAt = (k: number, at: number) => {
      const o = stack[k]!;
      stack.length = k;
      if (k === 0) emit(o.at, at, o.at + 1, at);
    };
    const orphan = (at: number) => {
      const s = orphanStart(body, lastEnd, at);
      if (s >= 0) emit(s, at, s + 1, at, true);
    };
    for (let i = b.start; i < b.end; i++) {
      const code = body.charCodeAt(i);
      // Fast skip: every mark is ' " « » or in U+2018–U+203A.
      if (code !== 0x22 && code !== 0x27 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x203a)) continue;
      const ch = body[i]!;
      if (!MARKS.has(ch)) continue;
      if (pending) {
        const held = pending;
        pending = null;
        const last = spans[spans.length - 1];
        if (stack.length === 0 && last?.open === held.at && closes(ch, held.family) && closerCtx(body, i) && !openerCtx(body, i)) {
          // One quote over both paragraphs: it closes here, in this block, whose cue follows it.
          let e = i;
          while (e > last.start && SPACE.test(body[e - 1] ?? '')) e--;
          Object.assign(last, { close: i, end: e, block: bi });
          lastEnd = i + 1;
          continue;
        }
      }
      const top = stack[stack.length - 1];
      if (ch === '«' || ch === '‹' || ch === '„') {
        const k = ch === '«' ? depthOf(stack, '«', true) : -1;
        if (k >= 0 && closerCtx(body, i)) closeAt(k, i);
        else stack.push({ family: ch === '«' ? 'guillemet' : ch === '‹' ? 'angle' : 'low', at: i });
        continue;
      }
      if (ch === '»' || ch === '›') {
        const k = depthOf(stack, ch, false);
        if (k >= 0) closeAt(k, i);
        else if (ch === '»' && openerCtx(body, i) && !closerCtx(body, i)) stack.push({ family: 'rguillemet', at: i });
        else if (stack.length === 0 && ch === '»') orphan(i);
        continue;
      }
      if (ch === '‘' || ch === '’' || ch === "'") {
        const prevWord = WORD.test(body[i - 1] ?? '');
        const nextWord = WORD.test(body[i + 1] ?? '');
        if (prevWord && nextWord) continue; // an apostrophe (it’s, city's)
        if (top?.family === 'single' && closerCtx(body, i)) closeAt(stack.length - 1, i);
        else if (ch !== '’' && openerCtx(body, i) && nextWord) stack.push({ family: 'single', at: i });
        continue;
      }
      // “ ” and ": direction comes from context, since Arabic copy uses both orders.
      const family: Family = ch === '"' ? 'straight' : 'curly';
      const k = depthOf(stack, ch, false);
      const canOpen = openerCtx(body, i) || (stack.length === 0 && (looseOpener(body, i) || spacedStraight(body, i, b.end)));
      const canClose = closerCtx(body, i);
      // A straight quote cannot nest in a straight quote: an opening mark after a finished sentence
      // while one is open is a flattened paragraph (BBC copy joins "…grasp. "Yet …" on one line).
      // The open quote ends before it, unclosed, and the new one carries on with the same speaker.
      if (family === 'straight' && k === 0 && stack.length === 1 && canOpen && !canClose && sentenceBefore(body, i)) {
        const o = stack.pop()!;
        emit(o.at, null, o.at + 1, i);
        const last = spans[spans.length - 1];
        if (last && last.open === o.at) last.continued = true;
        segment = !!last && last.open === o.at;
        stack.push({ family, at: i });
        continue;
      }
      if (k >= 0 && (canClose || !canOpen)) closeAt(k, i);
      else if (canOpen) stack.push({ family, at: i });
      else if (stack.length === 0 && canClose) orphan(i);
    }
    segment = false;
    const outer = stack[0];
    const next = blocks[bi + 1];
    const nextOpens = next !== undefined && OPENERS.test(body.slice(next.start, next.start + 1));
    pending = null;
    if (outer) {
      emit(outer.at, null, outer.at + 1, b.end);
      const last = spans[spans.length - 1];
      if (last && last.block === bi && nextOpens) last.continued = true;
      carry = !!last && last.continued;
      if (!nextOpens && stack.length === 1 && outer.family !== 'single') pending = outer;
    } else carry = false;
  });
  return spans;
}

// Words after which a mark opens a quote even when it is glued to them or followed by a space
// (قوله إن" الوقت…"، مبينة ان”تكرار…”): Arabic web copy often misplaces the space.
const LEAD_INS = /(?:^|[\s\u0640])(?:[وف]?[إأا]ن|قوله|قولها|قائلا|قائلة|قائلاً|قائلةً|معقبا|معقباً|مضيفا|مضيفاً|مؤكدا|مؤكداً)\s?$/u;

/** An opening mark the spacing rules miss: after a colon or an Arabic lead-in word, glued to it or
 * followed by a space, with a letter soon after (معقبا:" تصريحات …"، قوله إن" الوقت …"). */
function looseOpener(body: string, at: number): boolean {
  const next = body[at + 1] ?? '';
  const after = SPACE.test(next) ? body[at + 2] ?? '' : next;
  if (!WORD.test(after) || (SPACE.test(next) && SPACE.test(body[at + 2] ?? ''))) return false;
  const before = body.slice(Math.max(0, at - 12), at);
  return /:\s?$/u.test(before) || LEAD_INS.test(before);
}

/** A straight quote with a space on each side and a letter after (الإعلام " لا يوجد …"، وأضاف
 * " إيران …"), when another straight quote follows in the paragraph: Arabic web copy pads both
 * marks with spaces, so only the order can tell the opening one. */
function spacedStraight(body: string, at: number, end: number): boolean {
  if (!SPACE.test(body[at - 1] ?? '') || !SPACE.test(body[at + 1] ?? '') || !WORD.test(body[at + 2] ?? '')) return false;
  // The same for a curly mark written the wrong way round (عن أسفه ” التطورات …”).
  const next = body[at] === '"' ? body.indexOf('"', at + 1) : body.slice(at + 1, end).search(/[“”]/u) + at + 1;
  return next > at && next < end;
}

/** A sentence ends right before the space(s) ahead of `at` (". "Yet …", "? "Who …"). */
function sentenceBefore(body: string, at: number): boolean {
  let i = at - 1;
  if (!SPACE.test(body[i] ?? '')) return false;
  while (i > 0 && SPACE.test(body[i] ?? '')) i--;
  return /[.?!…]/u.test(body[i] ?? '');
}

/** A stray closing mark: the quote is taken to start after the last colon before it, if any. */
function orphanStart(body: string, from: number, at: number): number {
  // Scanned back only to `from`: lastIndexOf would walk the whole article for every stray mark.
  for (let i = at - 1; i >= from; i--) if (body.charCodeAt(i) === 0x3a) return i;
  return -1;
}
