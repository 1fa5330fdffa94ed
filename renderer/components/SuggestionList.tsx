// The autocomplete listbox under the search box. Options are chosen with the mouse here; the
// box itself handles the arrow keys (aria-activedescendant points at the active option).
import { activeSuggestion, suggestions } from '../models/suggestions.js';
import { t } from '../i18n/t.js';

export const SUGGESTION_LIST_ID = 'search-suggestions';
export const suggestionId = (i: number): string => `search-suggestion-${i}`;

export function SuggestionList({ onPick }: { onPick: (index: number) => void }) {
  const list = suggestions.value;
  if (list.length === 0) return null;
  return (
    <ul id={SUGGESTION_LIST_ID} class="suggestions" role="listbox" aria-label={t('searchSuggestions')}>
      {list.map((s, i) => (
        <li
          key={`${s.kind}:${s.text}`}
          id={suggestionId(i)}
          role="option"
          class="suggestion"
          aria-selected={i === activeSuggestion.value}
          // Keep focus in the box: a mousedown would blur it and close the list before the click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(i)}
        >
          <span class="suggestion-text" dir="auto">
            {s.text}
          </span>
          <span class="suggestion-kind">{t(`kind.${s.kind}`)}</span>
        </li>
      ))}
    </ul>
  );
}
