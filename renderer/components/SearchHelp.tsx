// The "?" popover beside the search box: the query syntax, one row per form, with an example
// (plain Arabic examples read right-to-left, operator examples left-to-right), and a way to the
// keyboard-shortcuts sheet. Static text only.
import type { MessageKey } from '../i18n/en.js';
import { t } from '../i18n/t.js';
import { Popover } from './Popover.js';
import { shortcutsOpen } from '../models/shortcuts.js';

// Plain words read in their own direction; an example with an operator reads left to right like
// the syntax it shows, so «-غزة» keeps its minus before the word and «موسكو OR Moscow» its order.
const ROWS: { example: string; key: MessageKey; dir?: 'ltr' }[] = [
  { example: 'لافروف الشيباني', key: 'help.words' },
  { example: '"وزير الخارجية"', key: 'help.phrase' },
  { example: '+دمشق', key: 'help.must', dir: 'ltr' },
  { example: '-غزة', key: 'help.exclude', dir: 'ltr' },
  { example: 'موسكو OR Moscow', key: 'help.or', dir: 'ltr' },
  { example: 'tag:سوريا', key: 'help.tag' },
  { example: 'source:"BBC Arabic"', key: 'help.source' },
  { example: 'lang:ar  lang:en  lang:ru', key: 'help.lang' },
  { example: 'before:2025-06 after:2025-01-15', key: 'help.dates' },
  { example: 'speaker:لافروف', key: 'help.speaker' },
  { example: 'is:quote', key: 'help.isQuote' },
];

export function SearchHelp() {
  return (
    <Popover id="search-help" label={t('searchHelp')} face={<span aria-hidden="true">?</span>} class="search-help">
      {(close) => (
        <>
        <dl class="help-list">
          {ROWS.map((row) => (
            <div class="help-row" key={row.key}>
              <dt>
                <code dir={row.dir ?? 'auto'}>{row.example}</code>
              </dt>
              <dd>{t(row.key)}</dd>
            </div>
          ))}
        </dl>
        <button
          type="button"
          class="button button-quiet help-shortcuts"
          aria-keyshortcuts="?"
          onClick={() => {
            close();
            shortcutsOpen.value = true;
          }}
        >
          {t('shortcutsOpen')}
        </button>
        </>
      )}
    </Popover>
  );
}
