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
  призыва объяви назва`;
const STEMS = new Set(PAST_STEMS.split(/\s+/).filter(Boolean));
/** Stems whose verb of saying is reflexive: поделился, призналась, поинтересовался (-лся/-лась/-лись). */
const REFLEXIVE_STEMS = new Set(`подели призна поинтересова пожалова высказа возмути удиви
  покля похваста извини усомни отозва обрати посетова`.split(/\s+/).filter(Boolean));
const PRESENT = set(`считает считают говорит говорят полагает полагают уверен уверена отмечает заявляет
  сообщает рассказывает поясняет подчеркивает добавляет признает предупреждает напоминает пишет
  цитирует цитируют утверждает утверждают уверяет уверяют отмечают заявляют сообщают настаивает
  признается делится сетует возмущается объясняет убежден убеждена уточняет заключает констатирует
  рассуждает вспоминает подчеркивают предупреждают думает замечает рассказывают поясняют уточняют`);
const PAST = /^(.+?)(?:л|ла|ло|ли)$/u;
const PAST_REFLEXIVE = /^(.+?)(?:лся|лась|лись)$/u;

export function isRuCue(f: string): boolean {
  if (PRESENT.has(f)) return true;
  const m = PAST.exec(f);
  if (m) return STEMS.has(m[1] ?? '');
  const r = PAST_REFLEXIVE.exec(f);
  return !!r && REFLEXIVE_STEMS.has(r[1] ?? '');
}
export const RU_THAT = set('что');
export const RU_PRONOUNS = set('он она они');
/** По словам X; как отметил X; по данным X; со ссылкой на X. */
export const RU_ACCORDING = set('словам данным');
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
  чиновник чиновница министерша вице-президент премьер-министр вице-губернатор глава-министр замглавы пресс-атташе`;
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
export const RU_GENERIC = set('дипломат министр чиновник источник собеседник вице-премьер глава');
/** Heads of organisations, which are capitalised but are not names. */
export const RU_ORG_STEMS = ['ассоциац', 'центр', 'министерств', 'мид', 'госдум', 'правительств', 'компани', 'минэнерго', 'росавиац', 'фракци', 'кремл', 'минздрав', 'минобороны', 'администрац', 'сбер', 'банк'];
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
/** Words before a quoted span that make it a name, not speech. */
export const RU_NAMING = set(`газета газете газеты газету журнал журнала компания компании компанией фракция фракции
  партия партии проект проекта проекте операция операции программа программы центр центра центре агентство
  агентства названием название телеканал телеканала телеканалу издание издания изданию фонд фонда движение
  движения банк банка завод завода аэропорт аэропорта порт портал сайт платформа`);
export const RU_PREPS = set('на в во из по для от к ко с со у о об при за под над перед через');

/** Heads of an unnamed source (источник в МИД, собеседник агентства). */
export const RU_SOURCE_HEADS = set('источник источники собеседник');
/** Heads of a generic title that may later refer back to a named person (the resolver's; narrower than RU_GENERIC). */
export const RU_GENERIC_HEADS = set('дипломат министр чиновник источник собеседник');
/** Capitalised at a sentence start, never a name: Russian conjunctions, particles and pronouns. */
export const RU_NOT_NAME = set('но и а в на по это как однако также при для из если когда так тем он она они мы все там здесь теперь ранее');
/** Adverbs, particles, demonstratives and prepositions that open a sentence capitalised (Далее, Вот,
 * Согласно, Одновременно, Эта) and are never a name or part of one. */
export const RU_OPENERS = set(`согласно вот одновременно далее слова эта этот эти этой этого тогда потом поэтому
  сегодня вчера завтра наконец впоследствии после сам сама сами сейчас уже еще именно лишь только даже зато
  ведь вдобавок кстати итак тут вскоре недавно позже следом напротив вместо благодаря несмотря вслед его ее их`);
for (const w of RU_OPENERS) RU_NOT_NAME.add(w);
/** Words after a clause-opening «в» that make it a time or a circumstance (В среду, В ходе встречи,
 * В 2010 году, В связи с этим), never an office that speaks (В Кремле заявили). */
export const RU_NOT_OFFICE = set(`понедельник вторник среду четверг пятницу субботу воскресенье январе феврале марте
  апреле мае июне июле августе сентябре октябре ноябре декабре году годы прошлом этом ближайшее ходе связи
  результате рамках течение конце начале середине свою итоге целом частности среднем ответ день ночь минувшие последние`);
/** Parentheticals set off by commas (в свою очередь, в частности): no inversion of the cue after them. */
export const RU_ASIDES = ['в свою очередь', 'в частности', 'при этом', 'кроме того', 'в то же время', 'тем временем', 'между тем', 'однако', 'впрочем', 'со своей стороны'];
