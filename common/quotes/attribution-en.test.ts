// Table tests of English attribution added from patterns of real news (sentences written for these
// tests only): caption lines that run into the next line, pronouns that are never names, short
// title abbreviations, and generic organisation heads that stand for the organisation named last.
import { directCases, type Case } from './attribution-table.test.js';

const CASES: Case[] = [
  ['a caption line with no full stop ends the name written on it', 'en', `Title
Image source, Tom Reed
Image caption,

Councillor Tom Reed, leader of the opposition, said: "No councillor should insult the residents".`, [
    ['No councillor should insult the residents', 'Tom Reed'],
  ]],
  ['an institution\'s name runs over for/of/and (Centre for Disease Control, Food and Drug Administration)', 'en', `Title
The Harbour Centre for Coastal Research said: "Sea levels here rose faster than we expected."
The Food and Drug Administration said the product was "safe when used as directed".`, [
    ['Sea levels here rose faster than we expected', 'Harbour Centre for Coastal Research'], ['safe when used as directed', 'Food and Drug Administration'],
  ]],
  ['"the company said" is the company named last; a bare head with none named is nobody', 'en', `Title
"We expect a strong year for exports," the firm said.
Copeland Foods denied it was selling its dairy arm. "The board has received no offer," the company said in a statement.
The teachers union said it would "hold the board to account".`, [
    ['We expect a strong year for exports', null], ['The board has received no offer', 'Copeland Foods'], ['hold the board to account', 'teachers union'],
  ]],
  ['a capitalised pronoun at a sentence start ("He, however, explained") is never a name', 'en', `Title
Labour minister Chris Ngozi met the unions on Monday.
He, however, explained that there were "problems to be sorted out first".
“We will agree on it with the council,” the minister said.`, [
    ['problems to be sorted out first', 'Chris Ngozi'], ['We will agree on it with the council', 'Chris Ngozi'],
  ]],
  ['"PM" is a title abbreviation, not part of the name', 'en', `Title
Prime Minister Dinesh Perera addressed parliament. PM Perera noted, “Now the opposition is talking about the election.”`, [
    ['Now the opposition is talking about the election', 'Dinesh Perera'],
  ]],
  ['a body that only says "he" quotes the person the headline opens with; a title-led headline names nobody', 'en', `Smith defends the new budget plan
He spoke to reporters on Monday. "This budget protects the poorest families," he said.`, [
    ['This budget protects the poorest families', 'Smith'],
  ]],
  ['a headline opening with an office names nobody for the body\'s "he"', 'en', `Minister defends the new budget plan
He spoke to reporters on Monday. "This budget protects the poorest families," he said.`, [
    ['This budget protects the poorest families', null],
  ]],
  ['more verbs of saying (promised, retorted, echoed); "a quip" as a noun is no cue', 'en', `Title
Mayor Ann Lowe opened the new bridge on Monday. "The bridge will carry traffic again from June," she promised.
"We are not finished yet," Lowe retorted when asked about delays.
Councillor Tom Reid began his speech with a quip: "Finally, a bridge that does not sway in the wind."`, [
    ['The bridge will carry traffic again from June', 'Ann Lowe'], ['We are not finished yet', 'Ann Lowe'],
    ['Finally, a bridge that does not sway in the wind', 'Tom Reid'],
  ]],
  ['viewers nobody names ("as one raged", "fumed another", "wrote a fourth", "a second viewer") are unattributed', 'en', `Title
Presenter Jo Marsh asked the minister about the hotels. Minister Kate Hill said: "We inherited an absolute mess of a system." Viewers hit back as one raged: "Usual rubbish spouting from them all."
A second viewer echoed: "Strange how she gave the exact same response word for word."
"Has anyone from this government ever not blamed the last one?" fumed another.
"No answers as per usual, only excuses," wrote a fourth.`, [
    ['We inherited an absolute mess of a system', 'Kate Hill'], ['Usual rubbish spouting from them all', null],
    ['Strange how she gave the exact same response word for word', null], ['Has anyone from this government ever not blamed the last one', null],
    ['No answers as per usual, only excuses', null],
  ]],
];

directCases(CASES);
