// The reader's find bar (Ctrl/Cmd+F): type, and every match in the article body is marked,
// spelled any way search accepts (hamza, tashkeel, taa marbuta…); "3 of 12"; Enter and
// Shift+Enter (or the arrows) go to the next and previous; Esc closes it and gives focus back.
// Sits at the top of the reader in the UI's direction; the article keeps its own.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { ClipDetail } from '../../common/domain.js';
import { MAX_FIND_MATCHES, findMatches, foldBody, stepMatch } from '../../common/view/find-matches.js';
import { closeFind, findCurrent, findFocusTick, findText } from '../models/find.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { t } from '../i18n/t.js';
import { clearMatches, paintMatches, scrollToRange } from './find-paint.js';

/** Repaints the marks whenever the body redraws (quotes arriving replace its text nodes). */
function usePaint(spans: { start: number; end: number }[], current: number): void {
  useEffect(() => {
    const body = document.querySelector('.article-body');
    let first = true;
    const paint = (): void => {
      const here = paintMatches(body, spans, current);
      if (here && first) scrollToRange(here, document.querySelector('.reader'));
      first = false;
    };
    paint();
    const watch = new MutationObserver(paint);
    if (body) watch.observe(body, { childList: true, subtree: true, characterData: true });
    return () => {
      watch.disconnect();
      clearMatches();
    };
  }, [spans, current]);
}

export function FindBar({ clip }: { clip: ClipDetail }) {
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const prepared = useMemo(() => foldBody(clip.body), [clip.body]);
  const query = findText.value;
  const spans = useMemo(() => findMatches(prepared, query), [prepared, query]);
  const current = Math.min(findCurrent.value, Math.max(0, spans.length - 1));
  usePaint(spans, current);

  // Each Ctrl+F (also while open) puts the typing in the box, its text selected.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== input.current) returnTo.current = active;
    input.current?.focus();
    input.current?.select();
  }, [findFocusTick.value]);

  const close = (): void => {
    closeFind();
    const back = returnTo.current;
    if (back?.isConnected && back !== document.body) back.focus();
    else document.querySelector<HTMLElement>('.clip-row[aria-current="true"]')?.focus();
  };
  const step = (by: 1 | -1): void => {
    findCurrent.value = stepMatch(spans.length, current, by);
  };
  const count =
    query.trim() === ''
      ? ''
      : spans.length === 0
        ? t('find.none')
        : t('find.count', { i: current + 1, n: spans.length >= MAX_FIND_MATCHES ? `${MAX_FIND_MATCHES}+` : spans.length });
  return (
    <div class="find-bar" role="search" aria-label={t('find.label')} dir={uiDir.value} lang={uiLocale.value}>
      <input
        ref={input}
        id="find-input"
        class="text-input find-input"
        type="search"
        dir="auto"
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        value={query}
        aria-describedby="find-count"
        onInput={(e) => {
          findText.value = e.currentTarget.value;
          findCurrent.value = 0;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            step(e.shiftKey || e.key === 'ArrowUp' ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      <output id="find-count" class="find-count" aria-live="polite">
        {count}
      </output>
      <button type="button" class="button button-quiet" aria-label={t('find.prev')} title={t('find.prev')} disabled={spans.length === 0} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" class="button button-quiet" aria-label={t('find.next')} title={t('find.next')} disabled={spans.length === 0} onClick={() => step(1)}>
        ↓
      </button>
      <button type="button" class="button button-quiet" aria-label={t('find.close')} title={t('find.close')} onClick={close}>
        ×
      </button>
    </div>
  );
}
