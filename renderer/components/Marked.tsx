// Text with matched words wrapped in <mark>, built as text nodes and elements from UTF-16 spans
// (never innerHTML). The caller's container carries dir; marks inherit the bidi of their line.
import { highlightRuns } from '../../common/view/highlight-runs.js';
import type { Span } from '../../common/search/types.js';

export function Marked({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <>
      {highlightRuns(text, spans).map((run, i) => (run.mark ? <mark key={i}>{run.text}</mark> : run.text))}
    </>
  );
}
