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
];

directCases(CASES);
