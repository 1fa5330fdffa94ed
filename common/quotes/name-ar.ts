// Where an Arabic personal name that starts at a token ends: compound parts (عبد، أبو، بن، آل), a
// final nisba, up to four units, stopping at a verb, its object, a preposition or the next clause.
// Pure: no DOM, no Node. Returns a token index; never reads a title.
import * as lexiconAr from './lexicon-ar.js';
import { stripConj, type Tok } from './tokens.js';
import { ACCUSATIVE, arBoundary, bareOf, constructObjectAt, DEFINITE_MASDAR, DERIVED_PERFECT, doubleBarrel, edgeAfter, familyAfterGiven, givenNameOffice, GLUED_MASDAR, gluedPrep, ILA, indefiniteObjectAt, isAl, isAli, isCue, isEmir, isTitleHead, MAX_NAME_UNITS, TIME_ADJECTIVES, toldAgency, unvowelled } from './words-ar.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_ADDRESSEES, AR_OBJECT_NOUNS, AR_COMPLEMENT_OPENERS, AR_COMPLEMENTISERS, AR_HONORIFICS, AR_PLACES, AR_NAME_AL_PARTS, AR_NAME_LINKS, AR_ORG_HEADS, AR_OFFICE_PLURALS, AR_AL_GIVEN_NAMES, AR_FEMALE_NAMES, AR_STATEMENT_NOUNS, AR_GIVEN_NAMES, AR_SON_OF, AR_NAMING_WORDS, AR_PARTICIPLES, AR_VENUES, AR_PREDICATE_NOUNS, AR_RECENCY_ADJECTIVES, AR_STOPS } = lexiconAr;

export function arName(toks: Tok[], i: number, known?: (f: string) => boolean): number {
  let j = i;
  let units = 0;
  while (units < MAX_NAME_UNITS) {
    const t = toks[j];
    if (isAli(toks, j)) {
      j++;
      units++;
      continue;
    }
    if (units > 0 && doubleBarrel(toks, j)) {
      j += 2;
      units++;
      continue;
    }
    // (An honorific's word right after a given name is a family name: يوسف الحاج، محمد الشيخ.)
    if (arBoundary(t) || (AR_HONORIFICS.has(t!.f) && !(units > 0 && familyAfterGiven(toks, j)))) break;
    const f = t!.f;
    // A word in Latin letters (an outlet's name: مراسلة JIN News) is never part of an Arabic name,
    // nor is the agency told (قال المدير لفرانس برس).
    if (/\p{Script=Latin}/u.test(t!.raw) || toldAgency(f)) break;
    if (GLUED_MASDAR.test(f)) break;
    // A preposition glued to a definite or an institution word (بالمجلس، ببرنامج، لوزارة) follows the name.
    if (units > 0 && (/^(?:بال|لل)\p{L}{2,}/u.test(f) || (/^[بل]\p{L}{3,}/u.test(f) && (AR_NAMING_WORDS.has(f.slice(1)) || AR_ORG_HEADS.has(f.slice(1)))))) break;
    // "شن الوزير هجوما عنيفا على …": an indefinite accusative noun with its adjective (both in -ا,
    // tanween unwritten) is the verb's object.
    // A participle of saying after it (أوباما قائلا، دوبوا مضيفا) is the cue, not the adjective.
    if (ACCUSATIVE.test(f) && ACCUSATIVE.test(toks[j + 1]?.f ?? '') && !AR_PARTICIPLES.has(toks[j + 1]!.f) && !AR_GIVEN_NAMES.has(f)) break;
    // "التقى الرئيس X Y وفدا من البنك": after a full name, an indefinite accusative noun before a
    // preposition is the verb's object (not after a particle: لولا دا سيلفا).
    if (units >= 2 && ACCUSATIVE.test(f) && AR_COMPLEMENT_OPENERS.has(toks[j + 1]?.f ?? '') && !AR_GIVEN_NAMES.has(f) && !(known?.(f) ?? false) && !/^(?:دا|دي|دو)$/u.test(toks[j - 1]?.f ?? '')) break;
    // "اعتبر X صديقا"، "اتخذ X نموذجا": what someone is taken for, in the accusative, is no name part.
    if (units > 0 && AR_PREDICATE_NOUNS.has(stripConj(f))) break;
    // "ونفى سالم وجود إصابات": the object of a verb of saying or denying.
    if (units > 0 && AR_OBJECT_NOUNS.has(f) && !AR_GIVEN_NAMES.has(f)) break;
    // "أعلن الوزير علاء فاروق خطة لترشيد المياه": a ة-noun governing a glued ل/ب complement after a
    // two-part name is the verb's object.
    if (units >= 2 && f.endsWith('ه') && (gluedPrep(toks[j + 1]) || GLUED_MASDAR.test(toks[j + 1]?.f ?? '')) && !AR_GIVEN_NAMES.has(f)) break;
    // "أكد المدرب ماركوس X صعوبة مهمة فريقه": after a name, two ة-nouns in construct (neither a
    // known name) that govern a definite or a pronoun-suffixed noun are the verb's object; a family
    // name of two ة-words (سلامة عطية) ends there.
    if (units >= 1 && constructChainAt(toks, j, known)) break;
    // "واعترف الأمير فهد بن عبدالله بوجود نتائج": after a full name, an unknown word glued to ب/ل
    // with more words after it is the verb's complement (a surname like بوريطة ends the phrase).
    if (units >= 2 && gluedPrep(t) && !(known?.(f) ?? false) && !AR_GIVEN_NAMES.has(f) && toks[j + 1]?.word && !arBoundary(toks[j + 1])) break;
    // So is a ب-word before a preposition that opens its complement (التقى X بعدد من المسؤولين، بوفد
    // من); not ل, which may open a foreign family name (فون دير لاين).
    if (units >= 2 && f.startsWith('ب') && gluedPrep(t) && !(known?.(f) ?? false) && !AR_GIVEN_NAMES.has(f) && AR_COMPLEMENT_OPENERS.has(toks[j + 1]?.f ?? '')) break;
    // "قام الوزير جون ماريو بزيارة إلى": a ة-noun glued to ب/ل (no بو/بن/بل family name) is the complement.
    if (units >= 2 && gluedPrep(t) && /^[بل](?!و|ن|ل)\p{L}{3,}ه$/u.test(f) && !(known?.(f) ?? false)) break;
    // "ونبّه عبد الإله بنكيران شبيبته إلى": after a full name, a noun with a pronoun suffix (ه written,
    // not ة) is the verb's object.
    const bareRaw = unvowelled(t!.raw);
    if (units >= 2 && /\p{L}{4,}(?:ه|ها|هم)$/u.test(bareRaw) && !/الله$/u.test(bareRaw) && !(known?.(f) ?? false) && !AR_GIVEN_NAMES.has(f)) break;
    // "أكد رئيس الوزراء X Y أهمية الدعم": after a full name, a ة-noun governing a definite noun
    // (no nisba, which a family name may be) is the verb's object.
    const n1 = toks[j + 1];
    if (units >= 2 && bareRaw.endsWith('ة') && !!n1?.word && isAl(n1.f) && !n1.f.endsWith('ي') && !(known?.(f) ?? false) && !AR_GIVEN_NAMES.has(f) && !AR_FEMALE_NAMES.has(f)) break;
    // "أمر القاضي بنظر الجلسة": a word glued to ب/ل governing a definite noun (not a nisba) opens
    // the verb's complement, never a name (a family name such as بنكيران stands alone).
    if (units === 0 && gluedPrep(t) && !(known?.(f) ?? false) && !AR_GIVEN_NAMES.has(f) && !AR_FEMALE_NAMES.has(f) && !!n1?.word && isAl(n1.f) && !n1.f.endsWith('ي') && !(known?.(n1.f) ?? false)) break;
    // "دعا الوزير X آل Y إيران إلى": a country or city after a name is the verb's object or a place.
    if (units > 0 && AR_PLACES.has(f) && !isAl(f)) break;
    // "في مقطع فيديو"، "وجّهت الفنانة نادين رسالة إلى": where or how words were said is no name part.
    if (AR_VENUES.has(f)) break;
    // "وجّه الوزير رسالة إلى المزارعين": a ة-noun governing إلى is the object, not a name.
    if (units === 0 && f.endsWith('ه') && toks[j + 1]?.f === ILA) break;
    if (/^وال/.test(f) && units > 0) break; // "مهدي رضائي والوفد المرافق": coordination ends the name
    // A verb governing عدم (فضّلت عدم ذكر اسمها، طلب عدم الكشف عن هويته): the anonymity formula.
    // Not a surname before it (أبدى المدرب دانييل بوبيسكو عدم رضاه: the verb opened the clause).
    if (toks[j + 1]?.f === 'عدم' && (units === 0 || /ت$/u.test(f))) break;
    // "وفد وزاري يتشكل من"، "X يتحدث": an imperfect of the تفعّل/تفاعل forms (يت…، تت…) is a verb,
    // never a name part after the first.
    if (units > 0 && /^[يتن]ت\p{L}{3}$/u.test(f) && !AR_GIVEN_NAMES.has(f) && !(known?.(f) ?? false)) break;
    // From the third part on, a verb-shaped word ends the name: future سيعرض, perfect تناولت.
    if (units >= 2 && (/^س[يت]\p{L}{2,}[^ي]$/u.test(f) || /^\p{L}{4,}ت$/u.test(f))) break;
    // Any part shaped like a feminine perfect with a ت- stem (تناولت، تمكنت) is a verb, not a name.
    // (Also a shorter one behind و: وتولت، وتبنت.)
    if (/^ت\p{L}{3,}ت$/u.test(f) || /^[وف]ت\p{L}{2}ت$/u.test(f)) break;
    // "وبنت الصحراء"، "وابن المدينة": a name link behind و opens an epithet, never a name; nor
    // does a ة-noun behind و (ومدير المرور ومتابعة قائد الدوريات): a second thing coordinated.
    if (units === 0 && /^[وف]/u.test(f) && AR_NAME_LINKS.has(f.slice(1))) break;
    if (units === 0 && /^و\p{L}{3,}ه$/u.test(t!.f) && /ة$/u.test(t!.raw) && !AR_GIVEN_NAMES.has(f) && !AR_FEMALE_NAMES.has(f) && !AR_FEMALE_NAMES.has(f.slice(1))) break;
    // Offices in the plural after a name (دعا علي بلحاج قادة الجبهة) are the verb's object.
    if (units > 0 && AR_OFFICE_PLURALS.has(f)) break;
    // So is a derived-form perfect before its definite subject (الملك انخرط المغرب، اعتبر الوزير);
    // not a foreign given name of that shape before a surname (أندري مارتن، أنطون …).
    // (Not one before a nisba and an office or a comma: أنوار الشمري رئيس النادي is a name in apposition.)
    if (isAl(toks[j + 1]?.f ?? '') && DERIVED_PERFECT.test(f) && !AR_GIVEN_NAMES.has(f) && !(known?.(f) ?? false) && !nisbaApposition(toks, j + 1)) break;
    // "أصدرت المؤسسة بياناً قالت فيه": a statement noun in the accusative is the verb's object.
    if (/ا$/u.test(f) && AR_STATEMENT_NOUNS.has(f.slice(0, -1))) break;
    // An adverbial accusative with tanween (بدا جيسوس واثقاً، وقف الوزير صامتاً) is no name part.
    if (units > 0 && /\u064B$/u.test(t!.raw)) break;
    // (علي spelt with ي after a link is the name Ali, not the preposition: لحسن أيت علي، بن علي.)
    const linked = toks[j + 1]?.word && (!arBoundary(toks[j + 1]) || unvowelled(toks[j + 1]!.raw) === 'علي');
    if (AR_NAME_LINKS.has(f) && linked) {
      j += 2;
      units++;
      // "ليلى عبد الرحمن أعمال المؤتمر"، "خالد بن سالم رسالة إلى": a linked part before the verb's
      // object ends the name.
      if (units > 1 && (constructObjectAt(toks, j) || indefiniteObjectAt(toks, j))) break;
      continue;
    }
    if (f.startsWith('عبد') && f.length > 4) {
      j++;
      units++;
      continue;
    }
    // A Maghrebi given name with the article (الحبيب المالكي) opens a name before another name word.
    const n0 = toks[j + 1];
    // So does a foreign given name that merely starts with ال (أليس، إلياس، إليزابيث).
    if (units === 0 && (AR_AL_GIVEN_NAMES.has(f) || AR_GIVEN_NAMES.has(f) || AR_FEMALE_NAMES.has(f)) && n0?.word && !arBoundary(n0) && !isTitleHead(bareOf(n0.f)) && !AR_ORG_HEADS.has(n0.f) && !isCue(n0.f)) {
      j++;
      units++;
      continue;
    }
    // A given name with the article before a name link (الوليد بن طلال، الحسن بن علي) is a name part.
    if (units === 0 && isAl(f) && !isTitleHead(f) && !AR_ORG_HEADS.has(f) && AR_SON_OF.has(toks[j + 1]?.f ?? '') && toks[j + 2]?.word) {
      j++;
      units++;
      continue;
    }
    // آلان (Alan) folds to الان but its آ is no article.
    if (units > 0 && AR_RECENCY_ADJECTIVES.has(f)) break;
    // Whom the words were said to (قال رئيس المحكمة للدفاع، للصحفيين) is never a name.
    if (f.startsWith('لل') && AR_ADDRESSEES.has(`ا${f.slice(1)}`)) break;
    // "… وممدوح عبد الرشيد": a given name behind و is a second person in a list, never a name's start.
    if (units === 0 && f.startsWith('و') && AR_GIVEN_NAMES.has(f.slice(1)) && !AR_GIVEN_NAMES.has(f)) break;
    // "رد فعل الحزب" (the party's reaction): فعل is a noun or a verb, never a name's first word.
    if (units === 0 && (f === 'فعل' || f === 'الفعل')) break;
    if (isAl(f) && !t!.raw.startsWith('آ')) {
      // "أعلن الوزير فيدان الانسحاب من …": a verbal noun after a name is its object.
      if (units > 0 && DEFINITE_MASDAR.test(f) && !(known?.(f) ?? false)) break;
      if (AR_NAME_AL_PARTS.has(f) && units > 0) {
        j++;
        continue;
      }
      // "أحمد المفتي،" "هشام الوزير، نائب …": an office word right after a name part and before
      // punctuation or أن is the family name.
      // So is one before another office (أكد هشام الوزير نائب محافظ البنك).
      const officeNext = !!toks[j + 1]?.word && !isAl(toks[j + 1]!.f) && isTitleHead(bareOf(toks[j + 1]!.f));
      if (isTitleHead(f) && units > 0 && !isTitleHead(toks[j - 1]!.f) && (edgeAfter(toks[j + 1]) || officeNext)) {
        j++;
        break;
      }
      if (isTitleHead(f) || AR_ORG_HEADS.has(f)) break;
      // A final definite part closes a name: a nisba (الشيباني), a known surname, or a short name
      // right before punctuation (سلمى القاسم،); after three parts it is the next clause instead.
      // Also before a word glued to ب/ل that the verb governs (طالبت النائبة جنان يوسف الرشيد بربط …).
      // So does an adverbial accusative after it (بدا المسرحي X الجبران متألماً).
      const hal = !!toks[j + 1]?.word && /\u064B/u.test(toks[j + 1]!.raw);
      // So does a definite noun right after it (وصف الوزير سامي الحداد القرار بأنه): the verb's object.
      const object = !!toks[j + 1]?.word && isAl(toks[j + 1]!.f) && !toks[j + 1]!.f.endsWith('ي') && !AR_NAME_AL_PARTS.has(toks[j + 1]!.f) && !TIME_ADJECTIVES.has(toks[j + 1]!.f);
      // And before a preposition glued to a definite word (أماني الخياط للشعب العماني).
      // (and before a coordinated definite word: صفاء الهاشم والدموع تسبقها).
      const pp = !!toks[j + 1]?.word && /^(?:بال|لل|وال)\p{L}{2,}/u.test(toks[j + 1]!.f);
      // So does an office in apposition right after it (قال سامي الحداد وزير العدل إن).
      const office = units > 0 && !!toks[j + 1]?.word && isTitleHead(bareOf(toks[j + 1]!.f));
      // So does an indefinite object after it: an accusative in -ا (ترأس الوزير سامي الحداد اجتماعا)
      // or a ة-noun governing a preposition (وجه الوزير سامي الحداد رسالة إلى).
      const indefObject = units > 0 && indefiniteObjectAt(toks, j + 1);
      // So does a construct object after it (افتتح الوزير سامي الحداد أعمال المؤتمر): a bare noun
      // governing a definite one.
      const construct = units > 0 && constructObjectAt(toks, j + 1);
      // So does a definite part before بن (بندر الحسين بن تركي): the lineage goes on.
      const lineage = units > 0 && AR_SON_OF.has(toks[j + 1]?.f ?? '') && !!toks[j + 2]?.word && !arBoundary(toks[j + 2]);
      const closes = f.endsWith('ي') || lineage || (known?.(f) ?? false) || (units <= 2 && (arBoundary(toks[j + 1]) || gluedPrep(toks[j + 1]) || hal || pp || office || indefObject || construct || (units > 0 && object)));
      // "أحمد ناصر المحمد الصباح،": two definite family parts before punctuation are the surname
      // (not a body after the name: سمير الحداد الحكومة،).
      const n1 = toks[j + 1];
      const pair = units > 0 && !f.endsWith('ي') && !!n1?.word && !arBoundary(n1) && isAl(n1.f) && !isTitleHead(n1.f) && !AR_ORG_HEADS.has(n1.f) && !toks[j + 2]?.word;
      if (pair) j++;
      if (closes || pair) j++;
      if (pair) break;
      // "محمد البدوي أبو قرون": a kunya or بن-part after the nisba is the family name going on.
      const link = toks[j];
      if (closes && link?.word && AR_NAME_LINKS.has(link.f) && units + 1 < MAX_NAME_UNITS && toks[j + 1]?.word && !arBoundary(toks[j + 1])) {
        units++;
        continue;
      }
      break;
    }
    // "محمد أمين الزياني": أمين inside a name is the given name Amin, not the office (أمين عام).
    const amin = (units > 0 && f === 'امين' && !!toks[j + 1]?.word && !arBoundary(toks[j + 1]) && !/^(?:ال)?عام$/u.test(toks[j + 1]!.f)) || (units === 0 && givenNameOffice(toks, j));
    // "الإعلامي عمرو أديب؛ من …": an office word without its article right after a lone given name
    // and before punctuation, a preposition or أن is the family name (أديب، كاتب), not an apposition.
    if (units === 1 && isTitleHead(f) && !isAl(f) && AR_GIVEN_NAMES.has(toks[j - 1]!.f) && (edgeAfter(toks[j + 1]) || AR_STOPS.has(toks[j + 1]!.f))) {
      j++;
      units++;
      break;
    }
    if ((isTitleHead(f) || AR_ORG_HEADS.has(f)) && !amin) break;
    // "طلال بن سعد أمير منطقة حائل": the emir's office after a name is its apposition.
    if (units > 0 && isEmir(toks, j)) break;
    j++;
    units++;
  }
  return j;
}

/** A nisba at `j` (الحائلي) with an office, a comma or أن right after it: a family name closing a
 * name (in apposition, or before the reported clause). */
function nisbaApposition(toks: Tok[], j: number): boolean {
  const n = toks[j];
  const after = toks[j + 1];
  if (!n?.word || n.f.length <= 4 || !n.f.endsWith('ي')) return false;
  return !after?.word ? after?.raw === '،' || after?.raw === ',' : isTitleHead(bareOf(after.f)) || AR_COMPLEMENTISERS.has(after.f);
}

/** Two ة-nouns from `j`, neither a known name, in construct with a definite or pronoun-suffixed
 * noun after them (صعوبة مهمة فريقه، أهمية مشاركة المرأة). */
function constructChainAt(toks: Tok[], j: number, known?: (f: string) => boolean): boolean {
  const [a, b, c] = [toks[j], toks[j + 1], toks[j + 2]];
  if (!a?.word || !b?.word || !c?.word || !/\p{L}{2,}ة$/u.test(a.raw) || !/\p{L}{2,}ة$/u.test(b.raw)) return false;
  if ([a.f, b.f].some((x) => AR_GIVEN_NAMES.has(x) || AR_FEMALE_NAMES.has(x) || (known?.(x) ?? false))) return false;
  return isAl(c.f) || /\p{L}{3,}(?:ه|ها|هم)$/u.test(c.raw.replace(/[\u064B-\u0652\u0640]/gu, ''));
}
