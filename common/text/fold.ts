// Folds a short string for keyword matching only (header keys, "read also" cues, verbs of saying).
// A thin wrapper over the one normaliser (normalize.ts) that keeps ة, because those keyword
// tables spell it. Pure: no DOM, no Node. Never store or display the folded text.
import { foldKey } from './normalize.js';

export const foldForMatch = (s: string): string => foldKey(s, { tehMarbuta: false });
