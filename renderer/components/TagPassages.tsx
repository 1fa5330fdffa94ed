// Above the list filtered by a tag: the passages carrying that tag (or one under it), each with
// its clip's title; choosing one opens the clip and scrolls to the passage. Reads the
// tag-passages model; opening calls the reader's action.
import { useState } from 'preact/hooks';
import type { HighlightItem } from '../../common/annotation.js';
import { openClip } from '../models/reader.js';
import { tagPassages } from '../models/tag-passages.js';
import { t } from '../i18n/t.js';

// Passages show their first lines; the clip has the rest.
const SHOWN = 5;

async function openPassage(item: HighlightItem): Promise<void> {
  await openClip(item.clipId);
  // The clip's body is drawn on the next frames; then the mark exists.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const mark = document.querySelector<HTMLElement>(`mark[data-highlight-id~="${CSS.escape(item.highlight.id)}"]`);
      const entry = document.querySelector<HTMLElement>(`[data-passage-entry="${CSS.escape(item.highlight.id)}"]`);
      (mark ?? entry)?.scrollIntoView({ block: 'center' });
    }),
  );
}

export function TagPassages() {
  const state = tagPassages.value;
  const [all, setAll] = useState(false);
  if (state?.status !== 'ready' || state.value.total === 0) return null;
  const items = all ? state.value.items : state.value.items.slice(0, SHOWN);
  return (
    <section class="tag-passages" aria-labelledby="tag-passages-heading">
      <h3 id="tag-passages-heading" class="section-title">
        {t('tagPassagesHeading', { n: state.value.total })}
      </h3>
      <ul class="tag-passage-list">
        {items.map((item) => (
          <li key={item.highlight.id}>
            <button type="button" class="tag-passage" onClick={() => void openPassage(item)}>
              <span class="tag-passage-text" dir="auto">
                {item.highlight.exact}
              </span>
              <span class="tag-passage-clip" dir="auto">
                {item.clipTitle}
                {item.highlight.anchor.status === 'orphaned' && ` · ${t('passageOrphanedShort')}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {state.value.items.length > SHOWN && (
        <button type="button" class="button button-quiet" onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAllPassages', { n: state.value.items.length })}
        </button>
      )}
    </section>
  );
}
