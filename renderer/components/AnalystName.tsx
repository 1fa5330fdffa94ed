// The analyst-name setting in the top bar (issue 15): a short text field saved when left or on
// Enter. Calls the analyst model only.
import { useEffect } from 'preact/hooks';
import { analystName, loadAnalyst, setAnalyst } from '../models/analyst.js';
import { t } from '../i18n/t.js';

export function AnalystName() {
  useEffect(() => void loadAnalyst(), []);
  return (
    <div class="language-switch">
      <label class="language-label" for="analyst-name">
        {t('analystLabel')}
      </label>
      <input
        id="analyst-name"
        class="text-input analyst-input"
        dir="auto"
        maxLength={200}
        placeholder={t('analystPlaceholder')}
        value={analystName.value}
        onBlur={(e) => void setAnalyst(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void setAnalyst(e.currentTarget.value);
        }}
      />
    </div>
  );
}
