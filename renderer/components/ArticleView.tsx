// One clip in the reader: title (h1), a metadata line, tags, the body, and related links in an
// aside of their own. The article's direction follows the clip's language, not the UI's.
import { useEffect, useMemo } from 'preact/hooks';
import type { ClipDetail } from '../../common/domain.js';
import { layoutArticle } from '../models/article-layout.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { formatDate } from '../i18n/format.js';
import { directionOf, langAttr } from '../i18n/direction.js';
import { t } from '../i18n/t.js';
import { ArticleBody } from './ArticleBody.js';
import { clipQuotes, pendingQuoteJump, quotesPanelOpen, toggleQuotesPanel } from '../models/quotes.js';
import { jumpToQuote } from './jump-to-quote.js';


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
    >
      <header class="article-head">
        <h1 id="article-title" class="article-title" dir="auto">
          {clip.title}
        </h1>
        <p class="article-meta" lang={uiLocale.value}>
          <span class="meta-source" dir="auto">
            {clip.source ?? t('unknownSource')}
          </span>
          {clip.author && <span dir="auto">{t('byAuthor', { author: clip.author })}</span>}
          {published && <span dir="auto">{t('published', { date: published })}</span>}
          {captured && <span dir="auto">{t('captured', { date: captured })}</span>}
          {clip.sourceFile && (
            <span class="meta-file">
              {t('fromFile')} <bdi dir="auto">{clip.sourceFile}</bdi>
            </span>
          )}
        </p>
        <div class="reader-toolbar" role="toolbar" aria-label={t('readerLabel')} dir={uiDir.value} lang={uiLocale.value}>
          <button type="button" class="button" aria-pressed={quotesPanelOpen.value} onClick={toggleQuotesPanel}>
            {t('quotesToggle')}
          </button>
        </div>
        {clip.tags.length > 0 && (
          <ul class="article-tags" aria-label={t('clipTags')}>
            {clip.tags.map((tag) => (
              <li class="tag" dir="auto" key={tag}>
                {tag}
              </li>
            ))}
          </ul>
        )}
      </header>
      <ArticleBody parts={layout.parts} quotes={quotes} />
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
