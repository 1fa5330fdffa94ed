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
];

directCases(CASES);
