// One clip in the reader: title (h1), a metadata line, the toolbar (quotes, edit details, move
// to trash) with the details form when open, its tags and note, the body with quotes
// and passages drawn in, the passages list, and related links in an aside of their own. The
// article's direction follows the clip's language, not the UI's. A text selection in the body
// offers the Highlight button.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { PASTED_FILE, type ClipDetail } from '../../common/domain.js';
import { layoutArticle } from '../models/article-layout.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { formatDate } from '../i18n/format.js';
import { directionOf, langAttr } from '../i18n/direction.js';
import { t } from '../i18n/t.js';
import { ArticleBody } from './ArticleBody.js';
import { clipQuotes, pendingQuoteJump, quotesPanelOpen, toggleQuotesPanel } from '../models/quotes.js';
import { jumpToQuote } from './jump-to-quote.js';
import { tagClip } from '../models/annotate.js';
import { PENDING_PASSAGE_ID, passageEdit, pendingSpan, placeOf, type BodySpan } from '../models/passage-editor.js';
import type { Highlight } from '../../common/annotation.js';
import { restoreFromTrash } from '../models/trash.js';
import { ClipNote } from './ClipNote.js';
import { PassagesList } from './PassagesList.js';
import { rangeToSpan } from './selection-span.js';
import { TagEditor } from './TagEditor.js';
import { ClipEditForm } from './ClipEditForm.js';
import { editingClipId } from '../models/clip-edit.js';
import { trashAndFocusNext } from './trash-open-clip.js';
import { focusListRow } from './row-focus.js';

const pendingPassage = (span: BodySpan): Highlight => ({
  id: PENDING_PASSAGE_ID,
  exact: span.exact,
  prefix: '',
  suffix: '',
  start: span.start,
  end: span.end,
  tags: [],
  colour: null,
  note: '',
  createdAt: '',
  updatedAt: '',
  anchor: { status: 'anchored', start: span.start, end: span.end, moved: false },
});

/** Follows the document selection: a selection inside this body becomes the pending span. */
function useSelectionSpan(root: { current: HTMLElement | null }, body: string): void {
  useEffect(() => {
    const update = () => {
      const sel = document.getSelection();
      const el = root.current;
      const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      const span = el && range && !range.collapsed && range.intersectsNode(el) ? rangeToSpan(range, el, body) : null;
      pendingSpan.value = span && range ? { span, place: placeOf(range) } : null;
    };
    document.addEventListener('selectionchange', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      pendingSpan.value = null;
    };
  }, [body]);
}

export function ArticleView({ clip }: { clip: ClipDetail }) {
  const layout = useMemo(() => layoutArticle(clip.body, clip.blocks, clip.title), [clip]);
  const published = formatDate(clip.publishedAt);
  const captured = formatDate(clip.capturedAt);
  // Related links the importer kept apart, unless the body itself ends with them.
  const related =
    layout.related.length > 0
      ? layout.related
      : clip.related.map((link, i) => ({ key: `r${i}`, text: link.title, url: link.url }));
  const quotes = clipQuotes.value?.status === 'ready' ? clipQuotes.value.value : [];
  const edit = passageEdit.value;
  const creating = edit?.mode === 'new' && edit.clipId === clip.id ? edit.span : null;
  const drawn = useMemo(() => {
    const shown = clip.highlights.filter((h) => h.anchor.status !== 'orphaned');
    // The passage being created shows as a mark while its popover is open (focus has left the selection).
    return creating ? [...shown, pendingPassage(creating)] : shown;
  }, [clip, creating]);
  const editing = editingClipId.value === clip.id;
  const bodyRef = useRef<HTMLDivElement>(null);
  useSelectionSpan(bodyRef, clip.body);
  // Arriving from the Speakers view: go to the quote once its highlight is drawn.
  useEffect(() => {
    const id = pendingQuoteJump.value;
    if (id && quotes.some((q) => q.id === id)) {
      pendingQuoteJump.value = null;
      jumpToQuote(id);
    }
  }, [quotes]);
  return (
    <article
      class="article"
      dir={directionOf(clip.lang)}
      lang={langAttr(clip.lang)}
      aria-labelledby="article-title"
      aria-busy={clipQuotes.value?.status === 'loading'}
    >
      <header class="article-head">
        <h1 id="article-title" class="article-title" dir="auto">
          {clip.title}
        </h1>
        <p class="article-meta" lang={uiLocale.value} dir={uiDir.value}>
          <span class="meta-source" dir="auto">
            {clip.source ?? t('unknownSource')}
          </span>
          {clip.author && <span dir="auto">{t('byAuthor', { author: clip.author })}</span>}
          {published && <span dir="auto">{t('published', { date: published })}</span>}
          {captured && <span dir="auto">{t('captured', { date: captured })}</span>}
          {clip.sourceFile === PASTED_FILE && <span class="meta-file">{t('pastedClip')}</span>}
          {clip.sourceFile && clip.sourceFile !== PASTED_FILE && (
            <span class="meta-file">
              {t('fromFile')} <bdi dir="auto">{clip.sourceFile}</bdi>
            </span>
          )}
          {clip.provenance && (
            <span class="meta-provenance" dir="auto">
              {t('bundleProvenance', { analyst: clip.provenance.analyst, date: formatDate(clip.provenance.exportedAt) ?? '' })}
            </span>
          )}
        </p>
        <div class="reader-toolbar" role="toolbar" aria-label={t('readerLabel')} dir={uiDir.value} lang={uiLocale.value}>
          <button type="button" class="button" aria-pressed={quotesPanelOpen.value} onClick={toggleQuotesPanel}>
            {t('quotesToggle')}
          </button>
          <button
            id="edit-details"
            type="button"
            class="button"
            aria-expanded={editing}
            onClick={() => (editingClipId.value = editing ? null : clip.id)}
          >
            {t('editDetails')}
          </button>
          {!clip.deletedAt && (
            <button type="button" class="button danger" onClick={() => void trashAndFocusNext()}>
              {t('trashClip')}
            </button>
          )}
        </div>
        {editing && (
          <div dir={uiDir.value} lang={uiLocale.value}>
            <ClipEditForm clip={clip} />
          </div>
        )}
        {clip.deletedAt && (
          <p class="trash-line" dir={uiDir.value} lang={uiLocale.value}>
            {t('inTrash')}
            <button type="button" class="button" onClick={() => void restoreFromTrash([clip.id])}>
              {t('restore')}
            </button>
          </p>
        )}
        <div class="article-annotations" dir={uiDir.value} lang={uiLocale.value}>
          <TagEditor
            id="clip-tags"
            label={t('clipTags')}
            tags={clip.tags}
            placeholder={t('tagAddShortcut')}
            onAdd={(name) => tagClip(clip.id, [name])}
            onRemove={(name) => tagClip(clip.id, [], [name])}
            onEscape={focusListRow}
          />
          <ClipNote clipId={clip.id} note={clip.note} conflicts={clip.noteConflicts} />
        </div>
      </header>
      <div ref={bodyRef}>
        <ArticleBody parts={layout.parts} quotes={quotes} passages={drawn} />
      </div>
      <PassagesList clipId={clip.id} passages={clip.highlights} lang={langAttr(clip.lang)} />
      {related.length > 0 && (
        <aside class="related" aria-labelledby="related-heading" dir={uiDir.value} lang={uiLocale.value}>
          <h2 id="related-heading" class="related-title">
            {t('related')}
          </h2>
          <ul class="related-list" lang={langAttr(clip.lang)}>
            {related.map((line) => (
              <li key={line.key} dir="auto">
                {line.text}
                {'url' in line && line.url && (
                  <span class="related-url" dir="ltr">
                    {line.url}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </article>
  );
}
