// One run of an article block with its passage highlights drawn as <mark class="passage"> in
// their colours (text nodes and elements only). A click on a mark, without a text selection,
// opens that passage for editing. Sits inside quote marks, so both kinds show together; hovering a
// passage with a note shows the note (its tooltip), not the quote card around it.
import type { Highlight } from '../../common/annotation.js';
import { passageRuns } from '../../common/view/passage-runs.js';
import { PENDING_PASSAGE_ID, passageEdit, placeOf } from '../models/passage-editor.js';
import { passageColour } from '../models/passage-colours.js';
import { openClipId } from '../models/reader.js';
import { tagColours } from '../models/tag-manager.js';
import { activeQuote } from '../models/quotes.js';
import { readerScrollTop } from './floating.js';

type Props = { text: string; start: number; passages: readonly Highlight[] };

/** The note first (what a reader hovers for), then the passage's tags; none when both are empty. */
const passageTip = (h: Highlight): string | undefined => [h.note.trim(), h.tags.join(' · ')].filter(Boolean).join('\n') || undefined;

export function PassageMarks({ text, start, passages }: Props) {
  if (passages.length === 0) return <>{text}</>;
  const spans = passages.map((h) => ({ id: h.id, start: h.anchor.start, end: h.anchor.end }));
  return (
    <>
      {passageRuns(text, start, spans).map((run, i) => {
        if (run.ids.length === 0) return run.text;
        // The innermost (latest-starting) passage decides the colour and what a click opens.
        const top = passages.find((h) => h.id === run.ids[run.ids.length - 1])!;
        const colour = passageColour(top, tagColours.value);
        return (
          <mark
            key={i}
            class={`passage${run.ids.length > 1 ? ' passage-overlap' : ''}${top.anchor.status === 'drifted' ? ' passage-drifted' : ''}`}
            data-highlight-id={run.ids.join(' ')}
            style={colour ? { '--passage': colour } : undefined}
            title={passageTip(top)}
            onMouseEnter={top.note.trim() ? () => (activeQuote.value = null) : undefined}
            onClick={(e) => {
              const id = openClipId.value;
              // The end of a drag-selection across the mark is not a click on it.
              const sel = document.getSelection();
              const selecting = !!sel && !sel.isCollapsed && sel.toString().trim() !== '' && sel.containsNode(e.currentTarget, true);
              if (!id || selecting || top.id === PENDING_PASSAGE_ID) return;
              passageEdit.value = { mode: 'edit', clipId: id, highlight: top, place: placeOf(e.currentTarget), scrollTop: readerScrollTop() };
            }}
          >
            {run.text}
          </mark>
        );
      })}
    </>
  );
}
