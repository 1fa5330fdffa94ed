// The article's people: every name seen with its titles, so a later "الشيباني" or "Lavrov" becomes
// the fullest form the article gives and a title alone ("وزير الخارجية السوري", "the minister")
// becomes the person the article names with that title. Pure: no DOM, no Node.
import type { Lang } from '../domain.js';
import { foldKey } from '../text/normalize.js';
import type { Gender } from './gender.js';
import type { SpeakerRef } from './speaker-ref.js';

export type Person = {
  name: string;
  words: string[];
  aliases: Set<string>;
  titles: string[];
  /** Folded title words without ال, and the nationality words among them (kept for byTitle). */
  titleWords: string[];
  nationalities: string[];
  pos: number[];
  org: boolean;
  gender?: Gender;
  /** Folded Arabic honorifics written before the name (معالي، سمو). */
  honorifics?: string[];
};

const words = (s: string): string[] => (foldKey(s).match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((w) => EXPAND[w] ?? [w]);
const bare = (w: string): string => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w.length > 3 && w.startsWith('لل') ? w.slice(2) : w);
// Russian and English words inflect or pluralise: two words match when they share all but the
// last two letters (Лавров/Лаврова, Уралтранс/Уралтранса), with at least four letters in common.
const same = (a: string, b: string, lang: Lang): boolean => {
  if (a === b) return true;
  if (lang !== 'ru') return false;
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  return p >= 4 && p >= Math.max(a.length, b.length) - 2;
};
/** Every word of `needle`, in order, among `hay` (سهيل المطروشي ⊂ سهيل بن حمد المطروشي). */
const contains = (hay: string[], needle: string[], lang: Lang): boolean => {
  if (needle.length === 0) return false;
  let i = 0;
  for (const w of needle) {
    while (i < hay.length && !same(hay[i]!, w, lang)) i++;
    if (i++ >= hay.length) return false;
  }
  return true;
};
const NATIONALITY = /^(?:ال\p{L}+ي|\p{L}+(?:ian|ese|ish)|\p{L}+(?:ский|ская|ского|ской))$/u;
const isNationality = (w: string): boolean => NATIONALITY.test(w) || NATIONALITY.test(`ال${w}`);
const GENERIC = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'في', 'باسم', 'عام']);
// Titles that name no particular office: they point back to whoever was last described by a title.
// Anonymous heads match only a person described the same way (a source is never a named minister).
const ANON_HEADS = new Set(['مصدر', 'مصادر', 'source', 'sources', 'источник', 'источники', 'собеседник']);
// English title words after which the rest is a place or an employer ("diplomat in Washington").
const EN_PREPS = new Set(['of', 'for', 'at', 'in', 'from', 'with']);
// Short forms that stand for two title words (замминистра = заместитель министра).
const EXPAND: Record<string, string[]> = {
  замминистра: ['заместитель', 'министра'], замглавы: ['заместитель', 'главы'], замгендиректора: ['заместитель', 'генеральный', 'директор'],
  гендиректор: ['генеральный', 'директор'], гендиректора: ['генеральный', 'директор'], финдиректор: ['финансовый', 'директор'],
  финдиректора: ['финансовый', 'директор'], замдиректора: ['заместитель', 'директора'], зампред: ['заместитель', 'председателя'],
};
const GENERIC_HEADS = new Set(['مسوول', 'وزير', 'متحدث', 'ناطق', 'دبلوماسي', 'مصدر', 'official', 'minister', 'spokesman', 'spokeswoman', 'diplomat', 'дипломат', 'министр', 'чиновник', 'источник', 'собеседник']);

export class SpeakerResolver {
  readonly people: Person[] = [];
  constructor(private readonly lang: Lang) {}

  /** Records a named mention (with its title, if written beside it) at body offset `pos`. */
  addName(name: string, title: string | null, pos: number, org = false): Person {
    const w = words(name);
    let p = this.people.find((x) => contains(x.words, w, this.lang) || contains(w, x.words, this.lang));
    if (!p) {
      p = { name, words: w, aliases: new Set(), titles: [], titleWords: [], nationalities: [], pos: [], org };
      this.people.push(p);
    } else if (w.length > p.words.length) {
      p.name = name;
      p.words = w;
    }
    p.aliases.add(name);
    if (title && !p.titles.includes(title)) {
      p.titles.push(title);
      p.titleWords = p.titles.flatMap(words).map(bare);
      p.nationalities = p.titleWords.filter(isNationality);
    }
    p.pos.push(pos);
    return p;
  }

  /** A title-only speaker turns out to be `person` (a lede's "The leader of X" named next): one person. */
  absorbTitle(title: string, person: Person): void {
    const i = this.people.findIndex((p) => p !== person && p.name === title && p.titles.length === 1 && p.titles[0] === title);
    if (i >= 0) {
      person.pos.push(...this.people[i]!.pos);
      this.people.splice(i, 1);
    }
    person.aliases.add(title);
    person.titles.push(title);
    person.titleWords = person.titles.flatMap(words).map(bare);
    person.nationalities = person.titleWords.filter(isNationality);
  }

  /** The person mentioned last at or before `pos` (for "he said" with no speaker yet). */
  latestBefore(pos: number): Person | null {
    let best: Person | null = null;
    let at = -1;
    for (const p of this.people) for (const x of p.pos) if (!p.org && x <= pos && x > at) [best, at] = [p, x];
    return best;
  }

  /** Is this folded single word part of a known name? (Helps end an Arabic name: الشيباني.) */
  knows = (f: string): boolean => this.people.some((p) => !p.org && p.words.includes(f));

  /** The display speaker for a reference seen at `pos`, plus the mention as written. */
  resolve(ref: SpeakerRef, pos: number): { speaker: string; mention: string; person: Person | null } {
    if (ref.kind === 'name') {
      const w = words(ref.text);
      const p = this.people.find((x) => contains(x.words, w, this.lang));
      return { speaker: p?.name ?? ref.text, mention: ref.text, person: p ?? null };
    }
    if (ref.kind === 'title') {
      const p = this.byTitle(ref.text, pos);
      return { speaker: p?.name ?? ref.text, mention: ref.text, person: p };
    }
    if (ref.kind === 'org') {
      const w = words(ref.text);
      const p = this.people.find((x) => x.org && (contains(x.words, w, this.lang) || contains(w, x.words, this.lang)));
      return { speaker: p?.name ?? ref.text, mention: ref.text, person: p ?? null };
    }
    return { speaker: ref.text, mention: ref.text, person: null };
  }

  /** The person whose titles share most words with `title`; ties go to the nearest mention. */
  byTitle(title: string, pos: number): Person | null {
    const all = words(title);
    // English: the head is the last word before a preposition ("diplomat in Washington").
    const cut = this.lang === 'en' ? all.findIndex((w) => EN_PREPS.has(w)) : -1;
    const q = (cut > 0 ? all.slice(0, cut) : all).filter((w) => !GENERIC.has(w)).map(bare);
    if (q.length === 0) return null;
    const qNat = q.filter(isNationality);
    let best: Person | null = null;
    let bestScore = 0;
    let bestDist = Infinity;
    for (const p of this.people) {
      if (p.org || p.titles.length === 0) continue;
      const tw = p.titleWords;
      const matched = q.filter((w) => tw.some((t) => same(t, w, this.lang)));
      let score = matched.length;
      // The head noun (first word in Arabic and Russian, last in English) must agree, or the
      // title is generic (الوزير، the minister) and any overlap will do.
      const head = this.lang === 'en' ? q[q.length - 1]! : q[0]!;
      if (ANON_HEADS.has(head) && !tw.some((t) => same(t, head, this.lang))) continue;
      if (GENERIC_HEADS.has(head)) score += 0.5;
      else if (!tw.some((t) => same(t, head, this.lang))) score -= 0.5;
      // A specific office must agree beyond its head: رئيس مجلس الوزراء is not رئيس غرفة الصناعة.
      else if (q.length > 1 && matched.every((w) => w === head || isNationality(w))) continue;
      // A different nationality rules a person out (the Syrian minister is not the Jordanian one).
      const pNat = p.nationalities;
      if (qNat.length > 0 && pNat.length > 0 && !qNat.some((n) => pNat.includes(n))) score -= 2;
      const dist = Math.min(...p.pos.map((x) => (x <= pos ? pos - x : (x - pos) * 2)));
      if (score > bestScore || (score === bestScore && score > 0 && dist < bestDist)) {
        best = p;
        bestScore = score;
        bestDist = dist;
      }
    }
    return bestScore >= 0.5 ? best : null;
  }
}
