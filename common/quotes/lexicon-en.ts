// English cue lexicon: verbs of saying (all inflections listed), titles, organisation heads and
// words that make a quoted span a name. Pure data: no DOM, no Node. Keys are lower case.
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const STEMS = `say tell add stress note announce explain write report declare insist warn argue claim
  state confirm deny recall reply answer comment observe acknowledge admit predict urge
  describe call testify concede boast complain caution suggest emphasise emphasize point retort plead
  exclaim respond assert affirm reiterate clarify recount conclude agree continue ask maintain reveal disclose
  accuse dismiss hail condemn criticise criticize praise blame denounce`;
// Verbs that judge someone or something in words ("accused the government of “…”", "described it as
// “…”"): speech only with a quote close after them (EN_WEAK_CUES).
const JUDGING = 'accuse dismiss hail condemn criticise criticize praise blame denounce slam label';
// Verbs of saying that are also nouns (a quip, the pledge, a remark): only their -ed and -ing forms.
const NOUN_LIKE = `promise echo quip joke remark tweet shout whisper vow pledge threaten lament muse rage fume demand counter`;
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'], tell: ['tell', 'tells', 'told', 'telling'], write: ['write', 'writes', 'wrote', 'writing'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  // Stems that double their last consonant (admitted, quipped).
  admit: ['admit', 'admits', 'admitted', 'admitting'], quip: ['quip', 'quips', 'quipped', 'quipping'],
  slam: ['slam', 'slams', 'slammed', 'slamming'], label: ['label', 'labels', 'labelled', 'labelling', 'labeled', 'labeling'],
};
const inflect = (s: string): string[] => {
  if (IRREGULAR[s]) return IRREGULAR[s];
  const base = s.endsWith('e') ? s.slice(0, -1) : s;
  const ed = s.endsWith('e') ? `${s}d` : s.endsWith('y') && !/[aeiou]y$/.test(s) ? `${s.slice(0, -1)}ied` : `${s}ed`;
  const es = /(s|sh|ch|x)$/.test(s) ? `${s}es` : s.endsWith('y') && !/[aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`;
  return [s, es, ed, `${base}ing`];
};
export const EN_CUES = new Set([
  ...STEMS.split(/\s+/).filter(Boolean).flatMap(inflect),
  ...IRREGULAR.slam!, ...IRREGULAR.label!,
  ...NOUN_LIKE.split(/\s+/).filter(Boolean).flatMap((w) => inflect(w).slice(2)),
]);
/** Cues that need "that", a quote or a colon to be speech ("call" is often a phone call). */
export const EN_WEAK_CUES = set(`call calls called calling describe describes described describing point points pointed pointing state states stated
  agree agrees agreed agreeing continue continues continued continuing ask asks asked asking demanded demanding
  maintain maintains maintained maintaining countered countering
  ${JUDGING.split(' ').flatMap(inflect).join(' ')}`);
/** Present participles that carry the subject of the main clause ("…, adding that …"). */
export const EN_PARTICIPLES = set('adding saying noting stressing warning calling insisting explaining arguing telling describing claiming');
export const EN_PRONOUNS = set('he she they it we i');
export const EN_THAT = set('that');
export const EN_AUX = set('was were is are had has have would will could can should might must did does do may');
/** Titles before a name (Foreign Minister Karim Haddadin, Gov. Helen Marsh, Cal Fire Chief Rosa Delgado). */
export const EN_TITLES = set(`minister foreign prime president vice chief executive spokesman spokeswoman spokesperson
  secretary governor gov sen senator rep representative pm mayor director chairman chairwoman chair ceo leader head
  ambassador general gen col colonel commander deputy official officials analyst economist professor prof dr mr mrs
  ms judge king queen prince sheikh emir founder principal driver officer adviser advisor envoy state republican
  democratic democrat union council manager coordinator counterpart lawmaker mp diplomat negotiator activist
  resident witness expert researcher lawyer attorney prosecutor campaigner teacher doctor nurse source sources aide
  strategist historian scientist engineer trader banker headteacher superintendent sergeant captain lieutenant
  inspector detective commissioner regulator auditor treasurer cleric imam bishop rabbi spokespeople candidate
  nominee challenger incumbent councillor councilor strategist pollster banker author delegate insider observer
  investor broker consultant daughter son wife husband mother father widow relative neighbour neighbor trustee
  member governor curator director-general secretary-general attorney-general governor-general solicitor-general
  vice-president vice-chancellor vice-chairman commander-in-chief administrator organiser organizer volunteer survivor veteran
  editor journalist reporter correspondent columnist publisher presenter broadcaster coach player striker
  goalkeeper midfielder defender captain boss chancellor premier peer baroness owner partner chairperson
  writer novelist actor actress singer artist pilot farmer worker student patient victim fan supporter critic
  viewer listener reader caller commenter onlooker bystander spectator shopper customer commuter motorist
  woman man girl boy passerby passer-by pensioner grandmother grandfather mum dad`);
/** Generic titles that point back to a person already named ("the minister said"). */
export const EN_GENERIC = set('minister official spokesman spokeswoman spokesperson diplomat envoy ambassador president governor leader chief');
/** Heads of organisation names that can speak ("the Department for Levelling Up said"). */
export const EN_ORG_HEADS = set(`ministry department council authority agency government office police army union
  company bank commission committee embassy administration officials campaigners group court prosecutors
  campaign party firm organisation organization institute university hospital airline utility coalition alliance
  foundation board bureau federation association corporation network`);
/** Words before a quoted span that make it a name or title, not speech. */
export const EN_NAMING = set('titled entitled dubbed named called so-called nicknamed branded slogan hashtag codenamed operation campaign');
/** Subjects that stand for the previous speaker. */
export const EN_STOP = set('in on at after before during from to for with by of about as when while since and but or');
export const EN_ACCORDING = 'according';

/** Heads of an unnamed source ("a source close to the talks"). */
export const EN_SOURCE_HEADS = set('source sources');
/** Heads of a generic title that may later refer back to a named person (the resolver's; narrower than EN_GENERIC). */
export const EN_GENERIC_HEADS = set('official minister spokesman spokeswoman diplomat');
