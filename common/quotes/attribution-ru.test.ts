// Table tests of Russian attribution: the wider range of verbs of saying (reflexive ones too), an
// office after «в» (— уточнили в МЧС), words relayed by an outlet (приводит слова X ТАСС), and a
// bare title that no one in the article holds. Sentences written for these tests only.
import { directCases, type Case } from './attribution-table.test.js';

const CASES: Case[] = [
  ['"добавил министр" with no minister named is nobody, never the president named later', 'ru', `Заголовок
«Мы не планируем повышать налоги в этом году», — добавил министр.
Президент Олег Карпов заявил, что «страна не отступит от своих планов».`, [
    ['Мы не планируем повышать налоги в этом году', null], ['страна не отступит от своих планов', 'Олег Карпов'],
  ]],
  ['more verbs of saying, reflexive ones too (призналась, поделился, заметил), and their gender', 'ru', `Заголовок
Депутат Анна Смирнова и эксперт Пётр Волков выступили на форуме.
«Я горжусь нашей командой», — призналась после форума Смирнова.
«Мы готовились к этому докладу четыре года», — поделился эксперт.
«Дальше будет только сложнее», — заметила она.`, [
    ['Я горжусь нашей командой', 'Анна Смирнова'], ['Мы готовились к этому докладу четыре года', 'Пётр Волков'],
    ['Дальше будет только сложнее', 'Анна Смирнова'],
  ]],
  ['"согласилась создать" agrees to act: no verb of saying', 'ru', `Заголовок
По словам премьера Ивана Орлова, соседняя страна согласилась создать «совместную комиссию по водным ресурсам».`, [
    ['совместную комиссию по водным ресурсам', 'Иван Орлов'],
  ]],
];

directCases(CASES);
