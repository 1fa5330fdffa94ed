// The article's body from its laid-out parts: paragraphs, subheadings as h2 and list items in
// one real list. Every block is dir="auto" so a Russian or English line inside Arabic text
// takes its own direction. Draws only; the layout is computed by models/article-layout.ts.
import type { ArticlePart } from '../models/article-layout.js';

export function ArticleBody({ parts }: { parts: ArticlePart[] }) {
  return (
    <div class="article-body">
      {parts.map((part) => {
        if (part.kind === 'subheading') {
          return (
            <h2 key={part.key} class="article-subheading" dir="auto">
              {part.text}
            </h2>
          );
        }
        if (part.kind === 'list') {
          return (
            <ul key={part.key} class="article-list">
              {part.items.map((item) => (
                <li key={item.key} dir="auto">
                  {item.text}
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={part.key} dir="auto">
            {part.text}
          </p>
        );
      })}
    </div>
  );
}
