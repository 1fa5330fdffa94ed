// Table tests of English attribution added from patterns of real news (sentences written for these
// tests only): caption lines that run into the next line, pronouns that are never names, short
// title abbreviations, and generic organisation heads that stand for the organisation named last.
import { directCases, type Case } from './attribution-table.test.js';

const CASES: Case[] = [
  ['a caption line with no full stop ends the name written on it', 'en', `Title
Image source, Tom Reed
Image caption,

Councillor Tom Reed, leader of the opposition, said: "The bus depot must stay where it is".`, [
    ['The bus depot must stay where it is', 'Tom Reed'],
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
Farming minister Chris Ngozi toured the grain stores on Monday.
He, however, explained that the silos were "too old to be repaired".
“We will build two new ones before the harvest,” the minister said.`, [
    ['too old to be repaired', 'Chris Ngozi'], ['We will build two new ones before the harvest', 'Chris Ngozi'],
  ]],
  ['"PM" is a title abbreviation, not part of the name', 'en', `Title
Prime Minister Dinesh Perera opened the new port. PM Perera noted, “Ships will dock here from next month.”`, [
    ['Ships will dock here from next month', 'Dinesh Perera'],
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
Presenter Jo Marsh asked the minister about the trains. Minister Kate Hill said: "Every line will run on time by spring." Viewers hit back as one raged: "My train was cancelled twice this week."
A second viewer echoed: "She promised the same thing last winter."
"Who believes these timetables any more?" fumed another.
"Spring of which year, exactly," wrote a fourth.`, [
    ['Every line will run on time by spring', 'Kate Hill'], ['My train was cancelled twice this week', null],
    ['She promised the same thing last winter', null], ['Who believes these timetables any more', null],
    ['Spring of which year, exactly', null],
  ]],
  ['a group (residents, councillors, neighbours) names nobody; a group tied to a body speaks for it', 'en', `Title
Mayor Ann Lowe opened the car park on Friday. "It will bring shoppers back to the high street," she said.
Local residents said: "We were never asked about any of this."
Parish councillors told the meeting: "The hedges along the lane must stay."
Analysts at Hanmore Capital said: "Footfall in the town has been falling for years."`, [
    ['It will bring shoppers back to the high street', 'Ann Lowe'], ['We were never asked about any of this', null],
    ['The hedges along the lane must stay', null], ['Footfall in the town has been falling for years', 'Analysts at Hanmore Capital'],
  ]],
  ['"a spokesman at the scene for X Police" is an unnamed spokesman, not the force', 'en', `Title
A lorry overturned on the bypass early on Sunday. A spokeswoman on the ground for Mercia Police, said: "Two crews worked through the night to clear the road."`, [
    ['Two crews worked through the night to clear the road', null],
  ]],
  ['"the BBC said", "the RNLI confirmed": an acronym after "the" is an organisation, not a descriptor', 'en', `Title
Harbour master Tom Reed said the lifeboat left at dawn. The RNLI confirmed on Monday: "Both sailors were brought ashore safely."
The BBC said: "Our crew filmed the rescue from the pier."`, [
    ['Both sailors were brought ashore safely', 'RNLI'], ['Our crew filmed the rescue from the pier', 'BBC'],
  ]],
  ['"his spokesman", "Mrs Hale\'s spokeswoman" with no name of their own are unnamed, and so is "the spokesman" after', 'en', `Title
Prime Minister Anna Hale chaired the cabinet on Tuesday. Mrs Hale's spokeswoman said: "Cabinet discussed the winter plan."
Health Secretary Omar Brill left early. His official spokesman told reporters: "He had a prior engagement."
The spokesman said the timing was "nothing unusual at all".
"We will publish the plan in March," Ms Hale said later.`, [
    ['Cabinet discussed the winter plan', null], ['He had a prior engagement', null], ['nothing unusual at all', null],
    ['We will publish the plan in March', 'Anna Hale'],
  ]],
  ['"he" after a group that named nobody is still the person named before it', 'en', `Title
Housing minister Tom Brand visited the town hall on Monday.
Councillors said they would "study the figures closely".
"The council must do better," he told them.`, [
    ['study the figures closely', null], ['The council must do better', 'Tom Brand'],
  ]],
  ['"one woman", "a passer-by", "the man, who …," are people nobody names, and so is "she" after them', 'en', `Title
Station manager Dan Pike said: "Crews reached the flats within six minutes."
One woman said that the alarms rang for hours. She added: "We had to leave with the children in our pyjamas."
The man, who lives on the ground floor, said: "Nobody came to tell us anything."
A passer-by said: "I saw the smoke from the bridge."`, [
    ['Crews reached the flats within six minutes', 'Dan Pike'], ['We had to leave with the children in our pyjamas', null],
    ['Nobody came to tell us anything', null], ['I saw the smoke from the bridge', null],
  ]],
  ['"Trent accused the Prime Minister of …. He said:" is Trent (full name from before), not the office he addressed', 'en', `Title
Mark Trent and Prime Minister Colin Ashdown clashed over rail fares at question time on Wednesday.
"Fares will fall next year," Ashdown said.
Trent accused the Prime Minister of dodging the question.
He said: "Passengers are paying more every single month."`, [
    ['Fares will fall next year', 'Colin Ashdown'], ['Passengers are paying more every single month', 'Mark Trent'],
  ]],
  ['a cue word after a possessive or a determiner is a noun ("Mr Dale\'s comments", "her claims")', 'en', `Title
Council leader Tom Dale defended the cuts on Monday.
Nia Pryce, the Green group's leader, said Mr Dale's comments showed he was "out of touch with tenants".
Ann Bell said her claims were "backed by the council's own figures".`, [
    ['out of touch with tenants', 'Nia Pryce'], ["backed by the council's own figures", 'Ann Bell'],
  ]],
  ['"Mr Grey met … and told them:" has Mr Grey as subject; "called on Mr Grey, saying" does not', 'en', `Title
Housing minister Jo Kent opened the estate. "It is a great day," she said.
Mr Grey met the tenants on Friday and told them: "The lifts will be fixed this month."
Councillor Amy Ross said: "The estate is falling apart." She called on Mr Grey to apologise, saying: "Tenants have waited far too long."`, [
    ['It is a great day', 'Jo Kent'], ['The lifts will be fixed this month', 'Grey'],
    ['The estate is falling apart', 'Amy Ross'], ['Tenants have waited far too long', 'Amy Ross'],
  ]],
  ['a participle in a sentence opening with "she" is hers ("She called on Mr Grey to apologise, saying:")', 'en', `Title
Housing minister Jo Kent opened the estate. "It is a great day," she said.
Councillor Amy Ross spoke next. She called on the minister to apologise, saying: "Tenants have waited far too long."`, [
    ['It is a great day', 'Jo Kent'], ['Tenants have waited far too long', 'Amy Ross'],
  ]],
  ['a quote closed by its own full stop ends the sentence: "X told him: “….” Mr Y hit back: “…”" is Y\'s', 'en', `Title
Presenter Sue Dyer pressed the minister on the missed interview. Ms Dyer told him: "Your office cancelled twice last week." Mr Pratt hit back: "That is simply not what happened."`, [
    ['Your office cancelled twice last week', 'Sue Dyer'], ['That is simply not what happened', 'Pratt'],
  ]],
  ['"…," said a statement by X: the one who issued the statement speaks', 'en', `Title
Coastguards said three walkers were cut off by the tide on Sunday.
"All three were winched to safety and are unhurt," said a statement by Chief Officer Lena Hart of the coastguard.`, [
    ['All three were winched to safety and are unhurt', 'Lena Hart'],
  ]],
  ['a quote closing its line, then a line opening "says X, …": X said it', 'en', `Title
Residents react
"The park has been left to rot for years and nobody at the council cares"
says Councillor Jo Ward, leader of the opposition group. Benches were removed last spring.`, [
    ['The park has been left to rot for years and nobody at the council cares', 'Jo Ward'],
  ]],
  ['"he said" after "Mrs Hale\'s spokesman made clear …" is the unnamed spokesman\'s', 'en', `Title
Chancellor Omar Brill was criticised by colleagues over the leak. "I have nothing to add," Mr Brill said.
Mrs Hale's spokesman also confirmed that she would chair the flood committee on Thursday.
"The committee will meet every week until the rivers fall," he said.`, [
    ['I have nothing to add', 'Omar Brill'], ['The committee will meet every week until the rivers fall', null],
  ]],
  ['"Elsewhere an unnamed minister …. The minister told …" is that unnamed minister', 'en', `Title
Prime Minister Anna Hale said: "The cabinet is united behind the budget."
Elsewhere an unnamed junior minister criticised the rail budget.
The minister told a radio station that the cuts were "a false economy for the north".`, [
    ['The cabinet is united behind the budget', 'Anna Hale'], ['a false economy for the north', null],
  ]],
  ['after a cue, lower-case words may describe the title before the name ("said team captain Jo Ruiz", "says study lead author Dr. Stan Hall")', 'en', `Title
Heart disease remains the leading cause of death in the county.
"The link between sleep and memory surprised all of us," says study lead author Dr. Stan Hall, head of neurology at the clinic.
"It was a long season for all of us," said team captain Jo Ruiz.`, [
    ['The link between sleep and memory surprised all of us', 'Stan Hall'], ['It was a long season for all of us', 'Jo Ruiz'],
  ]],
  ['a lede opening "A deputy leader …" quotes nobody the story has not given that title', 'en', `Title
A deputy mayor has apologised after saying cyclists "had it coming" on the ring road.
Ivor Lloyd, who chairs the cycling forum, said the remark was "hurtful and careless".`, [
    ['had it coming', null], ['hurtful and careless', 'Ivor Lloyd'],
  ]],
  ['a lede opening "A deputy leader …" quotes the one the story later names deputy leader', 'en', `Title
A deputy mayor has apologised after saying cyclists "had it coming" on the ring road.
Deputy mayor Paul Mills said: "I chose my words badly."`, [
    ['had it coming', 'Paul Mills'], ['I chose my words badly', 'Paul Mills'],
  ]],
  ['after an honorific a title word is a surname ("Mr Bishop", "Mrs Judge"), not "Mr President"', 'en', `Title
Schools minister Ann Lowe said: "Funding will rise next year."
Mr Bishop met parents on Friday and told them he would "fight every one of the closures".
"We will not give up our school," Mrs Judge said.`, [
    ['Funding will rise next year', 'Ann Lowe'], ['fight every one of the closures', 'Bishop'], ['We will not give up our school', 'Judge'],
  ]],
  ['"said a source, who said Mr Pike …, adding: “…”": the name after "who said" is talked about, not talking', 'en', `Title
Union leader Rosa Diaz met the board on Monday. "We made real progress," she said.
The meeting ended "without any raised voices", said a source, who said Mr Pike later met the board in private, adding: "That meeting settled things down."`, [
    ['We made real progress', 'Rosa Diaz'], ['without any raised voices', null], ['That meeting settled things down', null],
  ]],
  ['"A source close to Mr Hale", "a spokesman for Dr Amir Khan": a name after a preposition and an honorific is not the speaker', 'en', `Title
A source close to Mr Hale said: "He is furious about the leak."
A spokesman for Dr Amir Khan said: "He will respond in due course."`, [
    ['He is furious about the leak', null], ['He will respond in due course', null],
  ]],
  ['"he added" after "…," said Tom Ruiz at …, as reported by the Riverside FC website" is Ruiz', 'en', `Title
Striker Ali Berg was sent off in the first half on Saturday.
"Our defending cost us both goals," said Tom Ruiz at the briefing, as reported by the Riverside FC website. "Scoring first guarantees nothing," he added.`, [
    ['Our defending cost us both goals', 'Tom Ruiz'], ['Scoring first guarantees nothing', 'Tom Ruiz'],
  ]],
  ['"“…” Pat Dolan of the Regional Flood Office." signs the quote; "John Smith of Leeds won …" does not (the last speaker goes on)', 'en', `Title
Weather presenter Amy Cole said: "More rain is on the way this weekend."
"Three rivers burst their banks overnight," Pat Dolan of the Regional Flood Office.
"That was the wettest race I have ever run." John Smith of Leeds won the event.`, [
    ['More rain is on the way this weekend', 'Amy Cole'], ['Three rivers burst their banks overnight', 'Pat Dolan'],
    ['That was the wettest race I have ever run', 'Pat Dolan'],
  ]],
  ['initials in brackets after a body\'s name ("… Research (HCCR)") name that body later', 'en', `Title
The Harbour Centre for Coastal Research (HCCR) has reported a rise in sea levels.
The HCCR said: "Levels rose faster than we expected this year."
"We will publish the full data in May," the HCCR added.`, [
    ['Levels rose faster than we expected this year', 'Harbour Centre for Coastal Research'],
    ['We will publish the full data in May', 'Harbour Centre for Coastal Research'],
  ]],
  ['"But as Bond began: “…”": a surname the story knows, in a short lead-in ending in a colon, is the speaker', 'en', `Title
Presenter Jo Marsh questioned housing minister Clare Bond on Monday. "Councils say the hotels are full tonight," Marsh said.
But as Bond began: "Our plan will clear the backlog by spring," the audience groaned.`, [
    ['Councils say the hotels are full tonight', 'Jo Marsh'], ['Our plan will clear the backlog by spring', 'Clare Bond'],
  ]],
  ['"Name, the office, arrived …": an apposition away from any cue records the office, so "the minister said" finds the name', 'en', `Title
John Smith, the foreign minister, arrived in Paris on Monday. "We will keep working with all our partners," the minister said.
Maria Lopez, head coach of the national team, spoke after the game. "We were tired in the second half," the coach said.`, [
    ['We will keep working with all our partners', 'John Smith'], ['We were tired in the second half', 'Maria Lopez'],
  ]],
  ['"Name, a spokesman for …" is a named spokesman: a later "he said" is that name', 'en', `Title
John Smith, a spokesman for the ministry, arrived in Paris on Monday. "We will keep working with all our partners," he said.`, [
    ['We will keep working with all our partners', 'John Smith'],
  ]],
  ['"the defence minister" is not the finance minister the article named', 'en', `Title
Finance minister John Carter said: "The budget will be balanced next year."
The defence minister said: "The army is ready for every possible outcome."
"We will not raise taxes," the finance minister added.`, [
    ['The budget will be balanced next year', 'John Carter'], ['The army is ready for every possible outcome', 'defence minister'],
    ['We will not raise taxes', 'John Carter'],
  ]],
  ['"They answered: …" after Peterson spoke: a plural pronoun is nobody carried over', 'en', `Title
Peterson told the students: "The internet changes how you study." They answered: "No, it does not at all."`, [
    ['The internet changes how you study', 'Peterson'], ['No, it does not at all', null],
  ]],
  ['hyphenated titles (Secretary-General, Attorney-General, Vice-President) are no part of the name after them', 'en', `Title
"The talks must resume at once," League Secretary-General Maria Lindqvist told reporters.
"Nobody is above the law," Attorney-General Tom Okafor said.`, [
    ['The talks must resume at once', 'Maria Lindqvist'], ['Nobody is above the law', 'Tom Okafor'],
  ]],
  ['middle initials, Jr. and lower-case particles stay inside an English name', 'en', `Title
"The plan is ready," said Henry T. Walsh.
"We shall oppose the motion," Maria van der Berg said.
Labour MP David K. Owens Jr. said: "This is the wrong decision."`, [
    ['The plan is ready', 'Henry T. Walsh'], ['We shall oppose the motion', 'Maria van der Berg'],
    ['This is the wrong decision', 'David K. Owens Jr'],
  ]],
  ['"Mayor of Springfield Tom Baker": an office, "of" and its place, then the name closing the run', 'en', `Title
Mayor of Springfield Tom Baker spoke on Monday. "The bridge will reopen in May," Baker said.
Heavy rain fell across the region overnight.
"Our priority is to protect people," the mayor added.`, [
    ['The bridge will reopen in May', 'Tom Baker'], ['Our priority is to protect people', 'Tom Baker'],
  ]],
  ['"the press secretary" after "White House press secretary X"; "the PM" is the prime minister', 'en', `Title
White House press secretary Tom Baker spoke on Monday. "No decision has been made," Baker said.
Heavy rain fell across the region overnight.
"We will update you tomorrow," the press secretary added.
Prime Minister Anna Grey visited the site. "We will rebuild the town," Grey said.
Heavy rain fell across the region overnight.
"Nobody will be left behind," the PM added.`, [
    ['No decision has been made', 'Tom Baker'], ['We will update you tomorrow', 'Tom Baker'],
    ['We will rebuild the town', 'Anna Grey'], ['Nobody will be left behind', 'Anna Grey'],
  ]],
  ['"said Finance Minister X": a capitalised field before a title word is part of the office, not the name', 'en', `Title
"The budget will be balanced next year," said Finance Minister Tom Baker.
"Our troops will stay," said Defence Secretary Anna Grey.`, [
    ['The budget will be balanced next year', 'Tom Baker'], ['Our troops will stay', 'Anna Grey'],
  ]],
  ['"…," he admitted / stated / countered: doubled stems, and a weak cue right after a quote is speech', 'en', `Title
Finance Minister Tom Baker met bankers on Monday.
"Mistakes were made last year," he admitted.
"The debt is under control," he stated.
"Growth will return in spring," he quipped.`, [
    ['Mistakes were made last year', 'Tom Baker'], ['The debt is under control', 'Tom Baker'],
    ['Growth will return in spring', 'Tom Baker'],
  ]],
  ['a headline subject ("Barlow defends …") is the office the body names before anyone else ("the prime minister told MPs")', 'en', `Barlow defends school reforms
The government will press ahead with its plans. "These reforms will raise standards in every school," the prime minister told MPs.`, [
    ['These reforms will raise standards in every school', 'Barlow'],
  ]],
  ['a Title Case span after a noun names a work, a programme or a group ("Lost in the City", "Save Our Schools"), no quote', 'en', `Headline
Critics said the film "Lost in the Harbour" was the best of the year.
The campaign group "Keep Our Libraries" said it would fight the closures.
Tom Baker said the council "will not close a single library this year".`, [
    ['will not close a single library this year', 'Tom Baker'],
  ]],
  ['verbs that judge in words take a partial quote: described … as "…", accused … of "…", slammed, dismissed, praised', 'en', `Headline
Tom Baker described the plan as a "bold new approach" to the crisis.
Helen Marsh accused the council of "gross incompetence and neglect".
Tom Baker dismissed the report as "complete and utter nonsense".`, [
    ['bold new approach', 'Tom Baker'],
    ['gross incompetence and neglect', 'Helen Marsh'],
    ['complete and utter nonsense', 'Tom Baker'],
  ]],
];

directCases(CASES);
