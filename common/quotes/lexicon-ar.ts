// Arabic cue lexicon: verbs of saying with their inflections, participles, complementisers, titles,
// honorifics and the small words that end a speaker phrase. Pure data plus folding: no DOM, no Node.
// Everything is folded once with foldKey, so أكّد / اكد / أكَّدَ all match; و/ف are stripped by callers.
import { foldKey } from '../text/normalize.js';

// The medial hamza sits on و or on ي by regional habit (مسؤول / مسئول، شؤون / شئون), and folding
// keeps its seat: every word with one is listed with the other too.
const seats = (w: string): string[] => (/[ؤئ]/u.test(w) ? [w, w.replace(/ؤ/gu, 'ئ'), w.replace(/ئ/gu, 'ؤ')] : [w]);
const set = (words: string[]): Set<string> => new Set(words.flatMap(seats).map((w) => foldKey(w)));

/** Past-tense (3rd masc. sing.) verbs of saying and reporting, sound and hollow stems. */
const PAST = [
  'قال', 'أضاف', 'أكد', 'أوضح', 'أشار', 'أعلن', 'صرح', 'شدد', 'تابع', 'لفت', 'نقل', 'أفاد', 'اعتبر',
  'بين', 'ختم', 'ذكر', 'أبرز', 'وصف', 'اتهم', 'استطرد', 'أردف', 'نوه', 'جدد', 'لاحظ', 'اعترف', 'أقر',
  'زعم', 'أبلغ', 'كشف', 'أعرب', 'حذر', 'طالب', 'كتب', 'أورد', 'علق', 'رد', 'أجاب', 'تساءل', 'قدر',
  'أفصح', 'أوضحت', 'أكدت', 'أشارت', 'اعتبرت', 'رجح', 'توقع', 'أعرب', 'استبعد', 'أبدى', 'هدد', 'وعد',
  'تعهد', 'طمأن', 'ناشد', 'صرحت', 'حث',
  // Posts on X and Facebook: غرّد (tweeted) reports speech like كتب.
  'غرد',
  // نسب (attributed: نسبت الصحيفة إلى X قوله) relays like نقل … عن.
  'نسب',
  // تحدّث (spoke), كرّر (repeated), اختتم (concluded): تحدث and كرر are weak (below).
  'تحدث', 'كرر', 'اختتم',
  // Going on with a statement (وواصل: "…"، وأتم، وزاد قائلا، واسترسل، واستدرك). Not the judging
  // verbs with an object (انتقد، ندد، أشاد): the reading after them runs into what they judge.
  'واصل', 'أتم', 'أكمل', 'استرسل', 'زاد', 'شرح', 'استدرك', 'نبه',
  // وضّح (explained), form II of أوضح.
  'وضح',
];
/** Defective stems (final alef/ya): inflect as دعت/دعوا, not دعات. */
const PAST_DEFECTIVE = ['دعا', 'رأى', 'نفى', 'روى', 'ادعى', 'أبدى', 'نعى'];
/** Present-tense forms do not follow from the past by rule: listed (he/she/they). */
const PRESENT = [
  'يقول', 'تقول', 'يقولون', 'يضيف', 'تضيف', 'يؤكد', 'تؤكد', 'يوضح', 'توضح', 'يشير', 'تشير', 'يرى', 'ترى',
  'يعتبر', 'تعتبر', 'يلفت', 'تلفت', 'يكشف', 'تكشف', 'يحذر', 'تحذر', 'يتابع', 'تتابع', 'يشدد', 'تشدد',
  'يصف', 'تصف', 'يعلن', 'تعلن', 'يفيد', 'تفيد', 'يطالب', 'تطالب', 'يدعو', 'تدعو', 'ينفي', 'تنفي',
  'يبين', 'تبين', 'يردف', 'يعرب', 'تعرب', 'يتوقع', 'تتوقع', 'يرجح', 'ترجح', 'يروي', 'تروي', 'يتساءل',
  'يستطرد', 'يختم', 'تختم', 'يعترف', 'تعترف', 'يتهم', 'تتهم', 'يزعم', 'تزعم', 'يصرح', 'تصرح', 'يبرز', 'تبرز',
  'يغرد', 'تغرد',
];
/** Circumstantial participles (مؤكداً): folded, tanween gone; feminine adds ة (folded ه). */
const PARTICIPLES = [
  'مؤكدا', 'مشيرا', 'لافتا', 'معربا', 'مضيفا', 'موضحا', 'معتبرا', 'محذرا', 'مشددا', 'قائلا', 'منوها',
  'مبرزا', 'داعيا', 'مطالبا', 'كاشفا', 'مستطردا', 'مبينا', 'مردفا', 'نافيا', 'متسائلا', 'واصفا',
  'متهما', 'مذكرا', 'مجددا', 'مرجحا', 'متوقعا', 'مستبعدا', 'مبديا', 'مطمئنا', 'متعهدا', 'ناقلا', 'معلنا',
  'مختتما', 'خاتما', 'معترفا', 'مهددا', 'مغردا',
  'موجها', 'مخاطبا', 'مستدركا', 'مفسرا', 'معلقا', 'ملمحا', 'مستشهدا', 'متابعا', 'منبها', 'مستنكرا', 'ملوحا',
  'مشيدا', 'مستغربا', 'زاعما', 'مدعيا',
];
/** Verbs that read as nouns in other contexts (كشف = "list", نقل = "transport"): only as cues when
 * followed by a speaker-like word or أن, which the callers check. */
export const AR_WEAK_CUES = set(['ذكر', 'نقل', 'نسب', 'كتب', 'رد', 'علق', 'قدر', 'كشف', 'تابع', 'بين', 'وعد', 'توقع', 'رجح', 'روى', 'تحدث', 'كرر', 'واصل', 'أتم', 'أكمل', 'زاد', 'شرح']);

/** Impersonal or writer's phrases that look like cues but carry no speaker (يذكر أن، يشار إلى أن). */
export const AR_IMPERSONAL = set(['يذكر', 'يشار', 'تجدر', 'يجدر', 'يلاحظ', 'يبدو', 'يعتقد', 'يتوقع']);

const inflectPast = (w: string): string[] => [w, `${w}ت`, `${w}وا`, `${w}ا`, `${w}تا`];
const inflectDefective = (w: string): string[] => {
  const base = w.slice(0, -1);
  return [w, `${base}ت`, `${base}وا`, `${base}يا`, `${base}تا`];
};
const feminine = (p: string): string[] => [p, `${p.replace(/ا$/, '')}ة`, `${p.replace(/ا$/, '')}`];

export const AR_CUE_VERBS = set([...PAST.flatMap(inflectPast), ...PAST_DEFECTIVE.flatMap(inflectDefective), ...PRESENT]);
// بالقول ("by saying": وردّ الوزير بالقول، وختم حديثه بالقول) works as a participle of speech.
// بقوله/بقولها ("saying", a verbal noun) work like a participle: ردّ الوزير بقوله إن "…".
export const AR_PARTICIPLES = set([...PARTICIPLES.flatMap(feminine), 'بالقول', 'بقوله', 'بقولها']);

/** Complementisers: أنّ/إنّ (folded alike) with pronoun suffixes, and بأن. */
export const AR_COMPLEMENTISERS = set([
  'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'أننا', 'إننا', 'أنني', 'إنني', 'بأن', 'بأنه',
  'بأنها', 'بأنهم', 'بأننا', 'فإن',
]);
/** Prepositions a cue verb governs before its content (أشار إلى، شدد على، أعرب عن، حذر من). */
export const AR_CUE_PREPS = set(['إلى', 'على', 'عن', 'من', 'ب']);

/** Verbless attributions: بحسب X، وفقاً لـ X، نقلاً عن X، على لسان X. */
export const AR_ACCORDING = set(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا']);

/** Head nouns of titles; a name usually follows the title and its modifiers. */
export const AR_TITLE_HEADS = set([
  'وزير', 'وزيرة', 'الوزير', 'الوزيرة', 'رئيس', 'رئيسة', 'الرئيس', 'الرئيسة', 'مدير', 'مديرة', 'المدير',
  'المديرة', 'المتحدث', 'المتحدثة', 'متحدث', 'الناطق', 'الناطقة', 'نائب', 'نائبة', 'النائب', 'الأمين', 'أمين',
  'سفير', 'سفيرة', 'السفير', 'السفيرة', 'محافظ', 'المحافظ', 'قائد', 'القائد', 'عضو', 'العضو', 'ممثل',
  'الممثل', 'مستشار', 'المستشار', 'نظير', 'نظيره', 'نظيرته', 'نظيرها', 'مسؤول', 'المسؤول', 'مسؤولة',
  'الخبير', 'خبير', 'المحلل', 'محلل', 'الباحث', 'باحث', 'المزارع', 'مزارع', 'القيادي', 'قيادي',
  'العاهل', 'الملك', 'الأمير', 'ولي', 'المبعوث', 'مبعوث', 'المندوب', 'مندوب', 'رئيسه', 'عميد', 'العميد',
  'مفوض', 'المفوض', 'منسق', 'المنسق', 'المحامي', 'محامي', 'الدبلوماسي', 'دبلوماسي', 'أحد', 'مصدر',
  'مصادر', 'الأستاذ', 'أستاذ', 'الطبيب', 'طبيب', 'المعلم', 'معلم', 'الناشط', 'ناشط', 'الكاتب', 'كاتب',
  'المواطن', 'مواطن', 'المواطنة', 'رئيسا', 'وكيل', 'وكيلة', 'الوكيل', 'الوكيلة', 'مساعد', 'المساعد', 'حاكم', 'الحاكم', 'زعيم',
  'الزعيم', 'المرشد', 'الجنرال', 'اللواء', 'العقيد', 'الفريق', 'العماد',
  'الوالي', 'شيخ', 'مدرب', 'لاعب', 'نقيب', 'برلماني', 'برلمانية',
  // Sports pages name players by position (المدافع أحمد ياسر، الحارس الدولي).
  'مدافع', 'مهاجم', 'حارس', 'محترف',
  // Professions that introduce a name like an office (المخرج ياسر الحسن، الفنانة نجاة …).
  'مخرج', 'مؤلف', 'فنان', 'شاعر', 'روائي', 'صحفي', 'صحافي', 'إعلامي', 'مسرحي', 'مغني', 'ملحن', 'رسام', 'نحات',
  'رياضي', 'حكم', 'داعية', 'مفكر', 'أديب', 'مؤرخ', 'ناقد', 'منتج', 'استشاري', 'أخصائي', 'اختصاصي',
  // Party, consular, religious, military and civil offices (سكرتير الحزب، القنصل، المفتي، الضابط).
  'سكرتير', 'قنصل', 'عمدة', 'مفتي', 'سيناتور', 'مرشح', 'مؤسس', 'ملازم', 'مشير', 'أدميرال', 'ضابط', 'مراسل',
  'قاض', 'مدعي', 'موظف', 'مدرس', 'محقق', 'بطريرك', 'كاردينال', 'مطران', 'أسقف', 'محاضر', 'ملياردير', 'مليونير',
  // Offices with a possessive pronoun (البلاد التي حذر رئيسها سامي الحداد …).
  'رئيسها', 'رئيسهم', 'وزيرها', 'زعيمها', 'زعيمه', 'قائدها', 'قائده', 'مديرها', 'مديره', 'أمينها',
]);
// Every head also in the feminine (مزارع → مزارعة، مستشار → مستشارة) and the definite form
// (مصدر → المصدر، خبير → الخبير).
// A nisba profession ending in ي takes ة too (صحفي → صحفية، إعلامي → إعلامية). Not where the
// feminine is another noun: مصدرة، مدرسة (a school), محاضرة (a lecture).
for (const w of [...AR_TITLE_HEADS]) if ((!/[هياء]$/.test(w) || /\p{L}{3,}ي$/u.test(w)) && w.length > 2 && !/^(?:ال)?(?:مصاد?ر|مدرس|محاضر)$/.test(w)) AR_TITLE_HEADS.add(`${w}ه`);
// Every indefinite head also in its definite form (مصدر → المصدر، خبير → الخبير، إعلامي →
// الإعلامي); not أحد ("one of"), whose definite form is Sunday.
for (const w of [...AR_TITLE_HEADS]) if (!w.startsWith('ال') && w !== 'احد' && w !== 'احدي') AR_TITLE_HEADS.add(foldKey(`ال${w}`));
/** Honorifics and academic/professional titles dropped before a name (not offices). */
export const AR_HONORIFICS = set([
  'معالي', 'سمو', 'صاحب', 'السمو', 'الملكي', 'سعادة', 'فخامة', 'جلالة', 'سماحة', 'فضيلة', 'قداسة', 'غبطة', 'نيافة', 'السيد', 'السيدة', 'الشيخ', 'الشيخة', 'الدكتور',
  'الدكتورة', 'دكتور', 'دكتورة', 'د', 'م', 'الملا', 'المهندس', 'المهندسة', 'الأستاذة', 'القاضي', 'الحاج', 'الحاجة', 'الإمام', 'الكابتن', 'كابتن',
]);
/** Capitals, governorates, countries and regions, most written without ال: they end a title's
 * construct chain (رئيس غرفة صناعة حلب عماد الشهابي) and a name, rather than start one. */
export const AR_PLACES = set([
  'دمشق', 'حلب', 'حمص', 'حماة', 'إدلب', 'اللاذقية', 'طرطوس', 'درعا', 'دير', 'الرقة', 'الحسكة', 'بيروت', 'طرابلس', 'صيدا',
  'صور', 'زحلة', 'عمان', 'إربد', 'الزرقاء', 'بغداد', 'البصرة', 'الموصل', 'أربيل', 'النجف', 'كربلاء', 'القاهرة',
  'الإسكندرية', 'الجيزة', 'أسوان', 'الرياض', 'جدة', 'مكة', 'المدينة', 'الدمام', 'دبي', 'أبوظبي', 'الشارقة', 'الدوحة',
  'الكويت', 'المنامة', 'مسقط', 'صنعاء', 'عدن', 'تعز', 'الخرطوم', 'تونس', 'الجزائر', 'وهران', 'الرباط', 'الدار',
  'فاس', 'مراكش', 'نواكشوط', 'القدس', 'غزة', 'رام', 'نابلس', 'الخليل', 'جنين', 'سوريا', 'لبنان', 'الأردن', 'العراق',
  'مصر', 'السعودية', 'قطر', 'اليمن', 'ليبيا', 'السودان', 'فلسطين', 'المغرب', 'موسكو', 'واشنطن', 'باريس', 'لندن',
  'أنقرة', 'طهران', 'بكين', 'ذي', 'قار',
  // Countries and regions often named in Arabic news (an object after a title is never its holder:
  // "انتقد الوزير الفرنسي إيران").
  'إسرائيل', 'إيران', 'تركيا', 'روسيا', 'أمريكا', 'أميركا', 'فرنسا', 'بريطانيا', 'ألمانيا', 'إيطاليا', 'إسبانيا',
  'أوكرانيا', 'بولندا', 'كندا', 'أستراليا', 'باكستان', 'أفغانستان', 'إثيوبيا', 'تشاد', 'مالي', 'موريتانيا',
  'قبرص', 'بلجيكا', 'هولندا', 'سويسرا', 'النمسا', 'أذربيجان', 'أرمينيا', 'كازاخستان', 'أوزبكستان', 'بيلاروسيا',
  'صربيا', 'إندونيسيا', 'ماليزيا', 'فنزويلا', 'كوبا', 'كوريا', 'نيجيريا', 'كينيا', 'إريتريا', 'جيبوتي',
  'البحرين', 'الإمارات', 'الصومال', 'الصين', 'اليابان', 'الهند', 'اليونان', 'البرازيل', 'أوروبا',
  'أفريقيا', 'إفريقيا', 'آسيا',
]);
/** Documents whose issuer speaks (جاء في بيان …، وفقاً لبلاغ …، ذكر تقرير صادر عن …); بلاغ is the Maghreb communiqué. */
/** Past verbs spelled with ال first, like a definite word (التقى، ألقى folds to القى). */
export const AR_AL_VERBS = set(['التقى', 'التقت', 'التزم', 'التزمت', 'التحق', 'التحقت', 'التمس', 'التمست', 'ألقى', 'ألقت',
  'ألغى', 'ألغت', 'ألمح', 'ألمحت', 'ألحق', 'ألحقت', 'ألزم', 'ألزمت']);
/** Verbs whose object is a person (received, met, visited, called). */
export const AR_MEETING_VERBS = set(['استقبل', 'استقبلت', 'التقى', 'التقت', 'زار', 'زارت', 'هاتف', 'هاتفت', 'قابل', 'قابلت', 'صافح',
  'استضاف', 'استضافت', 'ودع', 'ودعت', 'عزى']);
export const AR_STATEMENT_NOUNS = set(['بيان', 'بلاغ', 'تقرير', 'نص', 'رسالة', 'تصريح', 'تصريحات', 'وثيقة']);
/** Possessive honorifics (وقال معاليه، وأضاف جلالته) and the honorific each stands for: they mean the
 * person last written with it (معالي الوزير X، جلالة الملك Y). */
const POSSESSIVE_HONORIFICS: [string, string][] = [
  ['معاليه', 'معالي'], ['معاليها', 'معالي'], ['سموه', 'سمو'], ['سموها', 'سمو'], ['فخامته', 'فخامة'], ['فخامتها', 'فخامة'],
  ['سعادته', 'سعادة'], ['سعادتها', 'سعادة'], ['دولته', 'دولة'], ['جلالته', 'جلالة'], ['جلالتها', 'جلالة'],
  ['سماحته', 'سماحة'], ['فضيلته', 'فضيلة'], ['قداسته', 'قداسة'], ['غبطته', 'غبطة'], ['نيافته', 'نيافة'],
  ['سيادته', 'سيادة'], ['سيادتها', 'سيادة'],
];
export const AR_HONORIFIC_OF: ReadonlyMap<string, string> = new Map(POSSESSIVE_HONORIFICS.map(([p, h]) => [foldKey(p), foldKey(h)]));
/** Subjects that stand for someone already named: possessive honorifics, هو/هي, "the statement". */
export const AR_PRONOUN_SUBJECTS = set([...POSSESSIVE_HONORIFICS.map(([p]) => p), 'هو', 'هي', 'البيان', 'بيانه']);
/** Heads of organisation names that can speak (ذكرت وزارة المالية، قالت مصادر وزارية). */
export const AR_ORG_HEADS = set([
  'وزارة', 'الوزارة', 'حرس', 'الحرس', 'شرطة', 'منظمة', 'المنظمة', 'هيئة', 'الهيئة', 'غرفة', 'الغرفة', 'الرئاسة', 'الحكومة', 'مجلس',
  'المجلس', 'البنك', 'بنك', 'الجيش', 'الشرطة', 'النيابة', 'الخارجية', 'الداخلية', 'الدفاع', 'المالية',
  'الصحة', 'شركة', 'الشركة', 'جمعية', 'الجمعية', 'اتحاد', 'الاتحاد', 'مكتب', 'المكتب', 'إدارة', 'الإدارة',
  'مديرية', 'المديرية', 'السفارة', 'سفارة', 'القيادة', 'قيادة', 'المحكمة', 'محكمة', 'الأمم', 'حركة', 'الحركة',
  'حزب', 'الحزب', 'صحيفة', 'الصحيفة', 'مصادر', 'مصدر', 'البيت', 'الكرملين', 'مؤسسة', 'المؤسسة', 'السلطات',
  'الأمانة', 'أمانة', 'رئاسة', 'ديوان', 'الديوان', 'البرلمان', 'اللجنة', 'لجنة', 'بلدية', 'البلدية', 'المفوضية',
  'محافظة', 'المحافظة', 'ولاية', 'الولاية', 'قضاء', 'ناحية', 'سلطة', 'السلطة', 'صندوق', 'الصندوق', 'مصلحة',
  'المصلحة', 'دائرة', 'الدائرة', 'جهاز', 'الجهاز', 'نقابة', 'النقابة', 'رابطة', 'الرابطة', 'مصرف', 'المصرف',
  'جامعة', 'الجامعة', 'كلية', 'الكلية', 'معهد', 'المعهد', 'مستشفى', 'المستشفى', 'مجموعة', 'المجموعة', 'تحالف',
  'التحالف', 'ائتلاف', 'الائتلاف', 'تيار', 'التيار', 'كتلة', 'الكتلة', 'جبهة', 'الجبهة', 'قوات', 'القوات',
  'حكومة', 'جيش', 'شرطة', 'برلمان', 'بعثة', 'البعثة', 'وفد', 'الوفد', 'مفوضية', 'سلطات', 'جماعة', 'الجماعة',
  'منتدى', 'المنتدى', 'مركز', 'المركز', 'وكالة', 'نادي', 'النادي', 'محافظة', 'قنصلية', 'القنصلية',
  // Sports bodies: مدرب فريق الوحدة، مدرب منتخب مصر (الفريق alone is also a military rank: left out).
  'فريق', 'منتخب', 'المنتخب',
]);
/** The fields a ministry is named by, which alone also name it (الخارجية، الصحة): after another
 * head they are part of its name (منظمة الصحة العالمية، لجنة الدفاع), not a second body. */
export const AR_MINISTRY_FIELDS = set(['الخارجية', 'الداخلية', 'الدفاع', 'المالية', 'الصحة']);
/** Prepositions that front a topic (وعن غياب اللاعب X، قال …، حول الجلسة بيّن …): who they name is
 * talked about, not speaking. */
export const AR_TOPIC_HEADS = set(['عن', 'حول', 'بشأن', 'بخصوص', 'إزاء']);
/** Is this folded word (with or without a glued و/ف) a topic preposition? */
export const isTopicHead = (f: string): boolean => AR_TOPIC_HEADS.has(f) || AR_TOPIC_HEADS.has(f.replace(/^[وف]/u, ''));
/** "ذاته/نفسه" after a title: the same person as before (also stops a name). */
const SAME_PERSON = ['ذاته', 'نفسه', 'ذاتها', 'نفسها'];
export const AR_SAME_PERSON = set(SAME_PERSON);
/** Prepositions after which a participle's complement follows (المتمركز في، المسؤول عن). */
export const AR_COMPLEMENT_PREPS = set(['في', 'على', 'عن', 'بين', 'داخل', 'قرب']);
/** Offices that represent a place or bloc (النائب عن …، ممثل عن …). */
export const AR_REPRESENTING = set(['نائب', 'نائبة', 'النائب', 'النائبة', 'ممثل', 'ممثلة', 'الممثل', 'الممثلة']);
/** بن/ابن/بنت: after a definite word they make it a given name (الوليد بن طلال), not a title word. */
export const AR_SON_OF = set(['بن', 'ابن', 'بنت']);
/** Blessings written after a ruler's or a late person's name (رعاه الله، حفظه الله، رحمه الله). */
const BLESSINGS = ['رعاه', 'يرعاه', 'حفظه', 'يحفظه', 'أيده', 'رحمه', 'يرحمه'];
export const AR_BLESSINGS = set(BLESSINGS);
/** Words that end a speaker phrase: prepositions, time words, particles. */
export const AR_STOPS = set([
  'في', 'على', 'إلى', 'عن', 'من', 'خلال', 'أمام', 'اليوم', 'أمس', 'مساء', 'صباح', 'الليلة', 'لدى', 'مع', 'بعد',
  'قبل', 'عقب', 'إثر', 'حول', 'بشأن', 'أثناء', 'ل', 'ب', 'لـ', 'بـ', 'قد', 'كان', 'كانت', 'ان', 'أن', 'إن',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'الذي', 'التي',
  'ذلك', 'هذا', 'هذه', 'تلك', 'هؤلاء', 'أولئك', 'هذان', 'هاتان', 'فور', 'قبيل', 'بل', 'أخيرا', 'فقد', 'ثلاث', 'أربع', 'خمس', 'مرات', 'أيضا', 'كذلك', 'فيما', 'حيث', 'بينما', 'لكن', 'عبر', 'ضمن', 'وسط', 'قوله', 'قولها',
  'المنتدى', 'الأسبوع', 'الشهر', 'الماضي', 'المقبل', 'الجاري', 'الحالي', 'لوكالة', 'للصحفيين', 'لمراسل', 'بدوره', 'بدورها', 'تصريح', 'تصريحات', 'كلمة', 'بيان',
  'إذ', 'عندما', 'حين', 'حينما', 'كما', 'لما', 'منذ',
  // Conjunctions of time and manner (وبعدما نبّه إلى …، كلما، مثلما) open a clause, never a name.
  'بعدما', 'ريثما', 'كلما', 'طالما', 'لطالما', 'مثلما', 'حالما', 'بمجرد',
  // ما opens the object clause or a negation (برر الوزير X ما حدث، X ما زال), never a name part.
  'ما', 'مما',
  // "ونوه الوزير بحسب حساب الوزارة": "according to" opens the source, after the speaker's phrase.
  'بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا',
  // "كنزة البالغة من العمر 38 سنة": the age phrase follows the name.
  'البالغ', 'البالغة',
  // Time phrases (انطلقت الصحافية بداية شهر يناير): never a name after a title.
  'بداية', 'مطلع', 'منتصف', 'أواخر', 'أوائل', 'نهاية', 'شهر', 'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو',
  'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  // "المسؤول ذاته"، "الوزير نفسه": the same person again, never a name; أما opens a topic (أما X فقال).
  ...SAME_PERSON, 'أما',
  // Negation and exception particles (إلا أن الوزير شدد، ولم يستعمل): never a name.
  'إلا', 'لم', 'لن', 'لا', 'ليس', 'ليست', 'ولم', 'ولن', 'ولا', 'وليس',
  // Quantifiers and manner adverbs: "نفى الرئيس X بشدة أي إساءة" — what follows the name is the clause.
  'أي', 'كل', 'بعض', 'جميع', 'بشدة', 'بقوة', 'بوضوح', 'بحزم', 'بصراحة', 'مجددا', 'مرة', 'تماما',
  // Adverbial accusatives of the reply (أوضحت الفنانة X جوابا على سؤال، ردا على): never a name part.
  'جوابا', 'ردا', 'تعليقا', 'تعقيبا', 'إجابة',
  // "Seemed" (بدا، بدت): a verb, never a name part.
  'بدا', 'بدت',
  // Demonstratives behind a glued preposition: "وصرح الوزير بهذا الشأن".
  'بهذا', 'بهذه', 'لهذا', 'لهذه', 'بذلك', 'لذلك', 'بتلك',
  // Blessings after a ruler's titles (حاكم دبي، رعاه الله،): never a name.
  ...BLESSINGS,
]);
/** Compound name parts that bind to the next word (عبد الله، أبو قصرة، بن سلمان). */
export const AR_NAME_LINKS = set(['عبد', 'أبو', 'ابو', 'أبي', 'بن', 'ابن', 'بنت', 'آل', 'أم', 'ولد', 'دي', 'دو', 'فان', 'فون', 'لا',
  // Amazigh family names: "sons of" (لحسن أيت علي، آيت الطالب).
  'أيت', 'آيت',
  // Maghrebi surnames written joined (بنعبد الله، بوعبد الله): a link to the divine name after it.
  'بنعبد', 'بوعبد']);
/** Second halves of compound given names that start with ال (حسام الدين، عبد الله). */
export const AR_NAME_AL_PARTS = set(['الدين', 'الله', 'الرحمن', 'الرحيم', 'العزيز', 'الملك', 'الكريم', 'الحميد', 'الحق', 'النور',
  // Compound given names: فاطمة الزهراء.
  'الزهراء']);
/** Words before a quoted span that make it a name, not speech (وكالة “سانا”، مبادرة "…"). */
export const AR_NAMING_WORDS = set([
  'وكالة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع', 'منصة', 'شركة', 'مجمع', 'مجموعة', 'حزب', 'كتلة', 'حركة',
  'تيار', 'جبهة', 'قوات', 'مبادرة', 'برنامج', 'مشروع', 'حملة', 'عملية', 'مؤسسة', 'جمعية', 'مدينة', 'فندق',
  'بعنوان', 'عنوان', 'شعار', 'اسم', 'مسمى', 'تسمية', 'حزمة', 'خطة', 'مهرجان', 'مؤتمر', 'منتدى', 'مسلسل',
  'فيلم', 'كتاب', 'رواية', 'تطبيق', 'منظمة', 'ائتلاف', 'تحالف', 'لجنة', 'ملتقى', 'جائزة', 'مستشفى', 'مشفى',
  'مركز', 'معهد', 'جامعة', 'مبادرته', 'وسم', 'هاشتاغ', 'ميناء', 'مطار',
  'اتفاقية', 'معاهدة', 'صيغة', 'إعلان', 'وثيقة', 'عملية', 'مبادرة',
]);
/** Women's given names among AR_GIVEN_NAMES and beyond (Arabic and foreign, as Arabic copy writes
 * them): a name that opens with one is a woman's, for agreement with قالت، أضافت، مؤكدة. */
export const AR_FEMALE_NAMES = set([
  'فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'سارة', 'ليلى', 'سلمى', 'هدى', 'منى', 'نجاة', 'نادية', 'سميرة', 'أمينة',
  'رانيا', 'هالة', 'دينا', 'ريم', 'نبيلة', 'جميلة', 'لمياء', 'سعاد', 'وفاء', 'إيمان', 'أمل', 'رشا', 'هند', 'نوال',
  'آمنة', 'أسماء', 'بشرى', 'تغريد', 'حنان', 'خلود', 'دعاء', 'رباب', 'رحاب', 'رزان', 'روان', 'زهراء', 'سحر', 'سمر',
  'سوزان', 'شيماء', 'صفاء', 'عبير', 'علياء', 'غادة', 'فدوى', 'فرح', 'لبنى', 'لينا', 'مها', 'ميساء', 'ميرفت',
  'نسرين', 'نهى', 'هبة', 'هيفاء', 'ياسمين', 'كريستين', 'ماري', 'ماريا', 'آنا', 'أنجيلا', 'هيلاري', 'تيريزا',
  'إيناس', 'انتصار', 'ابتسام', 'اعتدال', 'تسنيم', 'إلهام', 'إنعام', 'إكرام', 'رشيدة', 'لطيفة', 'نعيمة', 'حليمة',
  'كريمة', 'سناء', 'رجاء', 'نزهة', 'مليكة', 'زهرة', 'أليس', 'اليس', 'جوليا', 'إليزابيث', 'كاترين', 'صوفي', 'إيزابيل',
]);
/** Given names written with the article, common in the Maghreb (الحبيب المالكي، الحسن الداودي): a
 * name starts there, not an institution. */
export const AR_AL_GIVEN_NAMES = set(['الحبيب', 'الحسن', 'الحسين', 'الطيب', 'المهدي', 'الهادي', 'المختار', 'الصادق', 'الطاهر',
  'المصطفى', 'البشير', 'العياشي', 'المكي', 'الغالي', 'المعطي', 'الميلودي', 'العربي', 'الوليد', 'العباس']);
/** Common Arabic given names (and their usual spellings): evidence that a phrase is a person. A name
 * not listed still counts when the article writes it twice or beside a title. */
export const AR_GIVEN_NAMES = set([
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عثمان', 'حسن', 'حسين', 'خالد', 'سعد', 'سعيد', 'سالم', 'سليمان',
  'إبراهيم', 'إسماعيل', 'يوسف', 'يعقوب', 'موسى', 'عيسى', 'يحيى', 'زكريا', 'داود', 'هارون', 'إدريس', 'صالح', 'هاني',
  'طارق', 'ماجد', 'فهد', 'فيصل', 'تركي', 'سلطان', 'نايف', 'بندر', 'منصور', 'ناصر', 'نبيل', 'وليد', 'هشام', 'عماد',
  'رامي', 'سامي', 'سامح', 'عادل', 'كمال', 'جمال', 'جميل', 'رشيد', 'حميد', 'مجيد', 'عزيز', 'كريم', 'حمزة', 'أنس',
  'أيمن', 'أسامة', 'ياسر', 'ياسين', 'زياد', 'رياض', 'فؤاد', 'مراد', 'جواد', 'مهدي', 'هادي', 'نزار', 'قاسم', 'جعفر',
  'باسم', 'بسام', 'حسام', 'عصام', 'هيثم', 'معاذ', 'بلال', 'نور', 'نوري', 'شريف', 'أشرف', 'مروان', 'راشد', 'حمد',
  'عبيد', 'غازي', 'توفيق', 'رضا', 'لطفي', 'منير', 'نجيب', 'حبيب', 'إلياس', 'جورج', 'ميشال', 'ميشيل', 'بطرس', 'جبران',
  'فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'سارة', 'ليلى', 'سلمى', 'هدى', 'منى', 'نجاة', 'نادية', 'سميرة', 'أمينة',
  'رانيا', 'هالة', 'دينا', 'ريم', 'نبيلة', 'جميلة', 'لمياء', 'سعاد', 'وفاء', 'إيمان', 'أمل', 'رشا', 'هند', 'نوال',
  'جون', 'ديفيد', 'مايكل', 'بول', 'بيار', 'جان', 'فلاديمير', 'سيرغي', 'سيرجي', 'دونالد', 'جو', 'باراك', 'إيمانويل',
  // More common given names, male then female, and frequent foreign ones as Arabic copy writes
  // them: a general list, not names taken from any evaluation article.
  'أسعد', 'أكرم', 'أنور', 'أيوب', 'إياد', 'بشار', 'بكر', 'بدر', 'باسل', 'بشير', 'بهاء', 'بلقاسم', 'ليث', 'لقمان', 'بولس', 'ثامر', 'جابر', 'جلال', 'حاتم', 'حازم', 'حافظ', 'حسان',
  'حمدي', 'خليل', 'خليفة', 'رائد', 'رامز', 'رضوان', 'رفيق', 'زهير', 'زيد', 'سامر', 'سعود', 'سلمان', 'سمير', 'شادي',
  'صابر', 'صادق', 'صبري', 'صلاح', 'ضياء', 'طلال', 'طه', 'عامر', 'عاطف', 'عبيدة', 'عدنان', 'عزت', 'علاء', 'عمار',
  'عمرو', 'عوض', 'عياد', 'غسان', 'فادي', 'فارس', 'فاروق', 'فتحي', 'فراس', 'فوزي', 'قيس', 'كاظم', 'لؤي', 'ماهر',
  'مازن', 'مثنى', 'مجدي', 'محسن', 'مختار', 'مدحت', 'مسعود', 'معتز', 'ممدوح', 'مهند', 'نادر', 'نصر',
  'نضال', 'نعيم', 'نواف', 'هاشم', 'وائل', 'وسام', 'وجدي', 'يونس', 'إسحاق',
  'آمنة', 'أسماء', 'بشرى', 'تغريد', 'حنان', 'خلود', 'دعاء', 'رباب', 'رحاب', 'رزان', 'روان', 'زهراء', 'سحر', 'سمر',
  'سوزان', 'شيماء', 'صفاء', 'عبير', 'علياء', 'غادة', 'فدوى', 'فرح', 'لبنى', 'لينا', 'مها', 'ميساء', 'ميرفت',
  'نسرين', 'نهى', 'هبة', 'هيفاء', 'ياسمين', 'كريستين', 'ماري', 'ماريا', 'آنا', 'أنجيلا', 'هيلاري', 'تيريزا',
  'ريتشارد', 'روبرت', 'جيمس', 'وليام', 'توماس', 'فرانسوا', 'نيكولا', 'أنطونيو', 'كارلوس', 'خوسيه',
  'ماريانو', 'جيل', 'مارك', 'بيتر', 'ستيفن', 'أندرو', 'ألكسندر', 'ديمتري', 'نيكولاي', 'رجب',
  // Given names shaped like verbal nouns (إفعال، افتعال، تفعيل), which would otherwise end a name.
  'إسلام', 'إيمان', 'إحسان', 'إخلاص', 'إنعام', 'إكرام', 'إلهام', 'إيناس', 'إشراق', 'انتصار', 'ابتسام', 'اعتدال',
  'تحسين', 'تيسير', 'تغريد', 'تسنيم',
]);
/** Words that are never part of a speaker's name: pronouns, pronoun-bearing prepositions, quantifiers,
 * particles, adverbs and kinship words (له، بها، وهو، البعض، رسمياً، زوجة). */
/** Offices in the broken plural (دعا X قادة الجبهة، التقى X رؤساء البلديات): the verb's object after a
 * name, never a part of it. */
export const AR_OFFICE_PLURALS = set(['قادة', 'زعماء', 'رؤساء', 'وزراء', 'نواب', 'أعضاء', 'سفراء', 'ممثلي', 'مسؤولي', 'مديري', 'قيادات', 'أمناء', 'محافظي', 'وكلاء', 'محامو', 'محاميا']);
/** Indefinite plural nouns of parties, groups and people (جهات، أطراف، عناصر): never a name, so
 * one right after a verb (حمّل جهات رسمية المسؤولية) is its object when the subject is dropped. */
export const AR_GROUP_NOUNS = set(['جهات', 'أطراف', 'دول', 'قوى', 'عناصر', 'أشخاص', 'أفراد', 'فصائل', 'مجموعات', 'جماعات',
  'ميليشيات', 'مسلحين', 'مسلحون', 'عائلات', 'سكان', 'مواطنين', 'مواطنون', 'مسؤولين', 'مسؤولون', 'أحزاب', 'شركات', 'منظمات']);
/** Subjects that are people nobody names (قال البعض، رأى آخرون، اعتبر كثيرون، بعض المحللين): the
 * cue has a subject, so it never carries the last speaker over, and it is nobody. */
export const AR_INDEFINITE_PEOPLE = set(['البعض', 'بعضهم', 'بعض', 'آخر', 'أخرى', 'آخرون', 'كثيرون', 'الكثيرون', 'الجميع', 'عدد']);
// (Raw spellings, folded by `set` where used.)
const KIN = ['زوجة', 'زوج', 'شقيق', 'شقيقة', 'والد', 'والدة', 'أرملة', 'نجل', 'نجلة', 'حفيد', 'ابنة'];
export const AR_PRONOUN_WORDS = set([
  'هو', 'هي', 'هم', 'هما', 'وهو', 'وهي', 'وهم', 'فهو', 'فهي', 'نحن', 'أنا', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'منه', 'منها', 'عنه', 'عنها',
  'عليه', 'عليها', 'إليه', 'إليها', 'فيه', 'فيها', 'آخر', 'أخرى', 'بعض', 'البعض', 'كل', 'عدم', 'ما', 'أول', 'لأن',
  // The dual and the feminine plural of those (قال لهن، تحدث إليهما).
  'لهن', 'لهما', 'بهن', 'بهما', 'منهن', 'منهما', 'عنهن', 'عنهما', 'عليهن', 'عليهما', 'إليهن', 'إليهما', 'فيهن', 'فيهما',
  'أو', 'ثم', 'لم', 'لن', 'لا', 'ليس', 'تم', 'تمت', 'قرار',
  // Quantifiers with a pronoun (كلها أغاني قدمها …، جميعهم، بعضهم): a noun phrase, never a name.
  'كله', 'كلها', 'كلهم', 'كلهن', 'جميعه', 'جميعها', 'جميعهم', 'بعضه', 'بعضها', 'بعضهم', 'معظمهم', 'أغلبهم',
  // Adverbs and time words that follow a subject (قال تسيبراس رسمياً، أعلن فجر اليوم).
  'رسميا', 'حاليا', 'شخصيا', 'نهائيا', 'فعليا', 'علنيا', 'مبدئيا', 'جزئيا', 'كليا', 'تقريبا', 'مجددا', 'سابقا', 'لاحقا',
  'مؤخرا', 'حرفيا', 'صراحة', 'علانية', 'فجر', 'ظهر', 'عشية', 'ليلا', 'نهارا', 'غدا',
  // (Moroccan copy dates by the part of the day: زوال يومه، صبيحة أمس، مساء اليوم.)
  'زوال', 'صبيحة', 'مساء', 'يومه',
  // Kinship words open an apposition after a name (نور … زوجة الطيار): never a name part.
  ...KIN,
]);
/** Kinship words (والدة الضحية، شقيق اللاعب): a relative the story does not name, never a name part. */
export const AR_KIN = set(KIN);
/** Title heads with no name after them: anonymous speakers (مسؤول يمني رفيع، مصادر وزارية). */
export const AR_ANONYMOUS_HEADS = set(['مسؤول', 'مسؤولة', 'مصدر', 'مصادر', 'دبلوماسي', 'أحد', 'مواطن', 'مزارع', 'قيادي', 'خبير', 'محلل']);
/** Heads of an unnamed source (مصدر مطلع، مصادر): such a title matches only someone described the same way. */
export const AR_SOURCE_HEADS = set(['مصدر', 'مصادر']);
/** An indefinite title with one of these heads (مسؤول في الوزارة، أحد الدبلوماسيين) introduces someone new. */
export const AR_FRESH_HEADS = set([...AR_SOURCE_HEADS, 'مسؤول', 'مسؤولة', 'دبلوماسي', 'أحد', 'إحدى']);
/** A title-only speaker with one of these heads is nobody in particular, so the quote is
 * unattributed: the anonymous heads, one member among many (عضو، إحدى) and plurals (وزراء). */
export const AR_UNNAMED_HEADS = set([...AR_ANONYMOUS_HEADS, 'عضو', 'إحدى', 'وزراء', 'مسؤولون', 'مسؤولين', 'مصادر', 'نواب', 'قياديون', 'صاحب', 'صاحبة']);
/** Heads of phrases that are never a speaker: projects, campaigns, plans, an agency name's tail. */
export const AR_SILENT_HEADS = set(['مشروع', 'حملة', 'خطة', 'برس']);
/** Outlets speak too (قالت صحيفة …، ذكرت وكالة …); projects and campaigns (مشروع، حملة) do not. */
/** Where or how words were said (في مقطع فيديو، في تصريح، خلال مؤتمر صحفي): never a name's start. */
export const AR_VENUES = set(['مقطع', 'فيديو', 'تسجيل', 'تصريح', 'تصريحات', 'بيان', 'مؤتمر', 'كلمة', 'مقابلة', 'حوار',
  'تغريدة', 'منشور', 'تدوينة', 'لقاء', 'اتصال', 'رسالة', 'خطاب', 'برنامج', 'ندوة', 'جلسة', 'حديث', 'مداخلة']);
/** Territorial units whose authorities speak (السلطات المحلية لإقليم X، لعمالة X): a name follows. */
export const AR_TERRITORIES = set(['إقليم', 'عمالة', 'ولاية', 'مدينة', 'جهة', 'محافظة', 'منطقة', 'بلدية', 'دائرة', 'مقاطعة']);
export const AR_MEDIA_HEADS = set(['وكالة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع', 'الوكالة', 'الصحيفة', 'القناة', 'الموقع']);
/** Words that keep a title going (مدير عام الإدارة، المتحدث باسم الوزارة، لشؤون). */
export const AR_TITLE_LINKS = set(['عام', 'باسم', 'بلسان', 'شؤون', 'لشؤون', 'العام']);
/** Heads of a generic title (مسؤول، وزير، لاعب) that may later refer back to a named person. */
export const AR_GENERIC_HEADS = set(['مسؤول', 'لاعب', 'وزير', 'متحدث', 'ناطق', 'دبلوماسي', 'مصدر']);
/** Verbs whose content may be a noun phrase with no أن (أكد التزام بلاده، أعلن إطلاق خطة). */
export const AR_NP_VERBS = set(['أكد', 'شدد', 'أعلن', 'أشار', 'أعرب', 'نفى', 'حذر', 'كشف', 'أبدى', 'جدد', 'بحث', 'مؤكدا', 'مشددا', 'معربا', 'مشيرا', 'لافتا', 'محذرا']);

/** Initials that stand for a person's name (م.ع، ف.ز، م.د.): two or three letters with dots. */
export const AR_INITIALS = /^\p{Script=Arabic}\.\p{Script=Arabic}(?:\.\p{Script=Arabic})?\.?$/u;

/** Nouns in the accusative that say what someone is taken for (اعتبره صديقا، جعله نموذجا، عينه رئيسا): never a name part. */
/** Whom words are said to, glued to ل after a title (قال رئيس المحكمة للدفاع، قال الوزير
 * للصحفيين): the addressee, never part of the office. Definite forms, folded once here. */
export const AR_ADDRESSEES = set(['الصحفيين', 'الصحافيين', 'الصحافة', 'الإعلاميين', 'الحضور', 'الحاضرين', 'الدفاع', 'المتهم', 'المتهمين', 'النواب', 'المواطنين', 'الجمهور', 'المشاركين', 'الطلاب']);
/** Adjectives of recency (تصريحات X الأخيرة، قمة العام الماضي): they describe the noun before a
 * name and are never a surname. */
export const AR_RECENCY_ADJECTIVES = set(['الأخير', 'الأخيرة', 'الماضي', 'الماضية', 'المقبل', 'المقبلة']);
export const AR_PREDICATE_NOUNS = set(['صديقا', 'عدوا', 'نموذجا', 'مثالا', 'قدوة', 'بطلا', 'ضيفا', 'شريكا', 'حليفا', 'خصما', 'رمزا', 'هدفا', 'مرشحا', 'خليفة', 'وسيطا', 'سفيرا', 'مستشارا', 'رئيسا', 'عضوا', 'ممثلا', 'ناطقا', 'متحدثا']);
/** What أمين is the keeper of (أمين العاصمة، أمين السر، أمين الصندوق، أمين المظالم): an office, not the given name. */
export const AR_AMIN_OF = set(['العام', 'العاصمة', 'السر', 'الصندوق', 'المظالم', 'المكتبة', 'المتحف']);
/** The dignities صاحب holds as an honorific (صاحب السمو); before anything else صاحب is an owner. */
export const AR_HELD_DIGNITIES = set(['السمو', 'الجلالة', 'المعالي', 'الفخامة', 'السعادة', 'الفضيلة', 'السماحة']);
/** An office's or a rank's own adjective (وزيرة منتدبة، سفير مفوض، العميد ركن، العقيد طيار). */
export const AR_OFFICE_ADJECTIVES = set(['منتدب', 'منتدبة', 'مفوض', 'مفوضة', 'مكلف', 'مكلفة', 'مناوب', 'مناوبة', 'فخري', 'فخرية', 'ركن', 'الركن', 'طيار', 'الطيار']);
/** Verbs of going on or starting before a subject (عاد ليقول، راح يقول، ظل يردد، أخذ يشرح، مضى يقول). */
export const AR_AUXILIARIES = set(['عاد', 'عادت', 'راح', 'راحت', 'ظل', 'ظلت', 'أخذ', 'أخذت', 'مضى', 'مضت', 'عاود', 'عاودت']);
/** Linking adverbs that open a clause before its subject (ثم عاد X، حيث دعا، إذ قال). */
export const AR_LINKS = set(['ثم', 'حيث', 'بحيث', 'إذ']);
/** Prepositions whose object is never the subject of a cue after it (بالحديث عن ضغط المباريات وقال). */
export const AR_OBJECT_PREPS = set(['عن', 'على', 'إلى', 'مع', 'حول', 'ضد', 'نحو']);
