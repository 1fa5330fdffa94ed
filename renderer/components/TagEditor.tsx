// A tag field: the current tags as chips (× removes one) and a combobox that suggests existing
// tags as you type (fuzzy, Arabic-folded) or creates the typed one on Enter. Used for a clip's
// tags, a passage's tags and the bulk bar. Calls back; never calls a model action itself.
import { useState } from 'preact/hooks';
import { useAutoFocus } from './use-auto-focus.js';
import { cleanTagName, tagKey } from '../../common/tags/tag-name.js';
import { suggestTags, tagColours } from '../models/tag-manager.js';
import { t } from '../i18n/t.js';

// Eight suggestions fit under the field without scrolling.
const SUGGESTIONS = 8;

type Props = {
  /** Prefix of element ids; the input gets `${id}-input`. */
  id: string;
  label: string;
  tags: readonly string[];
  onAdd: (name: string) => unknown;
  onRemove?: (name: string) => unknown;
  placeholder?: string;
  /** Focus the input when first shown (the passage editor). */
  autoFocus?: boolean;
  /** Esc with no suggestions open (the reader and bulk bar hand focus back to the list). */
  onEscape?: () => void;
};

type ChipProps = { name: string; onRemove?: (name: string) => unknown; /** A <span> (inside a button) instead of an <li>. */ inline?: boolean };

export function TagChip({ name, onRemove, inline }: ChipProps) {
  const colour = tagColours.value.get(name) ?? null;
  const Tag = inline ? 'span' : 'li';
  return (
    <Tag class="tag tag-chip" style={colour ? { '--chip': colour } : undefined}>
      {colour && <span class="tag-dot" aria-hidden="true" />}
      <bdi dir="auto">{name}</bdi>
      {onRemove && (
        <button type="button" class="chip-remove" aria-label={t('tagRemove', { tag: name })} title={t('tagRemove', { tag: name })} onClick={() => void onRemove(name)}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </Tag>
  );
}

export function TagEditor({ id, label, tags, onAdd, onRemove, placeholder, autoFocus, onEscape }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useAutoFocus<HTMLInputElement>(!!autoFocus);
  const typed = cleanTagName(text);
  const found = open ? suggestTags.value(text, SUGGESTIONS, tags) : [];
  const exists = typed && (found.some((n) => tagKey(n) === tagKey(typed)) || tags.some((n) => tagKey(n) === tagKey(typed)));
  const options = [...found, ...(typed && !exists ? [`\u0000${typed}`] : [])];
  const listId = `${id}-suggestions`;

  const commit = (name: string): void => {
    const clean = cleanTagName(name);
    if (!clean) return;
    setText('');
    setActive(-1);
    if (!tags.some((n) => tagKey(n) === tagKey(clean))) void onAdd(clean);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = options.length;
      if (n) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' || e.key === ',' || e.key === '،') {
      if (!typed && active < 0) return;
      e.preventDefault();
      const pick = active >= 0 ? options[active] : undefined;
      commit(pick ? pick.replace('\u0000', '') : typed);
    } else if (e.key === 'Escape' && (open && options.length > 0)) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      setText('');
      onEscape();
    } else if (e.key === 'Backspace' && !text && onRemove && tags.length > 0) {
      void onRemove(tags[tags.length - 1]!);
    }
  };

  return (
    <div class="tag-editor">
      {tags.length > 0 && (
        <ul class="tag-chips" aria-label={label}>
          {tags.map((name) => (
            <TagChip key={name} name={name} onRemove={onRemove} />
          ))}
        </ul>
      )}
      <div class="tag-field">
        <input
          ref={input}
          id={`${id}-input`}
          class="text-input tag-input"
          dir="auto"
          role="combobox"
          aria-label={label}
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          spellcheck={false}
          placeholder={placeholder ?? t('tagAddPlaceholder')}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {open && options.length > 0 && (
          <ul id={listId} class="suggestions tag-suggestions" role="listbox" aria-label={t('tagSuggestions')}>
            {options.map((o, i) => {
              const create = o.startsWith('\u0000');
              const name = o.replace('\u0000', '');
              return (
                <li
                  key={o}
                  id={`${id}-option-${i}`}
                  role="option"
                  class="suggestion"
                  aria-selected={i === active}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => commit(name)}
                >
                  {create ? (
                    <span class="suggestion-text">
                      {t('tagCreate')} <bdi dir="auto">«{name}»</bdi>
                    </span>
                  ) : (
                    <span class="suggestion-text" dir="auto">
                      {name}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
