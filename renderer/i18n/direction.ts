// The writing direction of a clip's language, for containers holding its text. Arabic reads
// right-to-left whatever the UI language; unknown languages let the browser decide per block.
import type { Lang } from '../../common/domain.js';

const DIRECTION = { ar: 'rtl', en: 'ltr', ru: 'ltr', other: 'auto' } as const;

export const directionOf = (lang: Lang): 'rtl' | 'ltr' | 'auto' => DIRECTION[lang];
export const langAttr = (lang: Lang): string | undefined => (lang === 'other' ? undefined : lang);
