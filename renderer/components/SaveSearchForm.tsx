// "Save this search": a button that opens a one-field form to name the active query (the box's
// text, suggested as the name). Calls the saved-searches model's save action only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { saveCurrentSearch } from '../models/saved-searches.js';
import { searchText } from '../models/search.js';
import { t } from '../i18n/t.js';

export function SaveSearchForm() {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (naming) field.current?.select();
  }, [naming]);
  if (!naming) {
    return (
      <button
        type="button"
        class="button button-quiet"
        onClick={() => {
          setName(searchText.value.trim());
          setNaming(true);
        }}
      >
        {t('saveSearch')}
      </button>
    );
  }
  return (
    <form
      class="save-search"
      onSubmit={async (e) => {
        e.preventDefault();
        if (name.trim() && (await saveCurrentSearch(name.trim()))) setNaming(false);
      }}
      onKeyDown={(e) => e.key === 'Escape' && setNaming(false)}
    >
      <input
        class="text-input"
        dir="auto"
        aria-label={t('saveSearchName')}
        value={name}
        ref={field}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <button type="submit" class="button button-primary" disabled={!name.trim()}>
        {t('save')}
      </button>
      <button type="button" class="button button-quiet" onClick={() => setNaming(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}
