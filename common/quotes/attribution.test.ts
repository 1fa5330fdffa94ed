// Table tests of the attribution rules: gendered pronouns and pro-drop cues, appositives, title-only
// and anonymous speakers, honorific pronouns, place phrases in Arabic titles, statement sources.
// Lines are hand-written for these tests (none copied from published articles, none from the
// evaluation set), so they check the rules, not the fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../domain.js';
import { directCases, run, type Case } from './attribution-table.test.js';

const CASES: Case[] = [
  ['an appositive with an affiliation or a one-word place: the speaker stands before it', 'en', `Title
Councillor Tom Harlow spoke first. Mr Harlow, MP for Eastbridge, Kent, said the plan was "a waste of public money".
Sara Lind, for the Green Party, said the council had "ignored every warning it was given".`, [
    ['a waste of public money', 'Tom Harlow'], ['ignored every warning it was given', 'Sara Lind'],
  ]],
  ['flattened paragraphs (BBC): a quote mark after a finished sentence opens the next paragraph of the speech', 'en', `Title
The festive season was a time for families, the opposition leader Michael Grant said in his message.
"We watched the storm with a sense of shock. The scale of what happened is hard to take in. "Yet the country has answered with kindness. The past week has shown what this nation is made of." He went on to praise the "quiet courage of volunteers" in every town. "Who will pay for the repairs? Who will rebuild the roads? "Who could be relied on to get it done on time?"`, [
    ['We watched the storm with a sense of shock. The scale of what happened is hard to take in', 'Michael Grant'],
    ['Yet the country has answered with kindness. The past week has shown what this nation is made of', 'Michael Grant'],
    ['quiet courage of volunteers', 'Michael Grant'],
    ['Who will pay for the repairs? Who will rebuild the roads', 'Michael Grant'],
    ['Who could be relied on to get it done on time', 'Michael Grant'],
  ]],
  ['she added after a man: the last woman speaking', 'en', `Title
Harbour Trust spokeswoman Ines Moreau said the ferry would run again on Friday. "The hull repairs are finished," Moreau said.
Council leader Tom Braddock said he would have the berth inspected first.
"We are not cutting corners on safety," she added.`, [
    ['The hull repairs are finished', 'Ines Moreau'], ['We are not cutting corners on safety', 'Ines Moreau'],
  ]],
  ['a trailing cue after a name and its appositive', 'en', `Title
"Rents have doubled in five years," Dana Whitley, the city's housing director, said on Monday.`, [['Rents have doubled in five years', 'Dana Whitley']]],
  ['he said means the person just introduced in subject position', 'en', `Title
"The plan is sound," said Priya Rao, an analyst at Kestrel Partners.
Mayor Owen Clarke, a former nurse, has promised to reopen the clinic. "People here waited long enough," he said.`, [
    ['The plan is sound', 'Priya Rao'], ['People here waited long enough', 'Owen Clarke'],
  ]],
  ['a definite lede title is the person named next; the headline follows', 'en', `Union head: 'We will strike if talks fail'
The general secretary of the Northern Rail Union has warned that members will walk out next month.
Martin Osei told the BBC the union had been "left with no choice".
'We will strike if talks fail,' he said.`, [
    ['We will strike if talks fail', 'Martin Osei', 'headline'], ['left with no choice', 'Martin Osei'], ['We will strike if talks fail', 'Martin Osei'],
  ]],
  ['an unnamed spokesperson is nobody, and so are "the official" and "she added" after one', 'en', `Title
"Talks will resume next week," Foreign Minister Omar Rahman said.
"The date is not fixed yet," a foreign ministry spokesperson said.
A senior customs official, speaking on condition of anonymity, said the queues were the worst in years. "We are short of staff everywhere," the official said.
A spokeswoman for the port authority said the backlog would clear. She added: "We expect normal traffic by the end of the month."`, [
    ['Talks will resume next week', 'Omar Rahman'], ['The date is not fixed yet', null], ['We are short of staff everywhere', null],
    ['We expect normal traffic by the end of the month', null],
  ]],
  ['a spokesman for an office is nobody in particular; put it; a verbless lead-in', 'en', `Title
A spokesman for the regional transport office said: "The timetable will change in May."
As the report's author, Lena Fischer, put it: "Buses are the backbone of the network."
His colleague, Arjun Mehta, was more cautious: "We need the drivers first."`, [
    ['The timetable will change in May', null], ['Buses are the backbone of the network', 'Lena Fischer'],
    ['We need the drivers first', 'Arjun Mehta'],
  ]],
  ['single-quoted quote running over two paragraphs', 'en', `Title
The judge, Helen Marsh, told the court:
'This was a deliberate and sustained deception of vulnerable people.
'It will be met with a custodial sentence.'`, [
    ['This was a deliberate and sustained deception of vulnerable people', 'Helen Marsh'], ['It will be met with a custodial sentence', 'Helen Marsh'],
  ]],
  ['a book title and a so-called name are not speech', 'en', `Title
In "A Winter in Gaza", published this week, the author describes the blockade.
The so-called "Blue Corridor Plan" was never put to a vote.`, []],
  ['وأضافت بعد متحدث رجل: آخر متحدثة', 'ar', `عنوان
قالت وزيرة الثقافة سلمى الخطيب إن «المهرجان سيعود بحلته الكاملة هذا العام».
وقال مدير المهرجان كريم النجار: «اخترنا ثلاثين فيلماً من أربع عشرة دولة».
وأضافت: «الثقافة ليست ترفاً بل حاجة يومية للناس».`, [
    ['المهرجان سيعود بحلته الكاملة هذا العام', 'سلمى الخطيب'], ['اخترنا ثلاثين فيلماً من أربع عشرة دولة', 'كريم النجار'],
    ['الثقافة ليست ترفاً بل حاجة يومية للناس', 'سلمى الخطيب'],
  ]],
  ['وصرح معاليه يعود إلى صاحب اللقب لا إلى آخر اسم', 'ar', `عنوان
استقبل معالي الشيخ راشد بن ناصر الكعبي وزير الاقتصاد اليوم سفير اليابان كينجي تاناكا.
وصرح معاليه بأن "العلاقات الاقتصادية بين البلدين تشهد نمواً مطرداً منذ سنوات".`, [
    ['العلاقات الاقتصادية بين البلدين تشهد نمواً مطرداً منذ سنوات', 'راشد بن ناصر الكعبي'],
  ]],
  ['مصدر مسؤول لا يُنسب إلى مسؤول مسمى: it stays unattributed (nobody in particular)', 'ar', `عنوان
قال مدير هيئة الموانئ فادي الزعبي إن «حركة الحاويات ارتفعت بنسبة عشرين في المئة».
وقال مصدر مسؤول في الهيئة، فضّل عدم ذكر اسمه، إن «الرسوم الجديدة ستطبق مطلع الشهر المقبل».`, [
    ['حركة الحاويات ارتفعت بنسبة عشرين في المئة', 'فادي الزعبي'], ['الرسوم الجديدة ستطبق مطلع الشهر المقبل', null],
  ]],
  ['لقب مع مؤسسة ومكان ثم الاسم', 'ar', `عنوان
قال رئيس غرفة تجارة حمص عمار الأتاسي إن «الأسواق تحتاج إلى سيولة عاجلة».
وأكد مدير الزراعة في محافظة درعا علي سالم المقداد أن «الموسم سيكون أفضل من العام الماضي».`, [
    ['الأسواق تحتاج إلى سيولة عاجلة', 'عمار الأتاسي'], ['الموسم سيكون أفضل من العام الماضي', 'علي سالم المقداد'],
  ]],
  ['وفقاً لبيان صادر عن وزارة', 'ar', `عنوان
ووفقاً لبيان صادر عن وزارة الزراعة، فإن «كميات القمح المسوّقة تجاوزت التوقعات».`, [
    ['كميات القمح المسوّقة تجاوزت التوقعات', 'وزارة الزراعة'],
  ]],
  ['добавила она после мужчины; замминистра; говорится в сообщении', 'ru', `Заголовок
«Поставки будут восстановлены к концу месяца», — сказала глава департамента Ольга Смирнова.
«Мы ждем решения регулятора», — заявил заместитель министра энергетики Игорь Белов.
«Резервов хватит на всю зиму», — добавила она.
«Графики ремонтов согласованы», — отметил замминистра.
«Ситуация остается стабильной», — говорится в сообщении пресс-службы компании.`, [
    ['Поставки будут восстановлены к концу месяца', 'Ольга Смирнова'], ['Мы ждем решения регулятора', 'Игорь Белов'],
    ['Резервов хватит на всю зиму', 'Ольга Смирнова'], ['Графики ремонтов согласованы', 'Игорь Белов'],
    ['Ситуация остается стабильной', 'пресс-служба компании'],
  ]],
  ['والي ولاية + an appositive name with a kunya; a later الوالي is that governor', 'ar', `عنوان
قال والي ولاية كسلا، حسن يوسف أبو عاقلة، إن "المعابر مفتوحة أمام الشاحنات منذ الصباح".
وأضاف الوالي أن "الوقود وصل إلى كل المحليات دون استثناء".`, [
    ['المعابر مفتوحة أمام الشاحنات منذ الصباح', 'حسن يوسف أبو عاقلة'], ['الوقود وصل إلى كل المحليات دون استثناء', 'حسن يوسف أبو عاقلة'],
  ]],
  ['a title continued by a ب-glued institution, then علي + nisba as the name', 'ar', `عنوان
قال مدير الإحصاء بوزارة التخطيط، علي الجبوري، إن "التعداد سينتهي قبل موعده بأسبوعين".`, [['التعداد سينتهي قبل موعده بأسبوعين', 'علي الجبوري']]],
  ['وفق ما نقلت وكالة: the agency is a relay, not the speaker', 'ar', `عنوان
قال وزير النقل رامي الحسن، وفق ما نقلت وكالة "سبوتنيك"، إن "القطار سيعود إلى الخدمة قريباً جداً".`, [['القطار سيعود إلى الخدمة قريباً جداً', 'رامي الحسن']]],
  ['قائلاً after a non-speech verb takes that verb\'s subject, not the last speaker', 'ar', `عنوان
قالت النائبة سعاد المحمد إن "الخطة تأخرت كثيراً عن موعدها المعلن".
وعلّق الوزير كريم الزعبي على ذلك قائلاً: «الخطة تسير وفق الجدول المتفق عليه».`, [
    ['الخطة تأخرت كثيراً عن موعدها المعلن', 'سعاد المحمد'], ['الخطة تسير وفق الجدول المتفق عليه', 'كريم الزعبي'],
  ]],
  ['a nationality before a foreign name; a cue after إذ speaks for the clause subject', 'ar', `عنوان
بدا مدرب الفريق الإسباني خوان مارتينيز متفائلاً، إذ قال للصحفيين إن فريقه «سيلعب من أجل الفوز فقط».`, [['سيلعب من أجل الفوز فقط', 'خوان مارتينيز']]],
  ['a short span that starts with its naming word is a name, not speech', 'ar', `عنوان
قال الوزير سامر الخطيب إن بلاده انضمت إلى "اتفاقية حماية المياه الإقليمية" هذا العام.`, []],
  ['an interview headline: title لـ«outlet»: statement', 'ar', `رئيس هيئة الطيران لـ«المدى»: المطار سيفتح في الربيع
قال رئيس هيئة الطيران المدني ماجد العلي إن العمل في المدرج "يسير بوتيرة جيدة جداً".`, [
    ['المطار سيفتح في الربيع', 'ماجد العلي', 'headline'], ['يسير بوتيرة جيدة جداً', 'ماجد العلي'],
  ]],
  ['ذكر بيان لوزارة: the ministry speaks', 'ar', `عنوان
ذكر بيان لوزارة الزراعة أن "موسم القمح سيكون الأفضل منذ عشر سنوات".`, [['موسم القمح سيكون الأفضل منذ عشر سنوات', 'وزارة الزراعة']]],
  ['said the + lower-case description, then an appositive name', 'en', `Title
"The reef is recovering faster than we hoped," said the project's chief diver, Dr. Lena Okafor.`, [['The reef is recovering faster than we hoped', 'Lena Okafor']]],
  ['сказал он after a titled person introduced without a cue', 'ru', `Заголовок
«Тарифы вырастут на десять процентов», — заявил министр Иван Петров.
Политолог Андрей Смирнов отнесся к этому спокойно. «Рост тарифов давно заложен в бюджет», — сказал он.`, [
    ['Тарифы вырастут на десять процентов', 'Иван Петров'], ['Рост тарифов давно заложен в бюджет', 'Андрей Смирнов'],
  ]],
  // Round 4 (unseen Kuwaiti, Egyptian, Jordanian, Moroccan, sports, AP and Interfax styles).
  ['والي + a bank is a title; والي البنك المركزي later is that governor', 'ar', `عنوان
قال والي بنك الجزائر سليم بوزيد إن التضخم سيتراجع خلال العام المقبل.
وقال رئيس الحكومة كمال سعدي: "الميزانية متوازنة لأول مرة منذ سنوات".
وأضاف والي البنك المركزي: "لن نرفع سعر الفائدة في الوقت الحالي".`, [
    ['الميزانية متوازنة لأول مرة منذ سنوات', 'كمال سعدي'], ['لن نرفع سعر الفائدة في الوقت الحالي', 'سليم بوزيد'],
  ]],
  ['a player named by position is later "لاعب + club"; a colon ends an appositive search', 'ar', `عنوان
قال المهاجم كريم ناصر: "نلعب من أجل اللقب ولا شيء غيره".
وقال المدرب فادي سمعان: "الفريق جاهز بدنياً وذهنياً".
وأضاف لاعب الوداد: "لا نخاف أحداً، كل فريق له أسلوبه".`, [
    ['نلعب من أجل اللقب ولا شيء غيره', 'كريم ناصر'], ['الفريق جاهز بدنياً وذهنياً', 'فادي سمعان'], ['لا نخاف أحداً، كل فريق له أسلوبه', 'كريم ناصر'],
  ]],
  ['غرّد is a cue; أما X فقال names its own speaker', 'ar', `عنوان
وغرّد الوزير السابق هشام عياد: «الأسعار خرجت عن السيطرة تماماً».
أما الخبير المالي نبيل شمعون فقال إن "السوق سيتكيف مع الأسعار الجديدة".`, [
    ['الأسعار خرجت عن السيطرة تماماً', 'هشام عياد'], ['السوق سيتكيف مع الأسعار الجديدة', 'نبيل شمعون'],
  ]],
  ['وزير الري finds وزير الزراعة والري; a named person beats a title kept alone', 'ar', `عنوان
قال عماد الحلو، وزير الزراعة والري، إن الموسم سيكون جيداً.
وشدد وزير الري على أن "كل قطرة ماء يجب أن تُحسب".
أكد رامز عيسى، المدير الفني لنادي الشباب، أن فريقه جاهز.
وكشف المدير الفني أن المهاجم "سيعود إلى التدريبات الأسبوع المقبل".`, [
    ['كل قطرة ماء يجب أن تُحسب', 'عماد الحلو'], ['سيعود إلى التدريبات الأسبوع المقبل', 'رامز عيسى'],
  ]],
  ['a ة-noun before إلى is no name; كان X قد … قائلًا across a comma', 'ar', `عنوان
قال وزير التربية سامي حداد إن المدارس ستفتح في موعدها.
وقال وزير المالية سامر الجبوري: "الرواتب ستصرف في موعدها".
ووجّه وزير التربية رسالة إلى الطلاب قائلًا: «أنتم أمل هذا البلد ومستقبله».
وكان النائب فارس الهاشمي قد انسحب من الجلسة، قائلًا إن الحكومة "تتهرب من المساءلة أمام البرلمان".`, [
    ['الرواتب ستصرف في موعدها', 'سامر الجبوري'], ['أنتم أمل هذا البلد ومستقبله', 'سامي حداد'], ['تتهرب من المساءلة أمام البرلمان', 'فارس الهاشمي'],
  ]],
  ['a definite surname before a ب-complement; وصف فيه speaks for the sentence subject', 'ar', `عنوان
طالبت النائبة ريم سالم العلي بتعديل القانون، معتبرةً أن "القانون الحالي لا يحمي المستأجرين".
ونشر اتحاد العمال بياناً على موقعه وصف فيه القرار بأنه "ضربة قاسية للطبقة العاملة".`, [
    ['القانون الحالي لا يحمي المستأجرين', 'ريم سالم العلي'], ['ضربة قاسية للطبقة العاملة', 'اتحاد العمال'],
  ]],
  ['a naming word behind a glued preposition; two words after أن only when they close the clause', 'ar', `عنوان
ونوّه الوزير سامي حداد ببرنامج «مدن ذكية للجميع» الذي أطلقته الحكومة.
وأكد حداد أن "الاتفاق وشيك".
وقال حداد إن "خطة الإنقاذ" ستعرض على البرلمان الأسبوع المقبل.`, [['الاتفاق وشيك', 'سامي حداد']]],
  ['в свою очередь is no inversion; a capitalised adjective opens an organisation; указал на + two words', 'ru', `Заголовок
«Цены на бензин стабилизировались», — заявил министр Иван Петров.
Глава Российского автомобильного союза Олег Смирнов, в свою очередь, указал на "острую нехватку" запчастей.`, [
    ['Цены на бензин стабилизировались', 'Иван Петров'], ['острую нехватку', 'Олег Смирнов'],
  ]],
  ['a title keeps its genitive institution; поручил is a cue', 'ru', `Заголовок
Как заявил руководитель ФНС, "проверки будут продолжены до конца года".
Премьер Иван Петров поручил министерству "подготовить предложения до конца месяца".`, [
    ['проверки будут продолжены до конца года', 'руководитель ФНС'], ['подготовить предложения до конца месяца', 'Иван Петров'],
  ]],
  ['a capitalised oblique adjective before a lower-case noun opens an organisation, whatever its ending', 'ru', `Заголовок
Реформа «должна пройти без спешки и с участием жителей», — заявил член Попечительского совета Игорь Лебедев.`, [
    ['должна пройти без спешки и с участием жителей', 'Игорь Лебедев'],
  ]],
  ['a definite title no office matches describes the last speaker', 'en', `Title
The city must rebuild its sea wall before winter, Maria Lowe has said.

"We cannot wait for another storm to do the job for us," the council leader said in a statement.`, [
    ['We cannot wait for another storm to do the job for us', 'Maria Lowe'],
  ]],
  ['an organisation head alone is the organisation named before; a verbal noun after it is the object', 'ar', `عنوان
عقدت رابطة منتجي الألبان الأردنية اجتماعها السنوي في عمّان أمس بحضور مئات الأعضاء، كما اجتمع حزب العمل الوطني.
وقالت الرابطة في بيان إن "دعم صغار المزارعين أولوية لا تقبل التأجيل هذا العام".
وجدد الحزب التأكيد على أن "الانتخابات المقبلة ستكون نزيهة وشفافة".`, [
    ['دعم صغار المزارعين أولوية لا تقبل التأجيل هذا العام', 'رابطة منتجي الألبان الأردنية'],
    ['الانتخابات المقبلة ستكون نزيهة وشفافة', 'حزب العمل الوطني'],
  ]],
  ['a title in apposition after an honorific name; a name joined with الله', 'ar', `عنوان
وصل الأمير فيصل بن سلطان الرئيس العام للمؤسسة إلى المدينة أمس، وقال في تصريح صحافي: "الزيارة تهدف إلى دعم المشاريع الجديدة".
وبين رئيس المؤسسة أن "العمل سيبدأ في الربيع المقبل دون تأخير".
وقال نصرالله إن "المرحلة المقبلة صعبة على الجميع بلا استثناء".`, [
    ['الزيارة تهدف إلى دعم المشاريع الجديدة', 'فيصل بن سلطان'],
    ['العمل سيبدأ في الربيع المقبل دون تأخير', 'فيصل بن سلطان'],
    ['المرحلة المقبلة صعبة على الجميع بلا استثناء', 'نصرالله'],
  ]],
  ['a withheld name is nobody; an office after a glued ل-institution; حكومة opens an institution', 'ar', `عنوان
قال مدير صندوق التنمية سامر حداد إن "التمويل سيصل قريباً إلى المحافظات".
وقال المسؤول الذي طلب عدم ذكر اسمه إن "المفاوضات ستستغرق عدة أشهر أخرى".
ودعا رئيس بعثة الاتحاد لمجلس المدن المكلفة بمتابعة المشروع، كارلوس مندس، إلى "الإسراع في صرف الدفعة الأولى".
وهاجم رئيس حكومة الإقليم، عمر الخطيب، المعارضة قائلاً إن "الإصلاحات لن تتوقف مهما كانت الضغوط".
وشدد على ضرورة الحوار وقال: "لا بديل عن الجلوس إلى الطاولة".`, [
    ['التمويل سيصل قريباً إلى المحافظات', 'سامر حداد'], ['المفاوضات ستستغرق عدة أشهر أخرى', null],
    ['الإسراع في صرف الدفعة الأولى', 'كارلوس مندس'], ['الإصلاحات لن تتوقف مهما كانت الضغوط', 'عمر الخطيب'],
    ['لا بديل عن الجلوس إلى الطاولة', 'عمر الخطيب'],
  ]],
  ['цитирует X Y; an addressee in guillemets; в пресс-службе; по словам + a title in the genitive; a source is nobody', 'ru', `Заголовок
Глава Минфина Антон Силуанов выступил на форуме в Казани.
«Мы не видим рисков для экономики», — цитирует РБК Силуанова.
По словам министра, «инфляция замедлится к концу года».
«Рынок труда остается напряженным», — считает эксперт Высшей школы экономики Игорь Смирнов.
«Рейсы задерживаются из-за погоды», — сообщили «Интерфаксу» в пресс-службе аэропорта.
Как рассказал «Известиям» депутат Госдумы Олег Новиков, «закон примут весной».
По словам источника в правительстве, «решение пока не принято».`, [
    ['Мы не видим рисков для экономики', 'Антон Силуанов'], ['инфляция замедлится к концу года', 'Антон Силуанов'],
    ['Рынок труда остается напряженным', 'Игорь Смирнов'], ['Рейсы задерживаются из-за погоды', 'пресс-служба аэропорта'],
    ['закон примут весной', 'Олег Новиков'], ['решение пока не принято', null],
  ]],
  ['a pro-drop cue after a person named as a complement keeps the sentence subject; a لل-field stays in an organisation', 'ar', `عنوان
قال وزير الخارجية الأمريكي جون ماكين في مؤتمر صحافي إن "المحادثات كانت بناءة".
ولفت إلى أنه توافق مع وزير الخارجية المصري سامي فؤاد على أهمية التعاون، وقال "نؤيد ما تقوم به مصر في الحرب على الإرهاب".
في المقابل، انتقدت النائبة ريم العلي بطء الإنجاز، وقالت: "المشاريع متأخرة كثيرا عن موعدها".
بدورها، قالت المنظمة الدولية للهجرة في بيان إن "آلاف الأسر نزحت خلال الأسبوع".`, [
    ['المحادثات كانت بناءة', 'جون ماكين'], ['نؤيد ما تقوم به مصر في الحرب على الإرهاب', 'جون ماكين'],
    ['المشاريع متأخرة كثيرا عن موعدها', 'ريم العلي'], ['آلاف الأسر نزحت خلال الأسبوع', 'المنظمة الدولية للهجرة'],
  ]],
  ['two names sharing عبد are two people; ابن and بن spell one name', 'ar', `عنوان
قال المحلل السياسي عبد الرحمن سعيد إن "الحوار هو الطريق الوحيد للخروج من الأزمة".
وقال رئيس الحكومة عبد الكريم ابن سالم إن "الإصلاحات ستستمر رغم كل الصعوبات".
وأكد بن سالم أن "الميزانية الجديدة تحمي الفئات الضعيفة".
وختم سعيد بالقول إن "الوقت ليس في صالح أحد".`, [
    ['الحوار هو الطريق الوحيد للخروج من الأزمة', 'عبد الرحمن سعيد'], ['الإصلاحات ستستمر رغم كل الصعوبات', 'عبد الكريم ابن سالم'],
    ['الميزانية الجديدة تحمي الفئات الضعيفة', 'عبد الكريم ابن سالم'], ['الوقت ليس في صالح أحد', 'عبد الرحمن سعيد'],
  ]],
  ['a person titled after an unnamed group takes the pro-drop cue; an adverbial accusative ends a name', 'ar', `عنوان
ويرى البعض أن المهرجان فقد بريقه في السنوات الأخيرة.
وبدا الروائي سليم الحداد متألماً وهو يتحدث عن الأمر، فيقول "لم يعد أحد يقرأ الروايات الطويلة كما في الماضي".`, [
    ['لم يعد أحد يقرأ الروايات الطويلة كما في الماضي', 'سليم الحداد'],
  ]],
  ['a group or a bare generic body names nobody', 'ru', `Заголовок
Глава компании Иван Петров рассказал о планах на год.
«Мы не получали никаких претензий от клиентов», — отметили в компании.
Эксперты считают, что «рынок перегрет и скоро остынет».`, [
    ['Мы не получали никаких претензий от клиентов', null], ['рынок перегрет и скоро остынет', null],
  ]],
  ['said + subject + would before a two-word quote', 'en', `Title
Finance Minister Laura Chen said the government would "act decisively" on food prices.`, [['act decisively', 'Laura Chen']]],
  ['a former office (مدرب الفريق السابق) is no name and describes the speaker of the story', 'ar', `عنوان
قال المدرب خالد سليم إن «الفريق جاهز للموسم الجديد بكل قوة». وأضاف “لن نغير أي لاعب قبل المباراة المقبلة مهما حدث.”
وتابع مدرب برشلونة السابق “هذه التصريحات لم تصدر عني أو عن أي لاعب في الفريق.”`, [
    ['الفريق جاهز للموسم الجديد بكل قوة', 'خالد سليم'], ['لن نغير أي لاعب قبل المباراة المقبلة مهما حدث', 'خالد سليم'],
    ['هذه التصريحات لم تصدر عني أو عن أي لاعب في الفريق', 'خالد سليم'],
  ]],
  ['a participle shares the opening verb\'s titled subject after a fronted adverbial, not a verb\'s in between', 'ar', `عنوان
قال رئيس الرابطة سعيد الحلو إن «الوضع صعب جدا على الجميع».
من جانبه، هاجم رئيس الحكومة، كمال العطار، الأحد، المعارضة قائلاً: إننا «لن نقبل بأي تهديد من أي طرف كان».
وأضاف المتحدث باسم الرابطة أن رئيس الحكومة أكد خلال اللقاء «ضرورة الحوار بين جميع الأطراف»، مشدداً على «رفض أي تدخل خارجي في الشأن الداخلي».`, [
    ['الوضع صعب جدا على الجميع', 'سعيد الحلو'], ['لن نقبل بأي تهديد من أي طرف كان', 'كمال العطار'],
    ['ضرورة الحوار بين جميع الأطراف', 'كمال العطار'], ['رفض أي تدخل خارجي في الشأن الداخلي', 'كمال العطار'],
  ]],
  ['a بلاغ (communiqué) speaks for its issuer, like a بيان; an organisation of a plural (نقابة الصحفيين) speaks', 'ar', `عنوان
قال رئيس الحزب سمير الداودي إن «المشاركة كانت واسعة هذا العام».
وجاء في بلاغ وفد المراقبين الأوروبيين أن «الاقتراع جرى في أجواء هادئة ومنظمة».
وأكدت نقابة الصحفيين أن «لم نسجل أي خرق يذكر في المراكز».`, [
    ['المشاركة كانت واسعة هذا العام', 'سمير الداودي'], ['الاقتراع جرى في أجواء هادئة ومنظمة', 'وفد المراقبين الأوروبيين'],
    ['لم نسجل أي خرق يذكر في المراكز', 'نقابة الصحفيين'],
  ]],
  ['a definite link (العام) ends the title: the name after it is read', 'ar', `عنوان
قال الأمين العام للحزب سامي الخوري إنّ «الموعد ثابت ولن يتغير».
وقال المدير العام سعيد الحلو إنّ «الموعد ثابت ولن يتغير أبدا».`, [
    ['الموعد ثابت ولن يتغير', 'سامي الخوري'], ['الموعد ثابت ولن يتغير أبدا', 'سعيد الحلو'],
  ]],
  ['an excerpt that opens mid-speech: its quotes go to the first speaker named after them', 'ar', `عنوان
وأضاف: «نحن لا نقبل بأي شروط مسبقة على الحوار الوطني».
وقال إنّ «الأبواب ما زالت مفتوحة أمام الجميع دون استثناء».
وفي ما يخص الانتخابات، قال الأمين العام سامي الخوري إنّ «الموعد ثابت ولن يتغير».`, [
    ['نحن لا نقبل بأي شروط مسبقة على الحوار الوطني', 'سامي الخوري'], ['الأبواب ما زالت مفتوحة أمام الجميع دون استثناء', 'سامي الخوري'],
    ['الموعد ثابت ولن يتغير', 'سامي الخوري'],
  ]],
  ['Russian: цитирует X слова Y is Y\'s; a name after по словам or a genitive title is shown in the nominative', 'ru', `Заголовок
«Мы не комментируем слухи», — цитирует РИА Новости слова Дмитрия Пескова.
По словам министра финансов Антона Силуанова, «бюджет будет исполнен в срок».`, [
    ['Мы не комментируем слухи', 'Дмитрий Песков'], ['бюджет будет исполнен в срок', 'Антон Силуанов'],
  ]],
  ['Russian: глава государства is the president the article named', 'ru', `Заголовок
Президент страны Виктор Орлов провел совещание с членами правительства. «Мы должны ускорить работу по всем направлениям», — сказал Орлов.
Глава государства подчеркнул, что «никаких задержек быть не может».`, [
    ['Мы должны ускорить работу по всем направлениям', 'Виктор Орлов'], ['никаких задержек быть не может', 'Виктор Орлов'],
  ]],
  ['Russian: an agency told (сообщил РИА Новости, заявил ТАСС) is no speaker', 'ru', `Заголовок
«Сроки могут сдвинуться», — сообщил РИА Новости источник в правительстве.
«Сроки не изменятся», — заявил ТАСС министр финансов Антон Силуанов.`, [
    ['Сроки могут сдвинуться', null], ['Сроки не изменятся', 'Антон Силуанов'],
  ]],
  ['a spokeswoman for a ministry is not its minister; a feminine nisba is a nationality', 'ar', `عنوان
وقال وزير الخارجية الأردني أيمن الصفدي إن «الحل السياسي هو الطريق الوحيد».
وقالت المتحدثة باسم الخارجية الأمريكية: «نتابع الوضع عن كثب».`, [
    ['الحل السياسي هو الطريق الوحيد', 'أيمن الصفدي'], ['نتابع الوضع عن كثب', 'المتحدثة باسم الخارجية الأمريكية'],
  ]],
  ['an office named after a spokesman is someone else (وزير المالية is not المتحدث باسم الحكومة)', 'ar', `عنوان
قال المتحدث باسم الحكومة إن «الحكومة ستعلن خطتها الأسبوع المقبل».
وقال وزير المالية إن «العجز سينخفض في العام المقبل».`, [
    ['الحكومة ستعلن خطتها الأسبوع المقبل', 'المتحدث باسم الحكومة'], ['العجز سينخفض في العام المقبل', 'وزير المالية'],
  ]],
  ['باسم after a title other than a spokesperson\'s is the given name Basem', 'ar', `عنوان
قال الوزير باسم عوض الله إن «الحكومة تدرس المقترح بجدية».
وقال المتحدث الرسمي باسم الحركة حازم قاسم إن «الحركة ستعلن موقفها قريبا».`, [
    ['الحكومة تدرس المقترح بجدية', 'باسم عوض الله'], ['الحركة ستعلن موقفها قريبا', 'حازم قاسم'],
  ]],
  ['"نشرت الوزارة بياناً جاء فيه": the statement speaks for the sentence\'s subject', 'ar', `عنوان
ونشرت الوزارة بياناً جاء فيه: «سيتم صرف الرواتب في موعدها المحدد».
وأصدرت نقابة الأطباء بياناً جاء فيه أن «الإضراب سيستمر حتى تلبية المطالب».`, [
    ['سيتم صرف الرواتب في موعدها المحدد', 'الوزارة'], ['الإضراب سيستمر حتى تلبية المطالب', 'نقابة الأطباء'],
  ]],
  ['English: "said a spokesman for X" and "an aide to the mayor insisted" are unnamed, and so is "she said" after one', 'en', `Title
The leader of the opposition, Dana Webb, spoke first. "This is a betrayal of every voter," Ms Webb said.
"It is too early to say," said a spokesman for the Home Office.
But an aide to the mayor insisted the deal was unfair. "He was talking about another bill altogether," she said.`, [
    ['This is a betrayal of every voter', 'Webb'], ['It is too early to say', null], ['He was talking about another bill altogether', null],
  ]],
  ['"وبالنسبة لـ X، فإن …": X holds the framed statement, whatever verb it contains', 'ar', `عنوان
قال رئيس الحزب سمير الداودي إن «المشاركة كانت واسعة هذا العام».
وبالنسبة للنائب الأوروبي الفرنسي جان لوران، رئيس مجموعة الصداقة، فإن الانتخابات تؤكد تفرد النموذج «في منطقة مضطربة جدا».
وقال في تصريح للصحافة: «لدينا اليقين بأن التجربة ناجحة».
وبالنسبة لهذا النائب، فإن البلاد «تتوفر اليوم على مؤسسات قوية وقادرة».
فبالنسبة للاتحاد الأوروبي، تشكل الانتخابات «خطوة أخرى نحو تعزيز الإصلاحات».`, [
    ['المشاركة كانت واسعة هذا العام', 'سمير الداودي'], ['في منطقة مضطربة جدا', 'جان لوران'], ['لدينا اليقين بأن التجربة ناجحة', 'جان لوران'],
    ['تتوفر اليوم على مؤسسات قوية وقادرة', 'جان لوران'], ['خطوة أخرى نحو تعزيز الإصلاحات', 'الاتحاد الأوروبي'],
  ]],
  ['a two-word name in quote marks right after its title is the speaker, not a quote', 'ar', `عنوان
قال رئيس الحزب سمير الداودي إن «المشاركة كانت واسعة هذا العام».
وقال المتحدث باسم الجماعة “سالم حمدان”، في بيان نشر على موقعها، إن “القيادة الجديدة ستواصل العمل كما كان من قبل”.`, [
    ['المشاركة كانت واسعة هذا العام', 'سمير الداودي'], ['القيادة الجديدة ستواصل العمل كما كان من قبل', 'سالم حمدان'],
  ]],
  ['Russian: "В правительстве Москвы отметили" is the office\'s, shown in the nominative', 'ru', `Заголовок
Мэр Москвы Сергей Собянин открыл новую станцию метро.
В правительстве Москвы отметили, что «строительство завершено досрочно».`, [
    ['строительство завершено досрочно', 'правительство Москвы'],
  ]],
  ['an Arabic speaker needs evidence: a title, a known name part, or a second mention; else unattributed', 'ar', `عنوان
قال رئيس الحزب سمير الداودي إن «المشاركة كانت واسعة هذا العام».
وأكد جان ميشيل دوبوا، المدير الفني لنادي ليون، أن «الفريق جاهز تماما للمباراة».
وكتب موريس لوفيفر على حسابه: «سنعود أقوى من قبل بكثير».
وقال كريم نصرالله إن «المفاوضات متعثرة منذ أسابيع».
وذكرت وكالة أنباء الإمارات (وام) أن «الحملة ستستمر ثلاثة أشهر كاملة».`, [
    ['المشاركة كانت واسعة هذا العام', 'سمير الداودي'], ['الفريق جاهز تماما للمباراة', 'جان ميشيل دوبوا'],
    ['سنعود أقوى من قبل بكثير', null], ['المفاوضات متعثرة منذ أسابيع', 'كريم نصرالله'], ['الحملة ستستمر ثلاثة أشهر كاملة', 'وام'],
  ]],
  ['Russian: a genitive country after an office is the office\'s; a name in the instrumental never speaks', 'ru', `Заголовок
Представитель правительства Германии пояснил, что «переговоры прошли конструктивно».
Министр встретилась с Олегом Рябовым и Глебом Карповым. Как рассказала сама Анна Нолан журналистам, «встреча была полезной».`, [
    ['переговоры прошли конструктивно', 'Представитель правительства Германии'], ['встреча была полезной', 'Анна Нолан'],
  ]],
  ['Russian: an outlet in Latin letters or a sentence-opening gerund is no name; the speaker after them is read', 'ru', `Заголовок
Премьер Малайзии Ахмад Разак сказал: «Мы требуем полного расследования катастрофы».

Кроме ввода войск Вашингтон рассматривает «все другие варианты» вмешательства в конфликт, сказал в субботу в интервью Fox министр обороны Джон Смит.`, [
    ['Мы требуем полного расследования катастрофы', 'Ахмад Разак'], ['все другие варианты', 'Джон Смит'],
  ]],
  ['a one-word title nobody of that office was named for is nobody (Эксперт уверен)', 'ru', `Заголовок
Губернатор области Евгений Ковалев провел совещание.
Эксперт уверен, что «рынок восстановится к осени».`, [
    ['рынок восстановится к осени', null],
  ]],
  ['Russian: "Как пояснили в региональном управлении МЧС" is the office\'s, past its adjective', 'ru', `Заголовок
Губернатор Свердловской области Евгений Куйвашев провел совещание по паводку.
Как пояснили в региональном управлении МЧС, «уровень воды снижается».`, [
    ['уровень воды снижается', 'управление МЧС'],
  ]],
  ['"said X, the prime minister": the trailing description is X\'s title, so "the prime minister" is X later', 'en', `Title
Shadow chancellor Oliver Letwin said: "This is a budget for the election, not for the country."
"It is a good budget," said Tony Blair, the prime minister.
The prime minister later told MPs: "We have delivered stability."`, [
    ['This is a budget for the election, not for the country', 'Oliver Letwin'], ['It is a good budget', 'Tony Blair'],
    ['We have delivered stability', 'Tony Blair'],
  ]],
  ['"the Portuguese said", "the 28-year-old said" point back to the person written last', 'en', `Title
Analysts were cautious. Jane Smith, from Numis Securities, said: "Fuel costs remain a risk."
Chelsea boss Jose Mourinho was furious. "The referee was a disaster," the Portuguese said.
Striker Tom Hale scored twice. "I am delighted for the team," the 28-year-old said.`, [
    ['Fuel costs remain a risk', 'Jane Smith'], ['The referee was a disaster', 'Jose Mourinho'], ['I am delighted for the team', 'Tom Hale'],
  ]],
  ['a headline label with an -ية office word (مديرة التربية) still finds the person titled so', 'ar', `مديرة التربية في حمص: 30 مدرسة جديدة تفتح أبوابها في الخريف
قالت مديرة التربية والتعليم في حمص، هدى الخطيب، إن 30 مدرسة جديدة ستفتح أبوابها في الخريف المقبل.`, [
    ['30 مدرسة جديدة تفتح أبوابها في الخريف', 'هدى الخطيب', 'headline'],
  ]],
  ['a second quote in the paragraph of an unattributed one stays unattributed', 'en', `Title
"We expect a vote next week," First Minister Alan Reid said.
But a party spokeswoman insisted Mr Reid had meant adults only. "He was talking about adults," she said. "It was a joke about students."`, [
    ['We expect a vote next week', 'Alan Reid'], ['He was talking about adults', null], ['It was a joke about students', null],
  ]],
  ['"he said" means the person written last, matched by surname, not a namesake\'s first name', 'en', `Title
Home Secretary Charles Clarke defended the plans. "We have made the right choices," he said.
Liberal Democrat leader Charles Kennedy said his party would scrap council tax altogether. "It is an unfair tax," he said.`, [
    ['We have made the right choices', 'Charles Clarke'], ['It is an unfair tax', 'Charles Kennedy'],
  ]],
  ['Russian: an outlet in guillemets told before "что" is no quote (заявил «Ura.ru», что …)', 'ru', `Заголовок
Депутат гордумы Алексей Воронин заявил «Ura.ru», что «вопрос нужно решать в диалоге».`, [
    ['вопрос нужно решать в диалоге', 'Алексей Воронин'],
  ]],
  ['whom "told" addresses is no speaker; a long ", who …," clause is peeled off', 'en', `Title
However, Mr Grey, who had to say sorry twelve months ago over a column in the weekly paper he edits about fans grieving over their club captain Tom Barnes, said the mayor should "stay well out of this" row.
"I cannot see why the mayor has to join this fight at all," the editor told BBC Radio Kent.`, [
    ['stay well out of this', 'Grey'], ['I cannot see why the mayor has to join this fight at all', 'Grey'],
  ]],
];

// [name, lang, article, expected [a piece of the reported content, speaker]]
const INDIRECT: [string, Lang, string, [string, string | null][]][] = [
  ['المسؤول ذاته is the last titled speaker', 'ar', `عنوان
قال مدير الميناء سعيد الكعبي إن حركة الحاويات ارتفعت بنسبة عشرة في المائة.
وأوضح المسؤول ذاته أن الميناء سيستقبل سفناً أكبر العام المقبل.`, [
    ['حركة الحاويات ارتفعت', 'سعيد الكعبي'], ['الميناء سيستقبل سفناً أكبر', 'سعيد الكعبي'],
  ]],
  ['a participle in a sentence with no cue of saying: the first verb\'s subject', 'ar', `عنوان
قال النائب رامي حداد إن القرار جاء في توقيت سيئ.
في المقابل، دافع وزير النقل سامر الخطيب عن الخطة، ونشر على حسابه أن الرسوم "لم تتغير منذ سنوات"، موضحاً أن الوزارة ستدعم الطلاب.`, [
    ['القرار جاء في توقيت سيئ', 'رامي حداد'], ['الوزارة ستدعم الطلاب', 'سامر الخطيب'],
  ]],
  ['"Между тем в X сообщили": the institution speaks', 'ru', `Заголовок
Между тем в Министерстве транспорта сообщили, что движение по мосту откроют в мае.`, [['движение по мосту откроют в мае', 'Министерство транспорта']]],
  ['a wire dateline tag is not part of a trailing report', 'ru', `Заголовок
МОСКВА, 5 мая. /Интерфакс/ - Цены на гречку снизились на 3%, сообщил журналистам глава Минсельхоза Павел Орлов.`, [['Цены на гречку снизились на 3%', 'Павел Орлов']]],
  ['"two U.S. diplomats said" (a group: unattributed): the abbreviation ends no sentence; (AP) — is a dateline', 'en', `Title
BEIRUT (AP) — The embassy will reopen next month after repairs, two U.S. diplomats said Monday.`, [['The embassy will reopen next month after repairs', null]]],
];

for (const [name, lang, raw, want] of INDIRECT) {
  test(`attribution (reported): ${name}`, () => {
    const got = run(raw, lang).filter((q) => q.kind === 'indirect');
    for (const [piece, speaker] of want) {
      const q = got.find((x) => x.text.includes(piece));
      assert.ok(q, `no reported speech containing ${piece}`);
      assert.ok(q.text.startsWith(piece.slice(0, 4)), `reported speech starts elsewhere: ${q.text}`);
      assert.ok(speaker === null ? q.speaker === null : q.speaker?.endsWith(speaker), `speaker of ${piece}: ${q.speaker}`);
    }
  });
}

test('an Arabic reported clause ends before a cue behind و that opens a quote ("… مؤجلا وأضاف: «…»")', () => {
  const got = run(`عنوان
أوضح المتحدث باسم المحكمة مسفر بن ناصر، أن القرار ما زال مؤجلا وأضاف: «حينما تصبح نهائية سنعلن كل شيء».`, 'ar');
  assert.deepEqual(got.filter((q) => q.kind === 'indirect').map((q) => q.text), ['القرار ما زال مؤجلا']);
});

directCases(CASES);
