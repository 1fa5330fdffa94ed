// Headline quotes: a title, subheading or "read also" line of the form "Speaker: statement"
// (لافروف: ملتزمون …, Сомов: добыча …, Council leader: 'We cannot …'). Topic headings
// (لقاء الشيباني وبوتين: …، العراق: …) are refused: the part before the colon must be a person the
// article knows, a title or anonymous source, or an institution in guillemets. Pure: no DOM, no Node.
import type { Lang } from '../domain.js';
import { foldKey } from '../text/normalize.js';
import { AR_HONORIFICS, AR_ORG_HEADS, AR_TITLE_HEADS } from './lexicon-ar.js';
import { EN_TITLES } from './lexicon-en.js';
import { RU_TITLES } from './lexicon-ru.js';
import type { SpeakerRef } from './speaker-ref.js';
import type { SpeakerResolver } from './speaker-resolver.js';

// A speaker label is short: a name, or a title of a few words ("المتحدث باسم الرئاسة").
const MAX_LABEL_WORDS = 5;
// The statement after the colon says something: at least two words.
const MIN_STATEMENT_WORDS = 2;

export type HeadlineHit = { start: number; end: number; ref: SpeakerRef };

// " لـ«الوسط»" / " ل"النهار"" / " لـ الشرق الأوسط" at the end of an Arabic headline label.
const OUTLET_SUFFIX = /\s+لـ?\s*(?:[«“"][^«»“”"]{1,40}[»”"]|\p{L}+(?:\s\p{L}+)?)\s*$/u;
const QUOTES = /^[\s“”«»"„‹›‘’']+|[\s“”«»"„‹›‘’':.]+$/gu;
const words = (s: string): string[] => foldKey(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The speaker label before the colon, if it is person-like for this article. */
function labelRef(label: string, lang: Lang, resolver: SpeakerResolver, knownSpeakers: Set<string>, interview = false): SpeakerRef | null {
  const raw = label.trim();
  const bare = raw.replace(QUOTES, '');
  const ws = words(bare);
  if (ws.length === 0 || ws.length > MAX_LABEL_WORDS) return null;
  const at = { from: 0, to: 0 };
  // An institution in guillemets («المالية»): a known organisation speaker of the article.
  if (/^[“”«»"„‹]/u.test(raw) && ws.length <= 3) {
    const org = resolver.people.find((p) => p.org && ws.every((w) => p.words.includes(w)));
    return org ? { kind: 'org', text: org.name, ...at } : null;
  }
  // A person the article names (لافروف، Сомов — Russian case endings tolerated by the resolver).
  // A single definite word (العراق:، الجزائر:) is a place or topic label unless the article gives it
  // as part of a longer name (الشيباني → أسعد الشيباني).
  const person = resolver.resolve({ kind: 'name', text: bare, title: null, ...at }, 0).person;
  const lone = ws.length === 1 && ws[0]!.startsWith('ال') && (person?.words.length ?? 0) < 2;
  if (person && !person.org && !lone && ws.length <= person.words.length) return { kind: 'name', text: bare, title: null, ...at };
  if (knownSpeakers.has(foldKey(bare)) && !lone) return { kind: 'title', text: bare, ...at };
  // A title, resolved to the person the article gives it (وزير الصحة → مصعب العلي), or an
  // anonymous source the body quotes (مسؤول يمني، مصادر وزارية).
  const first = ws[0]!;
  // An institution the article names through its head (سلطة المياه: → رئيس سلطة المياه مازن غنيم).
  if (lang === 'ar' && AR_ORG_HEADS.has(first) && resolver.byTitle(bare, 0)) return { kind: 'title', text: bare, ...at };
  const isTitle =
    (lang === 'ar' && (AR_TITLE_HEADS.has(first) || AR_HONORIFICS.has(first))) ||
    (lang === 'en' && ws.some((w) => EN_TITLES.has(w))) ||
    (lang === 'ru' && RU_TITLES.has(first));
  if (!isTitle) return null;
  if (resolver.byTitle(bare, 0)) return { kind: 'title', text: bare, ...at };
  const known = [...knownSpeakers].some((k) => k.startsWith(foldKey(bare)));
  // A title that talked to an outlet (… لـ«الوسط»:) is a speaker even when the body words it otherwise.
  return known || interview || lang === 'en' ? { kind: 'title', text: bare, ...at } : null;
}

/** A "Speaker: statement" line; offsets are into `text` (the title, or the body line). */
export function headlineIn(text: string, from: number, to: number, lang: Lang, resolver: SpeakerResolver, known: Set<string>): HeadlineHit | null {
  const line = text.slice(from, to);
  const colon = line.search(/[:：](?=\s)/u);
  if (colon <= 0) return null;
  // "رئيس مؤسسة النفط لـ«الوسط»: …", "وزير الطاقة لـ"النهار": …": the interview headline names the
  // outlet the speaker talked to; the speaker is the label before it.
  const label = line.slice(0, colon);
  const outlet = lang === 'ar' ? OUTLET_SUFFIX.exec(label) : null;
  const ref = labelRef(outlet ? label.slice(0, outlet.index) : label, lang, resolver, known, !!outlet);
  if (!ref) return null;
  let s = from + colon + 1;
  let e = to;
  while (s < e && /[\s“”«»"„‹‘']/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s“”«»"„›’':]/u.test(text[e - 1] ?? '')) e--;
  if (words(text.slice(s, e)).length < MIN_STATEMENT_WORDS) return null;
  return { start: s, end: e, ref };
}
