// The tick box at the start of a clip row (list or search hit): click toggles the clip in the
// multi-selection, Shift-click extends it as a range. Calls the selection model only.
import { selectRangeTo, toggleSelected } from '../models/selection.js';
import { t } from '../i18n/t.js';

type Props = { id: string; title: string; ticked: boolean };

export function RowTick({ id, title, ticked }: Props) {
  return (
    <input
      type="checkbox"
      class="clip-tick"
      checked={ticked}
      aria-label={t('selectClip', { title })}
      onClick={(e) => {
        if (e.shiftKey) {
          e.preventDefault();
          selectRangeTo(id);
        } else toggleSelected(id);
      }}
    />
  );
}
