// The article's body from its laid-out parts: paragraphs, subheadings as h2 and list items in
// one real list. Every block is dir="auto" so a Russian or English line inside Arabic text
// takes its own direction, and carries data-start (its offset in the raw body) so a text
// selection maps back to body offsets. Quotes and passages are drawn in by QuoteText.
import type { Highlight } from '../../common/annotation.js';
import type { QuoteView } from '../../common/quotes/views.js';
import type { ArticlePart } from '../models/article-layout.js';
import { QuoteText } from './QuoteText.js';

type Props = { parts: ArticlePart[]; quotes: readonly QuoteView[]; passages: readonly Highlight[] };

export function ArticleBody({ parts, quotes, passages }: Props) {
  return (
    <div class="article-body">
      {parts.map((part) => {
        if (part.kind === 'subheading') {
          return (
            <h2 key={part.key} class="article-subheading" dir="auto" data-start={part.start}>
              <QuoteText text={part.text} start={part.start} quotes={quotes} passages={passages} />
            </h2>
          );
        }
        if (part.kind === 'list') {
          return (
            <ul key={part.key} class="article-list">
              {part.items.map((item) => (
                <li key={item.key} dir="auto" data-start={item.start}>
                  <QuoteText text={item.text} start={item.start} quotes={quotes} passages={passages} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={part.key} dir="auto" data-start={part.start}>
            <QuoteText text={part.text} start={part.start} quotes={quotes} passages={passages} />
          </p>
        );
      })}
    </div>
  );
}
