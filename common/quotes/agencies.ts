// News agencies and outlets: a relay source ("via") when they pass words on, a speaker when they
// are the subject of a report (وذكرت وكالة سانا أن …). Pure data: no DOM, no Node.
// Short names are what the product shows: وكالة الأنباء السورية (سانا) → سانا.
import { foldKey } from '../text/normalize.js';

// Folded key → display name. Arabic, Latin and Cyrillic forms of the agencies Marsad's desks read.
const AGENCIES: [string[], string][] = [
  [['سانا'], 'سانا'], [['واع'], 'واع'], [['وام'], 'وام'], [['واس'], 'واس'], [['قنا'], 'قنا'], [['كونا'], 'كونا'],
  [['بترا'], 'بترا'], [['وفا'], 'وفا'], [['ومع'], 'ومع'], [['وات'], 'وات'], [['بنا'], 'بنا'], [['العمانية'], 'العمانية'],
  [['رويترز', 'reuters'], 'رويترز'], [['الأناضول', 'anadolu'], 'الأناضول'], [['فرانس', 'afp'], 'فرانس برس'],
  [['أسوشيتد', 'ap'], 'أسوشيتد برس'], [['تاس', 'ТАСС', 'tass'], 'تاس'], [['نوفوستي', 'novosti'], 'نوفوستي'],
  [['إنترفاكس', 'интерфакс', 'interfax'], 'إنترفاكس'], [['شينخوا', 'xinhua'], 'شينخوا'], [['إرنا', 'irna'], 'إرنا'],
  [['سبأ'], 'سبأ'], [['سونا'], 'سونا'], [['سبوتنيك', 'sputnik'], 'سبوتنيك'],
  [['SANA'], 'SANA'], [['РИА'], 'РИА Новости'], [['ТАСС'], 'ТАСС'], [['bloomberg', 'بلومبرغ'], 'Bloomberg'],
  [['regnum', 'регнум'], 'Regnum'], [['белта', 'belta'], 'БелТА'], [['рбк'], 'РБК'], [['униан'], 'УНИАН'], [['укринформ'], 'Укринформ'],
];
const BY_KEY = new Map<string, string>();
for (const [keys, name] of AGENCIES) for (const k of keys) BY_KEY.set(foldKey(k), name);
// Latin/Cyrillic display names keep their own script when the article uses it.
const SAME_SCRIPT: Record<string, string> = { reuters: 'Reuters', sana: 'SANA', tass: 'TASS', тасс: 'ТАСС', интерфакс: 'Интерфакс', interfax: 'Interfax', afp: 'AFP', ap: 'AP', anadolu: 'Anadolu', xinhua: 'Xinhua' };

/** The agency a folded word names (Russian case endings tolerated: Интерфаксу, ТАСС), or null. */
export function agencyName(f: string): string | null {
  const direct = BY_KEY.get(f);
  if (direct) return SAME_SCRIPT[f] ?? direct;
  if (f.startsWith('интерфакс')) return 'Интерфакс';
  // A Cyrillic name ending in a consonant declines (корреспондент Укринформа, сообщили УНИАНу).
  const stem = /^(\p{Script=Cyrillic}{3,}[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/u.exec(f)?.[1];
  if (stem && BY_KEY.has(stem)) return SAME_SCRIPT[stem] ?? BY_KEY.get(stem)!;
  // A regional edition written with a hyphen (РБК-Украина) is its agency's.
  const dash = f.indexOf('-');
  if (dash > 0 && /^\p{Script=Cyrillic}+$/u.test(f.slice(0, dash))) return BY_KEY.get(f.slice(0, dash)) ?? null;
  return null;
}

/** Words that introduce an agency or outlet name (وكالة، agency, агентство). */
export const AGENCY_HEADS = new Set(['وكاله', 'الوكاله', 'agency', 'агентство', 'агентства']);
