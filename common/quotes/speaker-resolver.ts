// The article's people: every name seen with its titles, so a later "الشيباني" or "Lavrov" becomes
// the fullest form the article gives and a title alone ("وزير الخارجية السوري", "the minister")
// becomes the person the article names with that title. Pure: no DOM, no Node.
import type { Lang } from '../domain.js';
import { foldKey } from '../text/normalize.js';
import { arTitleGender, nameGender, type Gender } from './gender.js';
import { AR_AL_GIVEN_NAMES, AR_GENERIC_HEADS, AR_GIVEN_NAMES, AR_MEDIA_HEADS, AR_SOURCE_HEADS, AR_TITLE_HEADS } from './lexicon-ar.js';
import { EN_GENERIC_HEADS, EN_SOURCE_HEADS } from './lexicon-en.js';
import { ruCountryOf, ruOtherCountry, RU_GENERIC_HEADS, RU_MINISTRIES, RU_NATIONAL_ADJ, RU_SOURCE_HEADS } from './lexicon-ru.js';
import { loneSlipOf, variantOf, type Spelling } from './name-variants.js';
import type { KnownWords, SpeakerRef } from './speaker-ref.js';

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
  /** An outlet the article named without its kind (كتبت (نيوز ويك)): what a bare "المجلة" means. */
  outlet?: boolean;
  gender?: Gender;
  /** Folded Arabic honorifics written before the name (معالي، سمو). */
  honorifics?: string[];
  /** Russian: first named as an object (переговоры с президентом X Y-ом), not as a new topic, so a
   * later "сказал он" does not mean them on that mention alone. */
  oblique?: boolean;
};

// Folded words per phrase, memoised: the same names and titles are looked up many times.
const WORDS_MEMO_MAX = 20_000;
const wordsMemo = new Map<string, string[]>();
const words = (s: string): string[] => {
  let w = wordsMemo.get(s);
  if (!w) {
    if (wordsMemo.size >= WORDS_MEMO_MAX) wordsMemo.clear();
    w = nameParts((synonyms(foldKey(s)).match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((x) => EXPAND[x] ?? [x]));
    wordsMemo.set(s, w);
  }
  return w;
};
// Offices named by a phrase that means a one-word title: "глава государства" and "head of state"
// are the president, "رئيس الدولة" the رئيس (folded spellings).
const OFFICE_SYNONYMS: [RegExp, string][] = [
  [/глав(?:а|ы|е|у|ой) государства/gu, 'президент'], [/\bhead of state\b/gu, 'president'], [/رييس الدوله/gu, 'رييس'],
  // "the PM" is the prime minister.
  [/\bpm\b/gu, 'prime minister'],
  // "رئيس الدبلوماسية الفرنسية" is the foreign minister (وزير الخارجية / وزير الشؤون الخارجية).
  [/(?:رييس|رييسه) الدبلوماسيه/gu, 'وزير الخارجيه'], [/الشوون الخارجيه/gu, 'الخارجيه'],
  // A monarch is عاهل as well as ملك (العاهل الأردني is the King named before).
  [/(?<![\p{L}])(ال)?عاهل(?![\p{L}])/gu, '$1ملك'],
  // The president is رئيس الجمهورية too; a spokesman is a ناطق as well as a متحدث.
  [/(رييسه?) الجمهوريه/gu, '$1'],
  // A member of parliament is a نائب and a برلماني alike.
  [/(?<![\p{L}])(ال)?برلماني(ه)?(?![\p{L}])/gu, '$1نايب$2'], [/(?<![\p{L}])(ال)?ناطق(ه)?(?![\p{L}])/gu, '$1متحدث$2'],
  // The prime minister is رئيس الحكومة, رئيس الوزراء and رئيس مجلس الوزراء alike.
  [/(رييسه?) (?:مجلس )?الوزراء/gu, '$1 الحكومه'],
  // A club's "المدير الفني" is its coach (المدرب): sports pages use both for one person.
  [/(?:ال)?مدير (?:ال)?فني/gu, 'مدرب'],
  // Russian periphrases: глава региона is the governor, внешнеполитическое ведомство the МИД.
  [/глав(?:а|ы|е|у|ой) (?:региона|области|края)/gu, 'губернатор'],
  // глава / председатель правительства is the премьер (премьер-министр).
  [/(?:глав(?:а|ы|е|у|ой)|председател(?:ь|я|ю|ем)) правительства/gu, 'премьер'],
  [/внешнеполитическ\p{L}* ведомств\p{L}*|дипведомств\p{L}*/gu, 'мид'],
  // The speaker of the Duma is its председатель, whatever the chamber is called (Госдума,
  // Государственная дума, нижняя палата парламента); likewise of the Federation Council.
  [/(?:председател\p{L}*|спикер\p{L}*) (?:государственной думы|госдумы|нижней палаты(?: парламента)?)/gu, 'председатель госдумы'],
  [/(?:председател\p{L}*|спикер\p{L}*) (?:совета федерации|совфеда|верхней палаты(?: парламента)?)/gu, 'председатель совфеда'],
  // A city's head is its мэр (глава города, градоначальник).
  [/глав(?:а|ы|е|у|ой) города|градоначальни\p{L}*/gu, 'мэр'],
  // военное ведомство is the Минобороны, финансовое ведомство the Минфин.
  [/военн\p{L}* ведомств\p{L}*/gu, 'минобороны'], [/финансов\p{L}* ведомств\p{L}*/gu, 'минфин'],
  // The Kremlin speaks through the president's press secretary (представитель / пресс-секретарь
  // Кремля, пресс-секретарь президента / российского лидера): one word, so that no other press
  // secretary (губернатора, министра) shares it.
  // (So is the president's representative: представитель президента / главы государства.)
  [/(?:представител|пресс-секретар)\p{L}* (?:кремля|президент\p{L}*|российского лидера)/gu, 'кремлевскийпресссекретарь'],
  // The Pentagon is the US defence ministry, the State Department's head the госсекретарь.
  [/(?:глав|руководител)\p{L}* пентагон\p{L}*/gu, 'министр обороны сша'], [/(?:глав|руководител)\p{L}* госдеп\p{L}*/gu, 'госсекретарь'],
  // глава Минздрава is the министр здравоохранения; глава (российского) МИД the министр иностранных дел.
  ...RU_MINISTRIES.map(([short, field]): [RegExp, string] => [new RegExp(`(?:глав|руководител)\\p{L}* (?:\\p{L}+(?:ого|его) )?${short}(?:а|е|у|ом)?(?!\\p{L})`, 'gu'), `министр ${field}`]),
];
/** The field a Russian ministry's name gives, short (минфин, минфина) or full (министерство
 * финансов), folded words in; else null. */
function ruMinistryField(w: string[]): string | null {
  const first = w[0] ?? '';
  const short = RU_MINISTRIES.find(([m]) => m.length > 3 && first.startsWith(m) && first.length <= m.length + 2);
  if (short) return short[1];
  if (!first.startsWith('министерств')) return null;
  const rest = w.slice(1).join(' ');
  const full = RU_MINISTRIES.find(([, field]) => rest.startsWith(field.split(' ')[0]!.slice(0, -1)));
  return full ? full[1] : null;
}
const synonyms = (f: string): string => OFFICE_SYNONYMS.reduce((s, [re, to]) => s.replace(re, to), f);

/** Arabic name particles spelt two ways are one word: ابن = بن (ابن كيران، بن كيران), and عبد is
 * joined to the divine name after it (عبد الإله = عبدالإله). */
function nameParts(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w === 'عبد' && ws[i + 1]) out.push(`عبد${ws[++i]}`);
    else out.push(w === 'ابن' ? 'بن' : w);
  }
  return out;
}

// The last word of a coordinated office keeps its و (وزير الموارد المائية والري): "وزير الري" must
// still find it, so وال-words lose the و and the article alike.
const bare = (w: string): string => {
  const b = w.length >= 4 && w.startsWith('ال') ? w.slice(2) : w.length >= 5 && w.startsWith('وال') ? w.slice(3) : w.length > 3 && w.startsWith('لل') ? w.slice(2) : w;
  // A second office coordinated with و (… ووزير الصناعة) is that office.
  return b.length > 4 && b.startsWith('و') && AR_TITLE_HEADS.has(b.slice(1)) ? b.slice(1) : b;
};
// Bodies whose organs speak for them (المكتب السياسي للحزب، مجلس شورى الحركة), as written after ال.
const ORGAN_OF = new Set(['حزب', 'حركه', 'جماعه', 'نقابه', 'اتحاد', 'تنظيم', 'تحالف', 'جبهه', 'رابطه', 'تيار', 'ائتلاف']);
/** A nationality word as compared: the feminine agreeing with an office's noun (الحكومة العراقية) is the same country. */
const country = (w: string): string => w.replace(/يه$/u, 'ي');
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
// A Russian slip is read on the stem, case ending off (Сянцова and Сенцов are one edit apart), and
// two forms of one word (Анна, Анны) are that word, not a slip.
const ruStem = (w: string): string => (w.length > 3 ? w.replace(/(?:ом|ем|ым|им|ой|ей|ою|ую|а|е|у|ы|и|ю|я)$/u, '') : w);
const RU_SPELLING: Spelling = { eq: (h, w) => same(h, w, 'ru') || ruStem(h) === ruStem(w), stem: ruStem };
// A one-letter Cyrillic or Latin word in a name is an initial (А. Кудрин): it stands for any given
// name or patronymic that starts with it (Алексей Кудрин).
const INITIAL = /^[a-zа-я]$/u;
const initialOf = (h: string, w: string, lang: Lang): boolean => lang !== 'ar' && INITIAL.test(w) && h.length > 1 && h.startsWith(w);
/** Every word of `needle`, in order, among `hay` (سهيل المطروشي ⊂ سهيل بن حمد المطروشي). */
const contains = (hay: string[], needle: string[], lang: Lang): boolean => {
  if (needle.length === 0) return false;
  let i = 0;
  for (const w of needle) {
    while (i < hay.length && !same(hay[i]!, w, lang) && !initialOf(hay[i]!, w, lang) && !initialOf(w, hay[i]!, lang)) i++;
    if (i++ >= hay.length) return false;
  }
  return true;
};
const NATIONALITY = /^(?:ال\p{L}+ي|\p{L}+(?:ian|ese|ish)|\p{L}+(?:ский|ская|ского|ской))$/u;
// Arabic nisba adjectives that name a field or a rank, not a country (الخارجية، الرسمي، العسكرية).
const NOT_NATIONAL = new Set(
  ['خارجي', 'داخلي', 'مالي', 'رسمي', 'عسكري', 'امني', 'سياسي', 'اقتصادي', 'اعلامي', 'تنفيذي', 'اقليمي', 'وطني', 'فني',
    'اجتماعي', 'صحي', 'شعبي', 'تشريعي', 'قضائي', 'نيابي', 'حكومي', 'رئاسي', 'اداري', 'تجاري', 'زراعي', 'صناعي', 'نفطي', 'ثقافي',
    'علمي', 'جامعي', 'طبي', 'رياضي', 'اولمبي', 'محلي', 'بلدي', 'عام', 'سابق', 'حالي',
    // Nouns ending in ي that name no country (نادي الوحدة، القاضي، الوالي، الراعي، الماضي، الثاني).
    'نادي', 'قاضي', 'والي', 'راعي', 'ساعي', 'ماضي', 'ثاني'],
);
/** A Russian patronymic, folded (леонидович, сергеевна, ильич, никитична). */
const PATRONYMIC = /\p{L}{2}(?:ович|евич|ич|овна|евна|ична|инична)$/u;
/** A team noun, folded, maybe behind ال/لل (المنتخب، للفريق، نادي). */
const TEAM = /^(?:ال|لل|ل)?(?:منتخب|فريق|نادي)$/u;
/** Does the adjective at `i` qualify a team, over other adjectives (المنتخب الوطني الليبي)? */
const ofTeam = (w: string[], i: number): boolean => {
  let k = i - 1;
  while (k > 0 && !TEAM.test(w[k]!) && /^(?:ال)?\p{L}{2,}ي$/u.test(w[k]!)) k--;
  return k >= 0 && TEAM.test(w[k]!);
};
/** Nisbas of reach, folded (الدولية، العالمية، الأممية، القارية): an organisation's scope, not its country. */
const REACH = new Set(['الدولي', 'العالمي', 'الاممي', 'القاري']);
const nationalityMemo = new Map<string, boolean>();
const isNationality = (w: string): boolean => {
  let v = nationalityMemo.get(w);
  if (v === undefined) {
    const stem = w.replace(/^ال/u, '').replace(/يه$/u, 'ي');
    // A glued ل (لنادي الوحدة) is "of": the word without it decides (لبناني keeps its ل).
    const unglued = stem.replace(/^لل?(?=\p{L}{3})/u, '');
    // Every nationality has four letters or more (مصري، روسي): لدى (folded لدي) is none.
    v = stem.length >= 4 && !NOT_NATIONAL.has(stem) && !NOT_NATIONAL.has(unglued) && (NATIONALITY.test(w) || NATIONALITY.test(`ال${w}`));
    nationalityMemo.set(w, v);
  }
  return v;
};
const GENERIC = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'في', 'باسم', 'بلسان', 'عام']);
// Offices held with a portfolio (وزير المالية، министр обороны, defence minister / secretary).
const PORTFOLIO_HEADS = new Set(['وزير', 'وزيره', 'minister', 'secretary']);
// Words beside an office that name no field of it (الوزير السابق، the former minister, бывший министр).
const DESCRIPTORS = new Set(['سابق', 'حالي', 'جديد', 'former', 'new', 'then', 'бывший', 'бывшего', 'новый', 'нового', 'нынешний', 'нынешнего']);
// Russian adjectives of rank before an office's noun (официальный представитель, постоянный
// представитель, генеральный директор, главный тренер): the noun after them is the head.
const RU_RANK_ADJ = /^(?:официальн|постоянн|генеральн|главн|старш|исполнительн|специальн|чрезвычайн|полномочн|государственн)\p{L}*$/u;
// Titles that name no particular office: they point back to whoever was last described by a title.
// Anonymous heads match only a person described the same way (a source is never a named minister).
const ANON_HEADS = new Set([...AR_SOURCE_HEADS, ...EN_SOURCE_HEADS, ...RU_SOURCE_HEADS]);
// English title words after which the rest is a place or an employer ("diplomat in Washington").
const EN_PREPS = new Set(['of', 'for', 'at', 'in', 'from', 'with']);
// Short forms that stand for two title words (замминистра = заместитель министра), and synonyms.
const EXPAND: Record<string, string[]> = {
  замминистра: ['заместитель', 'министра'], замглавы: ['заместитель', 'главы'], замгендиректора: ['заместитель', 'генеральный', 'директор'],
  гендиректор: ['генеральный', 'директор'], гендиректора: ['генеральный', 'директор'], финдиректор: ['финансовый', 'директор'],
  финдиректора: ['финансовый', 'директор'], замдиректора: ['заместитель', 'директора'], зампред: ['заместитель', 'председателя'],
  генпрокурор: ['генеральный', 'прокурор'], генпрокурора: ['генеральный', 'прокурор'], генсек: ['генеральный', 'секретарь'], генсека: ['генеральный', 'секретарь'],
  постпред: ['постоянный', 'представитель'], постпреда: ['постоянный', 'представитель'],
  госсекретарь: ['государственный', 'секретарь'], госсекретаря: ['государственный', 'секретарь'],
  // The Kremlin's press secretary is a пресс-секретарь too, for a later bare "пресс-секретарь".
  кремлевскийпресссекретарь: ['кремлевскийпресссекретарь', 'пресс-секретарь'],
  // Russian sports pages call a coach наставник as often as тренер.
  наставник: ['тренер'], наставника: ['тренер'],
  // Sports pages call the same man مدرب and المدير الفني (head coach).
  مدرب: ['مدير', 'فني'], المدرب: ['مدير', 'فني'],
  // A player named by position (المدافع أحمد ياسر) is later "لاعب الزمالك" or "اللاعب".
  المدافع: ['لاعب', 'مدافع'], مدافع: ['لاعب', 'مدافع'], المهاجم: ['لاعب', 'مهاجم'], مهاجم: ['لاعب', 'مهاجم'],
  الحارس: ['لاعب', 'حارس'], حارس: ['لاعب', 'حارس'], المحترف: ['لاعب', 'محترف'],
};
const SPOKES = /^(?:متحدث|ناطق|spokes|пресс-секретар|представител)/u;
// Heads of state and government (folded): a generic "the minister" / الوزير / министр that shares no
// word with their titles never means them (the president is nobody's "minister").
const SUPREME = /^(?:رييس|ملك|امير|سلطان|president|king|queen|emir|президент|корол|премьер)/u;
const supreme = (p: Person): boolean => p.titleWords.some((w) => SUPREME.test(w));
// "The leader" (الزعيم الشيعي، the Turkish leader, лидер): whoever heads a state, a government, a
// party or a movement (folded), so the leader named that way is anyone holding such an office.
const LEADER = /^(?:زعيم|leader|лидер)$/u;
const LEADS = /^(?:رييس|امين|قايد|زعيم|ملك|امير|سلطان|مرشد|president|chairman|chairwoman|leader|king|queen|emir|premier|chancellor|президент|председател|лидер|глав|руководител|премьер|канцлер|генсек|корол)/u;
const leads = (p: Person): boolean => p.titleWords.some((w) => LEADS.test(bare(w)));
const GENERIC_HEADS = new Set([...AR_GENERIC_HEADS, ...EN_GENERIC_HEADS, ...RU_GENERIC_HEADS]);

/** Is every title this person has a spokesperson's (المتحدث باسم الحكومة، a spokesman for X)? */
const spokesMemo = new WeakMap<Person, { from: string[]; is: boolean }>();
function spokesperson(p: Person): boolean {
  let m = spokesMemo.get(p);
  if (!m || m.from !== p.titleWords) {
    m = { from: p.titleWords, is: p.titles.length > 0 && p.titles.every((t) => words(t).some((w) => SPOKES.test(bare(w)))) };
    spokesMemo.set(p, m);
  }
  return m.is;
}

/** Is `w` among the title words `tw`? Exact outside Russian, whose case endings need `same`. */
function hasWord(p: Person, w: string, ru: boolean): boolean {
  if (!ru) return titleSet(p).has(w);
  for (const t of p.titleWords) if (same(t, w, 'ru') || sameCountry(t, w)) return true;
  return false;
}

// Russian: a nationality adjective and its country name one country (германской ~ Германии,
// немецкий ~ Германии, американский ~ США).
const sameCountry = (a: string, b: string): boolean => ruCountryOf(a, b) || ruCountryOf(b, a);

/** Russian offices named by what they head: "глава (украинского) государства" is the president,
 * "глава правительства" the prime minister (премьер). Words folded; others kept. */
function ruOfficeSynonyms(ws: string[]): string[] {
  const g = ws.indexOf('глава');
  const of = ws.findIndex((w, i) => i > g && /^(?:государства|правительства|кабмина)$/u.test(w));
  if (g < 0 || of < 0 || of - g > 2) return ws;
  const head = ws[of] === 'государства' ? 'президент' : 'премьер';
  return [...ws.slice(0, g), head, ...ws.slice(g + 1, of), ...ws.slice(of + 1)];
}

// Title words as a set, rebuilt when a person's titles change (byTitle asks this for every candidate).
const titleSets = new WeakMap<Person, { from: string[]; set: Set<string> }>();
function titleSet(p: Person): Set<string> {
  let t = titleSets.get(p);
  if (!t || t.from !== p.titleWords) titleSets.set(p, (t = { from: p.titleWords, set: new Set(p.titleWords) }));
  return t.set;
}

const initials = (ws: string[]): number => ws.filter((w) => INITIAL.test(w)).length;

export class SpeakerResolver {
  readonly people: Person[] = [];
  // Word key → people with a name word under that key, so lookups touch only people who share a
  // word (a long article has hundreds of speakers). Russian keys are 4-letter prefixes, as `same` is.
  private readonly byWord = new Map<string, Person[]>();
  private readonly order = new Map<Person, number>();
  private readonly nameWords = new Set<string>();
  private serial = 0;
  /** People with at least one title, in the order they got it (byTitle's candidates). */
  private readonly titled: Person[] = [];
  /** Each titled person's place in `titled`, and title word → titled people with that word. */
  private readonly titledAt = new Map<Person, number>();
  private readonly byTitleWord = new Map<string, Person[]>();
  constructor(private readonly lang: Lang) {}

  private key(w: string): string {
    return this.lang === 'ru' && w.length > 4 ? w.slice(0, 4) : w;
  }

  /** Indexes `p`'s words; a title kept as a person (`nameless`: الرئيس المصري) adds no name words. */
  private index(p: Person, nameless = false): void {
    for (const w of p.words) {
      const k = this.key(w);
      const list = this.byWord.get(k);
      if (!list) this.byWord.set(k, [p]);
      else if (!list.includes(p)) list.push(p);
      if (!p.org && !nameless) this.nameWords.add(w);
    }
  }

  /** People sharing a name word with `w`, in the order they were first seen. */
  private sharing(w: string[]): Person[] {
    const out: Person[] = [];
    for (const x of w) {
      const list = this.byWord.get(this.key(x));
      if (list) for (const p of list) if (this.order.has(p) && !out.includes(p)) out.push(p);
    }
    if (out.length > 1) out.sort(this.byOrder);
    return out;
  }

  private readonly byOrder = (a: Person, b: Person): number => this.order.get(a)! - this.order.get(b)!;

  /** The first person (in order seen) sharing a word with `w` whose name contains `w` (or, with `either`, is contained in it). */
  private findName(w: string[], either: boolean, org: boolean | null): Person | undefined {
    for (const x of this.sharing(w)) {
      if (org !== null && x.org !== org) continue;
      if (contains(x.words, w, this.lang) || (either && contains(w, x.words, this.lang))) return x;
    }
    return org === true ? undefined : this.variantName(w, either);
  }

  /** The one person whose name `w` spells with a slip or a variant (جاويش أوغلو for جاووش أوغلو,
   * Сянцов for Сенцов): two words or more with one changed, or in Russian and English a lone long
   * surname (loneSlipOf). */
  private variantName(w: string[], either: boolean): Person | undefined {
    if (w.length < 2) return this.lang === 'ar' || w.length === 0 ? undefined : this.loneSlip(w[0]!);
    const sp = this.spelling();
    let found: Person | undefined;
    // A variant keeps one word exact, so only people sharing a word can be it.
    for (const x of this.sharing(w)) {
      if (x.org) continue;
      const taken = (v: string) => AR_GIVEN_NAMES.has(v) || this.sharing([v]).some((o) => o !== x && !o.org);
      if (!variantOf(x.words, w, taken, sp) && !(either && variantOf(w, x.words, taken, sp))) continue;
      if (found) return undefined;
      found = x;
    }
    return found;
  }

  /** The one person (named in two words or more) with a word the lone word `v` misspells. */
  private loneSlip(v: string): Person | undefined {
    const sp = this.spelling();
    const taken = (t: string) => this.people.some((o) => !o.org && o.words.some((x) => sp.eq(x, t)));
    const hits = this.people.filter((x) => !x.org && x.words.length > 1 && loneSlipOf(x.words, v, taken, sp));
    return hits.length === 1 ? hits[0] : undefined;
  }

  private spelling(): Spelling {
    return this.lang === 'ru' ? RU_SPELLING : { eq: (h, w) => h === w, stem: (x) => x };
  }

  /** "Павел Леонидович ответил …": a given name and patronymic, the polite address, mean the one
   * person named in full with that given name (Павел Сомов). */
  private byPatronymic(w: string[]): Person | undefined {
    if (this.lang !== 'ru' || w.length !== 2 || !PATRONYMIC.test(w[1]!)) return undefined;
    const hits = this.sharing([w[0]!]).filter((x) => !x.org && x.words.length > 1 && x.words[0] === w[0] && !x.words.slice(1).some((v) => PATRONYMIC.test(v) && v !== w[1]));
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** "ويوضح المفتي": a one-word title that is the family name of a person named in full (أحمد المفتي). */
  private surnamed(w: string[]): Person | undefined {
    if (w.length !== 1) return undefined;
    return this.sharing(w).find((x) => !x.org && x.words.length > 1 && x.words[x.words.length - 1] === w[0]);
  }

  /** "وأضاف المؤرخ الحمداني": a definite word that describes (المؤرخ، اللاعب) before the surname or
   * name of a person the article gave in full (نبيل صادق الحمداني) is that person, not a new one. */
  private described(w: string[]): Person | undefined {
    if (this.lang !== 'ar' || w.length < 2 || !/^ال/u.test(w[0]!) || AR_AL_GIVEN_NAMES.has(w[0]!)) return undefined;
    const rest = w.slice(1);
    if (rest.length === 1 && AR_GIVEN_NAMES.has(rest[0]!)) return undefined;
    const p = this.findName(rest, false, false);
    return p && p.words.length > rest.length && !p.words.includes(w[0]!) ? p : undefined;
  }

  /** "قال أمير الجوف": أمير (or أمين) before a place is the office of the person the article
   * gave it to (أمير منطقة الجوف), not a man named Amir. */
  private emirOf(text: string, w: string[], pos: number): Person | undefined {
    if (this.lang !== 'ar' || w.length !== 2 || !/^(?:امير|امين)$/u.test(w[0]!)) return undefined;
    const p = this.byTitle(text, pos);
    return p && p.titleWords.includes(w[1]!.replace(/^ال/u, '')) ? p : undefined;
  }

  /** Records a named mention (with its title, if written beside it) at body offset `pos`. */
  /** An organisation's full name and its initials ("NCDC"), which later name it too. */
  addAcronym(name: string, acronym: string, pos: number): Person {
    const p = this.addName(name, null, pos, true);
    const a = words(acronym);
    if (a.length === 1 && !p.words.includes(a[0]!)) {
      p.words = [...p.words, a[0]!];
      this.index(p);
    }
    p.aliases.add(acronym);
    return p;
  }

  addName(name: string, title: string | null, pos: number, org = false): Person {
    const w = words(name);
    const patronymic = org ? undefined : this.byPatronymic(w);
    let p = (org ? this.byOrgHead(w, pos) ?? this.sameMinistry(w) ?? this.shortOrg(w, pos) : undefined) ?? this.findName(w, true, null) ?? (org ? undefined : this.described(w) ?? this.emirOf(name, w, pos) ?? patronymic);
    if (!p) {
      p = { name, words: w, aliases: new Set(), titles: [], titleWords: [], nationalities: [], pos: [], org };
      this.people.push(p);
      this.order.set(p, this.serial++);
      this.index(p, title === name);
    } else if (p !== patronymic && (w.length > p.words.length || (w.length === p.words.length && initials(w) < initials(p.words)))) {
      p.name = name;
      p.words = w;
      this.index(p);
    }
    p.aliases.add(name);
    if (title && !p.titles.includes(title)) {
      if (p.titles.length === 0) this.addTitled(p);
      p.titles.push(title);
      this.addTitleWords(p, title);
    }
    p.pos.push(pos);
    return p;
  }

  /** A title-only speaker turns out to be `person` (a lede's "The leader of X" named next): one person. */
  absorbTitle(title: string, person: Person): void {
    const i = this.people.findIndex((p) => p !== person && p.name === title && p.titles.length === 1 && p.titles[0] === title);
    if (i >= 0) {
      person.pos.push(...this.people[i]!.pos);
      this.order.delete(this.people[i]!);
      this.people.splice(i, 1);
    }
    person.aliases.add(title);
    if (person.titles.length === 0) this.addTitled(person);
    person.titles.push(title);
    this.addTitleWords(person, title);
  }

  private addTitled(p: Person): void {
    this.titledAt.set(p, this.titled.length);
    this.titled.push(p);
  }

  /** The words of a title just pushed: titleWords stays titles.flatMap(words).map(bare) (and
   * nationalities its nationality words) without redoing the earlier titles; new arrays, as before. */
  private addTitleWords(p: Person, title: string): void {
    const raw = words(title);
    const added = raw.map(bare);
    p.titleWords = p.titleWords.concat(added);
    // A word glued to لل (المدير الفني للأهلي) names what the office is for, never a nationality.
    // Nor one after a team (مدرب المنتخب الليبي): the team's country, not the coach's, who is often
    // later "المدرب الأسترالي".
    p.nationalities = p.nationalities.concat(added.filter((w, i) => isNationality(w) && !raw[i]!.startsWith('لل') && !ofTeam(added, i)).map(country));
    for (const w of added) {
      const list = this.byTitleWord.get(w);
      if (!list) this.byTitleWord.set(w, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  }

  /** Titled people with a title word among `q`, in `titled` order (exact words: not for Russian). */
  private sharingTitle(q: string[]): Person[] {
    const out: Person[] = [];
    for (const w of q) for (const p of this.byTitleWord.get(w) ?? []) if (!out.includes(p)) out.push(p);
    return out.sort((a, b) => this.titledAt.get(a)! - this.titledAt.get(b)!);
  }

  /** The person (or whoever `fits`) mentioned last at or before `pos` (for "he said" with no speaker yet). */
  latestBefore(pos: number, fits: (p: Person) => boolean = (p) => !p.org): Person | null {
    let best: Person | null = null;
    let at = -1;
    for (const p of this.people) if (fits(p)) for (const x of p.pos) if (x <= pos && x > at) [best, at] = [p, x];
    return best;
  }

  /** Russian: the ministry already recorded under its other name (Минфин = Министерство финансов). */
  private sameMinistry(w: string[]): Person | undefined {
    if (this.lang !== 'ru') return undefined;
    const field = ruMinistryField(w);
    return field ? this.people.find((p) => p.org && ruMinistryField(p.words) === field) : undefined;
  }

  /** Is this folded single word part of a known name? (Helps end an Arabic name: الشيباني.) */
  readonly knows: KnownWords = Object.defineProperty((f: string): boolean => this.nameWords.has(f), 'generation', {
    get: () => this.nameWords.size,
  });

  /** The display speaker for a reference seen at `pos`, plus the mention as written. */
  resolve(ref: SpeakerRef, pos: number): { speaker: string; mention: string; person: Person | null } {
    if (ref.kind === 'name') {
      const w = words(ref.text);
      const p = this.findName(w, false, null) ?? this.described(w) ?? this.emirOf(ref.text, w, pos) ?? this.byPatronymic(w);
      return { speaker: p?.name ?? ref.text, mention: ref.text, person: p ?? null };
    }
    if (ref.kind === 'title') {
      const p = this.byTitle(ref.text, pos);
      return { speaker: p?.name ?? ref.text, mention: ref.text, person: p };
    }
    if (ref.kind === 'org') {
      const w = words(ref.text);
      const p = this.byOrgHead(w, pos) ?? this.organOf(w, pos) ?? this.findName(w, true, true) ?? this.sameMinistry(w) ?? this.shortOrg(w, pos);
      return { speaker: p?.name ?? ref.text, mention: ref.text, person: p ?? null };
    }
    return { speaker: ref.text, mention: ref.text, person: null };
  }

  /**
   * "المكتب السياسي للحزب"، "مجلس شورى الحركة": an organ of a body the article named before (its kind
   * alone closes the phrase, definite or after لل) speaks for that body (حزب الوحدة الوطنية).
   */
  private organOf(w: string[], pos: number): Person | null {
    const last = w[w.length - 1] ?? '';
    if (this.lang !== 'ar' || w.length < 2 || !/^(?:ال|لل)\p{L}{3,}$/u.test(last) || !ORGAN_OF.has(bare(last))) return null;
    return this.byOrgHead([`ال${bare(last)}`], pos);
  }

  /**
   * A definite organisation head alone (الحركة، الرابطة، the party) stands for the organisation of
   * that kind the article named last before `pos` (حركة طالبان، رابطة علماء …).
   */
  private byOrgHead(w: string[], pos: number): Person | null {
    // A nationality after the head (الصحيفة السعودية، المجلة الأمريكية) still means that outlet,
    // unless the organisation named is another country's (الحكومة الأردنية is not السورية).
    const nat = w.slice(1).map(country);
    if (this.lang !== 'ar' || w.length < 1 || !nat.every((x) => isNationality(x) || REACH.has(x)) || !/^ال\p{L}{3,}/u.test(w[0]!)) return null;
    const head = bare(w[0]!);
    const antecedent = (p: Person): boolean => {
      if (!p.org || p.words.length < 2 || bare(p.words[0]!) !== head) return false;
      // Not the phrase itself, recorded when it spoke (الصحيفة السعودية is no antecedent of itself).
      if (w.length > 1 && p.words.length === w.length && p.words.every((x, i) => x === w[i])) return false;
      // Nor another description of the same kind (المجلة الأمريكية): only a name is an antecedent.
      if (/^ال/u.test(p.words[0]!) && p.words.slice(1).every((x) => isNationality(country(x)))) return false;
      // (Reach words name no country: منظمة الصحة العالمية is the المنظمة الدولية.)
      const own = p.words.slice(1).map(country).filter((x) => isNationality(x) && !REACH.has(x));
      const asked = nat.filter((x) => !REACH.has(x));
      return !(asked.length > 0 && own.length > 0 && !asked.some((n) => own.includes(n)));
    };
    // Else an outlet's head (المجلة) means the outlet named last without its kind (كتبت (X)).
    return this.latestBefore(pos, antecedent) ?? (AR_MEDIA_HEADS.has(head) ? this.latestBefore(pos, (p) => !!p.outlet) : null);
  }

  /**
   * Arabic: one body named in full (الهيئة العامة للطيران المدني) and short (هيئة الطيران), in either
   * order: the organisation of the same head whose other words hold all of the shorter name's, or
   * are all held by it; the one named last before `pos` first.
   */
  private shortOrg(w: string[], pos: number): Person | null {
    if (this.lang !== 'ar' || w.length < 2) return null;
    const head = bare(w[0]!);
    const rest = w.slice(1).map(bare);
    let best: Person | null = null;
    let at = -Infinity;
    for (const p of this.people) {
      // (Cheap tests first: most people are no organisation of this head.)
      if (!p.org || p.words.length < 2 || p.words.length === w.length || bare(p.words[0]!) !== head) continue;
      const own = p.words.slice(1).map(bare);
      const [few, many] = own.length < rest.length ? [own, new Set(rest)] : [rest, new Set(own)];
      if (!few.every((x) => many.has(x))) continue;
      // The one named last before `pos`, else the first named at all.
      const last = Math.max(-1, ...p.pos.filter((x) => x <= pos));
      if (best === null || last > at) [best, at] = [p, last];
    }
    return best;
  }

  /** The person whose titles share most words with `title`; ties go to the nearest mention. */
  byTitle(title: string, pos: number): Person | null {
    const sur = this.surnamed(words(title));
    if (sur) return sur;
    const { q, qNat, head } = this.query(title);
    if (q.length === 0) return null;
    const ru = this.lang === 'ru';
    const generic = this.genericHead(head);
    const headOnly = q.every((w) => w === head || isNationality(w));
    // Only people sharing a query word can score above 0.5, so they are tried first; a generic head
    // gives everyone else 0.5 at most, so all are tried (afresh) only when no sharer scored more.
    const pool = ru ? null : this.sharingTitle(q);
    const t = { q, qNat, head, generic, headOnly };
    const first = this.bestTitled(pool ?? this.titled, t, pos);
    const r = pool && generic && first.score <= 0.5 ? this.bestTitled(this.titled, t, pos) : first;
    return r.score >= 0.5 ? r.best : null;
  }

  /** Would byTitle accept `p` for `title`, were `p` the only person (score 0.5 or more)? */
  fitsTitle(p: Person, title: string, pos: number): boolean {
    const { q, qNat, head } = this.query(title);
    if (q.length === 0) return false;
    const generic = this.genericHead(head);
    const headOnly = q.every((w) => w === head || isNationality(w));
    return this.bestTitled([p], { q, qNat, head, generic, headOnly }, pos).score >= 0.5;
  }

  /** Does the head name no particular office (الوزير، the minister, министра; a leader)? Russian
   * heads come in any case. */
  private genericHead(head: string): boolean {
    return GENERIC_HEADS.has(head) || (this.lang === 'ru' && [...GENERIC_HEADS].some((g) => same(g, head, 'ru'))) || LEADER.test(head);
  }

  /** byTitle's scoring over `list`: the best person and score. */
  private bestTitled(list: Person[], t: { q: string[]; qNat: string[]; head: string; generic: boolean; headOnly: boolean }, pos: number): { best: Person | null; score: number } {
    const { q, qNat, head, generic, headOnly } = t;
    const ru = this.lang === 'ru';
    const qGender = this.lang === 'ar' ? arTitleGender(head) : null;
    let best: Person | null = null;
    let bestScore = 0;
    let bestDist = Infinity;
    let bestAnon = false;
    for (const p of list) {
      if (p.org || !this.order.has(p)) continue;
      let score = 0;
      let beyondHead = false;
      // Looked up once per person (hasWord would fetch the set for every word).
      const tw = ru ? null : titleSet(p);
      for (const w of q) {
        if (!(tw ? tw.has(w) : hasWord(p, w, ru))) continue;
        score++;
        if (w !== head && !isNationality(w)) beyondHead = true;
      }
      // No shared word under a specific head scores at most 0 below: skip the rest of the checks.
      if (score === 0 && !generic) continue;
      // The head noun (first word in Arabic and Russian, last in English) must agree, or the
      // title is generic (الوزير، the minister) and any overlap will do.
      const headOk = tw ? tw.has(head) : hasWord(p, head, ru);
      if (ANON_HEADS.has(head) && !headOk) continue;
      // A spokesperson is only ever named as one: "وزير المالية" is not the government's spokesman
      // ("the minister" or "дипломат" alone may still mean them).
      if (!headOk && !(generic && headOnly) && spokesperson(p)) continue;
      // (A leader, though, is only one who leads: a head of state or of a party, not a minister.)
      if (LEADER.test(head) ? !headOk && !leads(p) : generic && !headOk && supreme(p)) continue;
      // "وزير الدفاع" / "министр обороны" / "the defence minister" is no other portfolio's minister.
      if (generic && headOk && !beyondHead && this.otherPortfolio(p, t.q, head)) continue;
      // "المتحدث باسم الكرملين" names whom he speaks for: only a spokesperson can be him.
      if (!headOk && SPOKES.test(head) && !headOnly) continue;
      if (generic) score += 0.5;
      // A spokesperson is never the office they speak for: المتحدثة باسم الخارجية is not وزير الخارجية.
      else if (!headOk && SPOKES.test(head)) continue;
      else if (!headOk) score -= 0.5;
      // A specific office must agree beyond its head: رئيس مجلس الوزراء is not رئيس غرفة الصناعة.
      // Head plus nationality only (الخبير التركي) says nothing more: the nationality test decides.
      // (A rank adjective, постоянный or официальный, says nothing more either.)
      else if (q.length > 1 && !beyondHead && q.some((w) => w !== head && !isNationality(w) && !(ru && RU_RANK_ADJ.test(w)))) continue;
      // A different nationality rules a person out (the Syrian minister is not the Jordanian one).
      const pNat = p.nationalities;
      if (qNat.length > 0 && pNat.length > 0 && !qNat.some((n) => pNat.includes(n))) score -= 2;
      else if (ru && ruOtherCountry(q, p.titleWords)) score -= 2;
      if (score < bestScore || score <= 0) continue;
      // An Arabic office agrees with its holder: المتحدث is no woman (السيدة هند), الوزيرة no man.
      if (qGender && !headOk && (p.gender ?? nameGender('ar', p.name, p.titles[0] ?? null)) === (qGender === 'm' ? 'f' : 'm')) continue;
      // A bare office (Президент, الرئيس) points back: never to someone the article names only later.
      if (headOnly && !p.pos.some((x) => x <= pos)) continue;
      let dist = Infinity;
      for (const x of p.pos) dist = Math.min(dist, x <= pos ? pos - x : (x - pos) * 2);
      // On a tie, a person the article names beats a title kept on its own (the early pass keeps
      // "المدير الفني" before it learns that وليد عبد الحميد، المدير الفني لمنتخب مصر، is the one).
      const anon = p.titles.includes(p.name);
      if (score > bestScore || (bestAnon && !anon) || (anon === bestAnon && dist < bestDist)) {
        best = p;
        bestScore = score;
        bestDist = dist;
        bestAnon = anon;
      }
    }
    return { best, score: bestScore };
  }

  /**
   * Does `p` hold the head office of query `q` only with another portfolio? The portfolio is the
   * word after the head (before it in English), nationalities and "former"/"new" skipped: وزير
   * الدفاع vs وزير المالية, министр обороны vs министр финансов, defence vs finance minister.
   */
  private otherPortfolio(p: Person, q: string[], head: string): boolean {
    if (!PORTFOLIO_HEADS.has(head) && !(this.lang === 'ru' && same(head, 'министр', 'ru'))) return false;
    const want = this.portfolio(q, head);
    // "الوزير الفارس": a surname after the office, no portfolio.
    if (!want || p.words.some((w) => same(bare(w), want, this.lang))) return false;
    let other = false;
    for (const title of p.titles) {
      const t = this.query(title);
      if (!same(t.head, head, this.lang)) continue;
      const has = this.portfolio(t.q, t.head);
      if (!has || same(has, want, this.lang)) return false;
      other = true;
    }
    return other;
  }

  /** The word that names an office's field next to its head (الدفاع، обороны, defence), if any. */
  private portfolio(q: string[], head: string): string | null {
    const at = q.indexOf(head);
    const side = this.lang === 'en' ? q.slice(0, Math.max(0, at)).reverse() : q.slice(at + 1);
    return side.find((w) => !isNationality(w) && !DESCRIPTORS.has(w)) ?? null;
  }

  private readonly queries = new Map<string, { q: string[]; qNat: string[]; head: string }>();

  /** The content words of a title query, its nationality words and its head noun (memoised). */
  private query(title: string): { q: string[]; qNat: string[]; head: string } {
    let r = this.queries.get(title);
    if (!r) {
      const all = this.lang === 'ru' ? ruOfficeSynonyms(words(title)) : words(title);
      // English: the head is the last word before a preposition ("diplomat in Washington").
      const cut = this.lang === 'en' ? all.findIndex((w) => EN_PREPS.has(w)) : -1;
      const q = (cut > 0 ? all.slice(0, cut) : all).filter((w) => !GENERIC.has(w)).map(bare);
      // Russian: a nationality adjective before the office (финского президента) is not its head.
      const ruHead = this.lang === 'ru' ? q.find((w) => !RU_NATIONAL_ADJ.test(w) && !DESCRIPTORS.has(w) && !RU_RANK_ADJ.test(w)) : undefined;
      r = { q, qNat: q.filter(isNationality).map(country), head: (this.lang === 'en' ? q[q.length - 1] : ruHead ?? q[0]) ?? '' };
      this.queries.set(title, r);
    }
    return r;
  }
}
