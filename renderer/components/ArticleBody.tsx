// The article's body from its laid-out parts: paragraphs, subheadings as h2 and list items in
// one real list. Every block is dir="auto" so a Russian or English line inside Arabic text
// takes its own direction. Quotes are drawn into each block's raw text by QuoteText.
import type { QuoteView } from '../../common/quotes/views.js';
import type { ArticlePart } from '../models/article-layout.js';
import { QuoteText } from './QuoteText.js';

export function ArticleBody({ parts, quotes }: { parts: ArticlePart[]; quotes: readonly QuoteView[] }) {
  return (
    <div class="article-body">
      {parts.map((part) => {
        if (part.kind === 'subheading') {
          return (
            <h2 key={part.key} class="article-subheading" dir="auto">
              <QuoteText text={part.text} start={part.start} quotes={quotes} />
            </h2>
          );
        }
        if (part.kind === 'list') {
          return (
            <ul key={part.key} class="article-list">
              {part.items.map((item) => (
                <li key={item.key} dir="auto">
                  <QuoteText text={item.text} start={item.start} quotes={quotes} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={part.key} dir="auto">
            <QuoteText text={part.text} start={part.start} quotes={quotes} />
          </p>
        );
      })}
    </div>
  );
}
