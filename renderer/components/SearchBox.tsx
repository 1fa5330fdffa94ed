// The search box in the top bar: a labelled searchbox that searches as you type, "/" to focus
// it from anywhere, Esc to close suggestions and then clear and return to the list, arrow keys and Enter through the
// autocomplete listbox. Calls search, suggestion and saved-search actions only.
import { useEffect, useRef } from 'preact/hooks';
import { savedSearches, openSavedSearch } from '../models/saved-searches.js';
import { endSearch, searchText, submitQuery, typeQuery } from '../models/search.js';
import { activeSuggestion, closeSuggestions, loadSuggestions, moveSuggestion, pickSuggestion, suggestions } from '../models/suggestions.js';
import { t } from '../i18n/t.js';
import { SUGGESTION_LIST_ID, SuggestionList, suggestionId } from './SuggestionList.js';
import { focusListRow } from './row-focus.js';

const typingInto = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function SearchBox() {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const slash = (e: KeyboardEvent) => {
      // By character or by physical key: on an Arabic layout the "/" key types «ظ» (issue 14).
      // A key that types "?" or «؟» is the shortcuts key, whatever its physical place.
      const help = e.key === '?' || e.key === '؟';
      const slashKey = e.key === '/' || (e.code === 'Slash' && !e.shiftKey && !help);
      if (!slashKey || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
      e.preventDefault();
      box.current?.focus();
      box.current?.select();
    };
    document.addEventListener('keydown', slash);
    return () => document.removeEventListener('keydown', slash);
  }, []);

  const pick = (index: number): void => {
    const el = box.current;
    const next = pickSuggestion(searchText.value, index);
    if (!el || !next) return;
    if (next.picked.kind === 'saved') {
      const state = savedSearches.value;
      const saved = state.status === 'ready' ? state.value.find((s) => s.name === next.picked.text) : undefined;
      if (saved) return void openSavedSearch(saved.id);
    }
    typeQuery(next.query);
    void submitQuery();
    requestAnimationFrame(() => el.setSelectionRange(next.caret, next.caret));
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const open = suggestions.value.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      moveSuggestion(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open && activeSuggestion.value >= 0) return pick(activeSuggestion.value);
      closeSuggestions();
      void submitQuery();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (open) return closeSuggestions();
      // Clears the search and hands the keyboard back to the list, so J/K and Ctrl+Z work at once.
      endSearch();
      focusListRow();
    }
  };

  const active = activeSuggestion.value;
  return (
    <div class="search-field">
      <input
        ref={box}
        type="search"
        role="searchbox"
        class="search-input"
        dir="auto"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        aria-keyshortcuts="/"
        aria-autocomplete="list"
        aria-controls={SUGGESTION_LIST_ID}
        aria-activedescendant={active >= 0 ? suggestionId(active) : undefined}
        autoComplete="off"
        spellcheck={false}
        value={searchText.value}
        onInput={(e) => {
          const el = e.currentTarget;
          typeQuery(el.value);
          void loadSuggestions(el.value, el.selectionStart ?? el.value.length);
        }}
        onKeyDown={onKeyDown}
        onBlur={closeSuggestions}
      />
      {searchText.value && (
        <button
          type="button"
          class="search-clear"
          aria-label={t('searchClear')}
          title={t('searchClear')}
          onClick={() => {
            endSearch();
            box.current?.focus();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <SuggestionList onPick={pick} />
    </div>
  );
}
