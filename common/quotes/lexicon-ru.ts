// Russian cue lexicon: verbs of saying matched by stem (gender and number endings vary), titles,
// organisation heads, naming words and prepositions. Pure data: no DOM, no Node. Keys are lower case, ё→е.
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Past-tense stems; a cue is stem + л/ла/ло/ли (сказал, заявила) or the listed present forms. */
const PAST_STEMS = `сказа заяви сообщи отмети подчеркну поясни добави уточни рассказа указа написа призна
  пообеща завери счита напомни предупреди подтверди опроверг объясни констатирова вырази
  прокомментирова ответи заключи признава уверя настаива возрази заверя посетова пожалова
  выступи призва обрати поручи процитирова замети утвержда предположи допусти спроси продолжи
  вспомни подытожи резюмирова парирова отреагирова повтори пригрози потребова пошути посоветова
  заявля сообща говори отмеча подчеркива добавля уточня поясня рассказыва указыва сетова обеща
  призыва объяви назва предложи постанови предлага обвини обвиня раскритикова критикова осуди
  съязви иронизирова отчекани акцентирова высказа резюмирова`;
const STEMS = new Set(PAST_STEMS.split(/\s+/).filter(Boolean));
/** Stems whose verb of saying is reflexive: поделился, призналась, поинтересовался (-лся/-лась/-лись). */
const REFLEXIVE_STEMS = new Set(`подели призна поинтересова пожалова высказа возмути удиви
  покля похваста извини усомни отозва обрати посетова`.split(/\s+/).filter(Boolean));
const PRESENT = set(`считает считают говорит говорят полагает полагают уверен уверена отмечает заявляет
  сообщает рассказывает поясняет подчеркивает добавляет признает предупреждает напоминает пишет
  цитирует цитируют утверждает утверждают уверяет уверяют отмечают заявляют сообщают настаивает
  признается делится сетует возмущается объясняет убежден убеждена уточняет заключает констатирует
  рассуждает вспоминает подчеркивают предупреждают думает замечает рассказывают поясняют уточняют
  обвиняет обвиняют критикует критикуют обещает обещают резюмирует акцентирует иронизирует
  передает передают заключают признают уверены убеждены настаивают пишут добавляют напоминают объясняют
  констатируют резюмируют комментирует комментируют возражает возражают отвечает отвечают подтверждает
  подтверждают заверяет заверяют призывает призывают требует требуют предлагает предлагают сетуют
  жалуется жалуются опасается опасаются надеется надеются соглашается соглашаются`);
const PAST = /^(.+?)(?:л|ла|ло|ли)$/u;
const PAST_REFLEXIVE = /^(.+?)(?:лся|лась|лись)$/u;

/** Perfective gerunds of saying (…, сказав «…»; заявив, что …): the clause's subject speaks. */
export const RU_CUE_GERUNDS = set(`сказав заявив отметив подчеркнув добавив пояснив уточнив признав заключив напомнив
  предупредив заметив ответив рассказав`);

export function isRuCue(f: string): boolean {
  if (PRESENT.has(f) || RU_CUE_GERUNDS.has(f)) return true;
  const m = PAST.exec(f);
  if (m) return STEMS.has(m[1] ?? '');
  const r = PAST_REFLEXIVE.exec(f);
  return !!r && REFLEXIVE_STEMS.has(r[1] ?? '');
}
/** Adjective endings, every gender, number and case (российский, турецкого, бывшая). */
export const RU_ADJ_END = /(?:ого|его|ому|ему|ой|ей|ым|им|ых|их|ый|ий|ая|яя|ое|ее|ые|ие|ую|юю)$/u;
/** The head of an office phrase (folded words): its first word past the adjectives that are no title
 * themselves (турецкий лидер, бывший министр; but генеральный директор). */
export function ruTitleHead(ws: string[]): string {
  return ws[ruTitleHeadAt(ws)] ?? '';
}
/** Where ruTitleHead's word is in `ws`. */
export function ruTitleHeadAt(ws: string[]): number {
  let h = 0;
  // (Words only: "60-летнего музыканта" reads as it did, a description, not an office.)
  while (h < ws.length - 1 && /^\p{L}+$/u.test(ws[h]!) && RU_ADJ_END.test(ws[h]!) && !RU_TITLES.has(ws[h]!)) h++;
  return h;
}
// A nationality adjective and its country in the genitive name one country (германской ~
// Германии, финского ~ Финляндии): compared by their first three letters.
export const RU_NATIONAL_ADJ = /^\p{Script=Cyrillic}{3,}(?:ск|цк)(?:ий|ая|ое|ого|ой|ому|ом|им|ие|их|ую)$/u;
export const RU_COUNTRY_GEN = /^\p{Script=Cyrillic}{4,}ии$/u;
/** Does a nationality adjective among `asked` (российский) name another country than every one in
 * `own`, an office's words (президент турции)? False when either names none. Folded words. */
export function ruOtherCountry(asked: string[], own: string[]): boolean {
  const adj = asked.filter((w) => RU_NATIONAL_ADJ.test(w));
  const theirs = own.filter((w) => RU_NATIONAL_ADJ.test(w) || RU_COUNTRY_GEN.test(w));
  return adj.length > 0 && theirs.length > 0 && !adj.some((a) => theirs.some((o) => ruSameCountry(a, o)));
}
// Nationality adjectives whose country is spelt otherwise (немецкий ~ Германии, британский ~
// Великобритании), by their stems; every other pair is compared by its first three letters.
const COUNTRY_OF: [string, string[]][] = [
  ['немецк', ['герман', 'фрг']], ['британск', ['великобритан', 'британ', 'англ']], ['английск', ['англ', 'великобритан']],
  ['американск', ['сша', 'америк']], ['голландск', ['нидерланд', 'голланд']], ['российск', ['росси', 'рф']],
  ['белорусск', ['белорус', 'беларус']], ['швейцарск', ['швейцар']], ['бельгийск', ['бельги']],
];
const alias = (x: string, y: string): boolean => COUNTRY_OF.some(([adj, stems]) => x.startsWith(adj) && stems.some((st) => y.startsWith(st)));
/** Do a nationality adjective and a country word (or another adjective) name one country? */
export function ruSameCountry(a: string, b: string): boolean {
  return a.slice(0, 3) === b.slice(0, 3) || alias(a, b) || alias(b, a);
}
/** Is `country` (a genitive in -ии, or one the aliases spell: Германии, США) the country of the
 * nationality adjective `adj`? Folded words. */
export function ruCountryOf(adj: string, country: string): boolean {
  return RU_NATIONAL_ADJ.test(adj) && ((RU_COUNTRY_GEN.test(country) && adj.slice(0, 3) === country.slice(0, 3)) || alias(adj, country));
}
/** Lower-case particles inside a name (Урсула фон дер Ляйен, Мухаммед бен Сальман), as written. */
export const RU_NAME_PARTICLE = /^(?:фон|дер|ван|де|ди|да|дос|дель|делла|ибн|бен|бин|ле|ла)$/u;
// An outlet's kind in the genitive (по данным агентства, издания, СМИ): it only relays.
export const RU_OUTLET_GENITIVE = /^(?:(?:информ)?агентства|газеты|издания|телеканала|радиостанции|портала|сайта|журнала|сми)$/u;
export const RU_THAT = set('что');
export const RU_PRONOUNS = set('он она они');
/** По словам X, по мнению X (in X's view: X speaks), по данным X (X only relays). */
export const RU_ACCORDING = set('словам мнению данным');
/** Impersonal verbs of a document's content: "говорится в сообщении", "в заявлении сказано". */
export const RU_STATEMENT_VERBS = set('говорится сказано указано отмечается подчеркивается утверждается');
/** Nouns of a document (в сообщении, в тексте открытого письма, в статье), matched by stem. */
export const RU_DOCUMENT = /^(?:сообщени|заявлени|пресс-релиз|документ|письм|обращени|текст|стать[еи]|книг|колонк|блог|доклад|публикаци|материал|докумен)/u;
/** Titles (lower case, nominative and common cases). */
export const RU_TITLES = set(`министр министра замминистра вице-премьер премьер президент глава главы директор
  директора генеральный пресс-секретарь пресс-секретаря представитель представителя официальный депутат
  депутата спикер посол посла губернатор губернатора мэр мэра председатель председателя заместитель
  руководитель аналитик аналитика эксперт эксперта инженер синоптик дипломат источник собеседник пассажир
  жительница житель глава урбанист политолог экономист социолог историк юрист адвокат активист`);
// Further titles and descriptions written before a name (тренер, профессор, сенатор), in the
// nominative; their genitive (по словам тренера, наставника команды) is added by `genitive`.
const MORE_TITLES = `тренер наставник чемпион чемпионка капитан форвард нападающий защитник полузащитник вратарь
  игрок спортсмен спортсменка певец певица актер актриса режиссер писатель писательница журналист
  журналистка профессор ученый врач сенатор лидер генерал полковник прокурор судья ректор советник
  помощник основатель владелец уполномоченный омбудсмен генсек генсекретарь канцлер командующий
  скульптор художник художница архитектор композитор дирижер музыкант поэт поэтесса фотограф продюсер
  бизнесмен предприниматель космонавт пилот футболист хоккеист теннисист теннисистка боксер священник
  протоиерей патриарх митрополит епископ архиепископ муфтий раввин имам пастор
  чиновник чиновница министерша вице-президент премьер-министр вице-губернатор глава-министр замглавы пресс-атташе
  генпрокурор парламентарий политик оппозиционер блогер автор публицист правозащитник общественник исследователь
  ветеран начальник замначальника управляющий
  секретарь госсекретарь генконсул консул постпред комиссар еврокомиссар конгрессмен вице-спикер зампред сопредседатель
  гендиректор замгендиректора следователь академик член-корреспондент очевидец очевидица свидетель свидетельница
  коллега`;
/** The genitive singular of a title noun: тренер → тренера, судья → судьи, нападающий → нападающего. */
const genitive = (w: string): string => {
  if (/[ыо]й$/u.test(w)) return `${w.slice(0, -2)}ого`;
  if (/ий$/u.test(w)) return `${w.slice(0, -2)}его`;
  if (/ь$/u.test(w)) return `${w.slice(0, -1)}я`;
  if (/[гкхжчшщ]а$/u.test(w)) return `${w.slice(0, -1)}и`;
  if (/а$/u.test(w)) return `${w.slice(0, -1)}ы`;
  if (/я$/u.test(w)) return `${w.slice(0, -1)}и`;
  if (/(?:е|и|у|ы)$/u.test(w)) return w;
  return `${w}а`;
};
for (const w of MORE_TITLES.split(/\s+/).filter(Boolean)) RU_TITLES.add(w).add(genitive(w));
// The first list's nominatives take their genitive too (по словам президента, губернатора).
for (const w of [...RU_TITLES]) if (!/[аяы]$/u.test(w)) RU_TITLES.add(genitive(w));
/** Descriptions that are no office (парламентарий, предприниматель, писатель): alone after a cue
 * they mean the person named last, whatever office the story gave them (epithet-ru.ts). */
export const RU_EPITHETS = set(`парламентарий политик оппозиционер блогер автор публицист правозащитник общественник
  исследователь писатель писательница предприниматель бизнесмен ученый ветеран
  режиссер актер актриса певица музыкант художник поэт композитор артист артистка продюсер телеведущий
  спортсмен спортсменка футболист хоккеист теннисист теннисистка шахматист боксер фигурист фигуристка`);
// Their genitive (= accusative of a person): "— цитирует ТАСС оппозиционера", "… режиссера".
for (const w of [...RU_EPITHETS]) RU_EPITHETS.add(genitive(w));
// (One with a fleeting vowel, which `genitive` does not spell: певец, певца.)
for (const w of ['певец', 'певца']) RU_EPITHETS.add(w);
// Agent nouns for anyone of a crowd (покупатель, водитель, сотрудник): left to the older reading.
const RU_ANYONE = set(`сотрудник работник участник пользователь покупатель посетитель зритель слушатель читатель
  водитель родитель учитель избиратель заявитель болельщик`);
/** A person's noun by its agent suffix (градоначальник, перевозчик), not in the lists nor one of a
 * crowd: after a verb of saying, the one who spoke, described. */
export const ruAgentNoun = (f: string): boolean => /^\p{Ll}{4,}(?:ник|чик|щик|тель)$/u.test(f) && !RU_TITLES.has(f) && !RU_ANYONE.has(f);
// Adverbs that end like a man's noun (— сказал вслух, — признал всерьез).
const CONSONANT_ADVERBS = set('вслух всерьез всерьёз наизусть вдвоем втроем впрок наотрез');
/** A lower-case noun shaped like a man's in the nominative (банкир, инвестор, миллиардер): after a
 * verb of saying and before the clause's end, a description of the one who spoke. */
export const ruPersonNounAtEnd = (f: string): boolean =>
  ruAgentNoun(f) || (/^\p{Ll}{4,}[бвгджзклмнпрстфхцчшщь]$/u.test(f) && !RU_TITLES.has(f) && !RU_ANYONE.has(f) && !CONSONANT_ADVERBS.has(f));
/** Commentators (эксперт, аналитик): alone after a cue, only someone already quoted at length is
 * meant (Как указал эксперт, …), never any person the story merely named. */
export const RU_COMMENTATORS = set('эксперт аналитик специалист политолог экономист');
for (const w of [...RU_COMMENTATORS]) RU_COMMENTATORS.add(genitive(w));
export const RU_GENERIC = set('дипломат министр чиновник источник собеседник вице-премьер глава');
/** Federal agencies written as one word from "Рос-" and their field (Роспотребнадзор, Росстат,
 * Роснефть, Росгвардия), in any case: bodies, never a person (Ростислав, Ростов stay names). */
export const RU_FEDERAL_AGENCY = /^рос\p{Ll}*(?:надзор|стат|нефт|атом|космос|гварди|реестр|авиаци|автодор|имуществ|архив|туризм|молодеж|лесхоз|рыболовств|резерв|финмониторинг|аккредитаци|алкогольрегулировани|морречфлот|сет|тех|нано|транс)/u;
/** Bodies written as one clipped compound (Генпрокуратура = Генеральная прокуратура, Совфед = Совет
 * Федерации, Следком, Облсуд), which stories use as often as the full name (compound-ru.ts). */
export const RU_CLIPPED_BODIES = ['генпрокуратур', 'генштаб', 'генконсульств', 'госдум', 'госдеп', 'госсовет', 'совфед', 'совбез', 'следком',
  'избирком', 'горизбирком', 'облизбирком', 'центризбирком', 'горсовет', 'горсуд', 'облсуд', 'мосгорсуд', 'заксобрани', 'мосгордум', 'профсоюз', 'погранслужб'];
/** Heads of organisations, which are capitalised but are not names. */
export const RU_ORG_STEMS = ['ассоциац', 'центр', 'министерств', 'мид', 'правительств', 'компани', 'минэнерго', 'росавиац', 'фракци', 'кремл', 'минздрав', 'минобороны', 'администрац', 'сбер', 'банк', ...RU_CLIPPED_BODIES];
// Nouns that head an organisation's name and are capitalised in it (лидер Движения против …, глава
// Отдела по …, Совета Федерации), in their case forms only, so no surname that starts alike is one.
const ORG_NOUN_FORMS: [string, string][] = [
  ['отдел комитет совет союз институт фонд департамент университет суд кабинет альянс синод', '|а|у|ом|е'],
  ['движени управлени собрани объединени', 'е|я|ю|ем|и'],
  ['комисси академи федераци парти организаци корпораци инспекци коллеги', 'я|и|ю|ей'],
  ['служб палат', 'а|ы|е|у|ой'], ['обществ агентств ведомств', 'о|а|у|ом|е'], ['церк', 'овь|ви|овью'],
];
const ORG_NOUN = new RegExp(`^(?:${ORG_NOUN_FORMS.map(([stems, ends]) => `(?:${stems.split(' ').join('|')})(?:${ends})`).join('|')})$`, 'u');
/** A capitalised organisation noun (Движения, Отдела, Совета, Церкви): never a person's name. */
export const isRuOrgNoun = (f: string): boolean => ORG_NOUN.test(f);

/** Adverbs by their ending (неожиданно, официально, категорически). */
export const RU_ADVERB_END = /\p{L}{4}(?:ично|енно|анно|ально|ельно|чески)$/u;
// Adverbs of manner and degree that a verb of saying takes (впервые, крайне), which no ending marks.
const MANNER = set('впервые крайне весьма вполне слишком очень совсем вновь снова лично вслух');
/** A lower-case folded word that is an adverb of manner (прямо, открыто, резко, неоднократно,
 * впервые): listed, or ending in -о, not a neuter noun (агентство, руководство, бюро). */
export const isRuMannerAdverb = (f: string): boolean =>
  MANNER.has(f) || RU_ADVERB_END.test(f) || (/^\p{Ll}{3,}о$/u.test(f) && !/(?:ство|тво|ро)$/u.test(f) && !isRuOrgNoun(f));
// Ministries by their short names (folded) and the field a minister of each is named by.
export const RU_MINISTRIES: [string, string][] = [
  ['минздрав', 'здравоохранения'], ['минфин', 'финансов'], ['минобороны', 'обороны'], ['минэнерго', 'энергетики'],
  ['минтранс', 'транспорта'], ['минюст', 'юстиции'], ['минтруд', 'труда'], ['минкультуры', 'культуры'], ['минспорт', 'спорта'],
  ['минприроды', 'природных ресурсов'], ['минсельхоз', 'сельского хозяйства'], ['минобрнауки', 'науки'],
  ['минпросвещения', 'просвещения'], ['минстрой', 'строительства'], ['минцифры', 'цифрового развития'],
  ['минэкономразвития', 'экономического развития'], ['минпромторг', 'промышленности'], ['мид', 'иностранных дел'],
];
/** An outlet named by its kind in the nominative (агентство «X», газета «Y»). */
export const RU_OUTLET_NOUN = /^(?:(?:информ)?агентство|газета|издание|телеканал|радиостанция|портал|сайт|журнал)$/u;
/** Their plural, which spells like a genitive (представитель агентства): an outlet only after an
 * adjective in the nominative plural (российские информагентства). */
export const RU_OUTLET_PLURAL = /^(?:(?:информ)?агентства|газеты|издания|телеканалы|радиостанции|порталы|сайты|журналы|сми)$/u;
/** Words before a quoted span that make it a name, not speech. */
export const RU_NAMING = set(`газета газете газеты газету журнал журнала компания компании компанией фракция фракции
  партия партии проект проекта проекте операция операции программа программы центр центра центре агентство
  агентства названием название телеканал телеканала телеканалу издание издания изданию фонд фонда движение
  движения банк банка завод завода аэропорт аэропорта порт портал сайт платформа
  форум форума форуме фильм фильма фильме статья статьи статье статью книга книги книге книгу
  заголовок заголовком заголовке песня песни песню песне альбом альбома спектакль спектакля роман романа
  сериал сериала фестиваль фестиваля фестивале конкурс конкурса выставка выставки выставке`);
/** Of those, works that take their author's name before their title (статье Сомова «…»). */
export const RU_WORKS = set('статья статьи статье статью книга книги книге книгу фильм фильма фильме песня песни песню песне альбом альбома');
/** Words that open a subordinate clause (X опроверг слухи о том, что Y …): a name or a verb of
 * saying after one in its sentence tells what was said, not who speaks next. */
export const RU_SUBORDINATORS = set('что чтобы будто');
export const RU_PREPS = set('на в во из по для от к ко с со у о об при за под над перед через');

/** Heads of an unnamed source (источник в МИД, собеседник агентства). */
export const RU_SOURCE_HEADS = set('источник источники собеседник');
/** Heads of a generic title that may later refer back to a named person (the resolver's; narrower than RU_GENERIC). */
export const RU_GENERIC_HEADS = set('дипломат министр чиновник источник собеседник');
/** Capitalised at a sentence start, never a name: Russian conjunctions, particles and pronouns. */
export const RU_NOT_NAME = set('но и а не ни в на по это как однако также при для из если когда так тем он она они мы все там здесь теперь ранее');
/** Adverbs, particles, demonstratives and prepositions that open a sentence capitalised (Далее, Вот,
 * Согласно, Одновременно, Эта) and are never a name or part of one. */
export const RU_OPENERS = set(`согласно вот одновременно далее слова эта этот эти этой этого тогда потом поэтому
  сегодня вчера завтра наконец впоследствии после сам сама сами сейчас уже еще именно лишь только даже зато
  ведь вдобавок кстати итак тут вскоре недавно позже следом напротив вместо благодаря несмотря вслед его ее их
  обычно иногда часто всегда никогда был была было были будет будут давайте давай некоторые многие против
  сначала сперва вначале поначалу изначально затем позднее параллельно дополнительно заодно возможно вероятно
  видимо конечно разумеется безусловно естественно действительно примечательно напомним отметим добавим
  накануне теперь отныне тотчас сразу опять снова вновь внезапно вдруг лично`);
for (const w of RU_OPENERS) RU_NOT_NAME.add(w);
/** Words after a clause-opening «в» that make it a time or a circumstance (В среду, В ходе встречи,
 * В 2010 году, В связи с этим), never an office that speaks (В Кремле заявили). */
export const RU_NOT_OFFICE = set(`понедельник вторник среду четверг пятницу субботу воскресенье январе феврале марте
  апреле мае июне июле августе сентябре октябре ноябре декабре году годы прошлом этом ближайшее ходе связи
  результате рамках течение конце начале середине свою итоге целом частности среднем ответ день ночь минувшие последние`);
/** Parentheticals set off by commas (в свою очередь, в частности): no inversion of the cue after them. */
export const RU_ASIDES = ['в свою очередь', 'в частности', 'при этом', 'кроме того', 'в то же время', 'тем временем', 'между тем', 'однако', 'впрочем', 'со своей стороны'];

// Word lists of the Russian subject and title readers (speaker-ru.ts).
// Nouns of a place in the genitive, whose own name follows them (города Немуро, острова Хоккайдо).
export const RU_PLACE_NOUNS = /^(?:города|острова|села|поселка|деревни|станицы|префектуры|провинции|штата)$/u;
// Phrases that open a circumstance after a title (во время, в ходе, на встрече, после), never part
// of the office itself (по связям с общественностью, при президенте, от фракции are).
export const RU_CIRCUMSTANCE: Record<string, Set<string> | null> = {
  во: new Set(['время']),
  в: new Set(['ходе', 'рамках', 'интервью', 'эфире', 'разговоре', 'беседе', 'ответ']),
  на: new Set(['встрече', 'пресс-конференции', 'брифинге', 'заседании', 'совещании', 'форуме']),
  после: null,
  перед: null,
};
// Bodies that speak in their own name, in the nominative (Министерство финансов сообщило, МИД России
// заявил, Пресс-служба губернатора сообщила).
export const RU_BODY_SUBJECT = new RegExp(`^(?:${[...set(`
  министерство ведомство правительство посольство консульство агентство пресс-служба пресс-центр администрация
  мэрия прокуратура генпрокуратура полиция компания корпорация концерн партия фракция комиссия кремль суд штаб
  департамент управление служба комитет совет фонд организация ассоциация федерация минфин минздрав минобороны
  минэнерго минтранс минюст минтруд минпромторг минэкономразвития минприроды минсельхоз минобрнауки
  минпросвещения минстрой минцифры минкультуры минспорт мид мчс мвд фсб цб оон нато ес обсе вто воз магатэ мок
  фифа уефа госдеп госдепартамент госдума генштаб совбез совфед следком пентагон евросоюз
  еврокомиссия европарламент бундестаг конгресс сенат кабмин рада кнессет парламент`)].join('|')})$`, 'u');
/** A body named by a capitalised adjective and its noun (Следственный комитет, Верховная рада,
 * Белый дом), the noun folded: it opens a clause as its subject like a one-word body. */
export const RU_BODY_NOUN = /^(?:комитет|суд|комисси[яи]|дума|прокуратура|союз|совет|палата|рада|штаб|служба|партия|банк|собрание|дом)$/u;
// Words of an opener before a sentence's subject that names nobody (Об этом, При этом, Кроме того,
// В свою очередь, Тем временем), besides the adverbs.
export const RU_LEAD_WORDS = new Set(['о', 'этом', 'том', 'того', 'свою', 'очередь', 'ответ', 'временем']);
// Adverbs between a subject and its verb (Роскосмос пока не считает, МИД уже заявил).
export const RU_SUBJECT_ADVERBS = new Set(['пока', 'уже', 'еще', 'тоже', 'также', 'вновь', 'снова', 'сегодня', 'вчера', 'ранее', 'официально', 'публично']);

/** Common Russian given names in the nominative (ё as е): after a place noun (мэр города Павел
 * Сомов) such a word opens the holder's name, not the place's. */
/** Women's given names in the nominative (ё as е), and foreign ones Russian news writes (Ангела,
 * Хиллари): their oblique forms (Ангелой, Юлии) tell a woman's name and its case. */
export const RU_FEMALE_GIVEN_NAMES = set(`алла алена алина алиса анастасия анна антонина валентина валерия вера вероника
  виктория галина дарья евгения екатерина елена елизавета жанна зоя инна ирина карина кира клавдия кристина
  ксения лариса лидия любовь людмила маргарита марина мария надежда наталья наталия нина оксана ольга полина
  раиса светлана софья тамара татьяна ульяна эльвира юлия яна александра майя
  ангела хиллари тереза урсула камала нэнси кэтрин мишель марин джорджия кая анналена`);
export const RU_GIVEN_NAMES = new Set([...set(`александр алексей анатолий андрей антон аркадий арсений артем артур борис вадим
  валентин валерий василий виктор виталий владимир владислав всеволод вячеслав геннадий георгий герман глеб
  григорий даниил денис дмитрий евгений егор иван игорь илья иосиф кирилл константин лев леонид максим марат
  матвей михаил никита николай олег павел петр роман руслан рустам святослав семен сергей станислав степан
  тимофей тимур федор филипп эдуард юрий яков ярослав рамзан ахмат магомед муртаза шамиль`), ...RU_FEMALE_GIVEN_NAMES]);

/** Descriptions any official may be called by, whatever their office (дипломат for a deputy minister
 * of foreign affairs, чиновник for a head of department), and a rank (генерал for the committee's
 * spokesman, who holds one). Folded words. */
export const RU_OFFICIAL_DESCRIPTIONS = /^(?:дипломат|чиновник|политик|функционер|генерал(?:-\p{L}+)?)$/u;
/** A member of parliament, and the parliaments and their offices whose holders are members. */
export const RU_MEMBER = /^(?:депутат|парламентари|законодател|сенатор)/u;
export const RU_PARLIAMENT = /^(?:госдум|дум[аыеу]|рад[аыеу]|парламент|сенат|совфед|конгресс|кнессет|меджлис|бундестаг|депутат|спикер|вице-спикер|сенатор)/u;
/** Bodies named by their kind (глава банка for the head of Сбербанк, глава ведомства for Роскосмос's;
 * the central bank too: глава Центробанка, ЦБ, регулятора), by stem. */
export const RU_BODY_KINDS = /^(?:ведомств|министерств|банк|центробанк|цб|регулятор|компани|корпораци|госкорпораци|агентств|организаци|служб|учреждени|холдинг|концерн|фонд|клуб|команд|парти|администраци|региона|области|края|республики|города)/u;
