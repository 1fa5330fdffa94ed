// The Speakers view in the reader pane: every person the library quotes with a count, the
// organisations (an agency reporting in its own name, a ministry) listed apart, the
// «غير منسوب» / Unattributed group, and the chosen entry's quotes across the library, newest
// first, each opening its clip at the quote (where the Quotes panel assigns a speaker); a relay
// (an agency that carried the words) is shown as «عبر …» under the quote, never as its speaker.
import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PersonQuote, PersonView } from '../../common/quotes/views.js';
import { undo } from '../models/history.js';
import { chosenPerson, choosePerson, closeSpeakers, openPersonQuote, people, personQuotes, speakersRefreshed, speakerUndo, UNATTRIBUTED_ID, unattributedCount } from '../models/speakers.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { directionOf, langAttr } from '../i18n/direction.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { t } from '../i18n/t.js';
import { ErrorMessage } from './ErrorMessage.js';
import { SpeakerActions } from './SpeakerActions.js';
import { SpeakerTimeline } from './SpeakerTimeline.js';
import { Status } from './Status.js';
import { useFocusReturn } from './use-focus-return.js';

function QuoteLink({ q }: { q: PersonQuote }) {
  return (
    // The quote and the line naming its clip read in the clip's direction, aligned together.
    <li class={`speaker-quote quotes-entry-${q.kind}`} dir={directionOf(q.lang)} lang={langAttr(q.lang)}>
      <button type="button" class="quotes-jump" onClick={() => void openPersonQuote(q)}>
        <span class="quotes-text" dir="auto">
          {q.text}
        </span>
        {/* The title isolated in its own direction, so a Russian or English title never pulls the
            date's digits and slashes out of order in an Arabic window. */}
        <span class="speaker-quote-meta">
          <bdi>{q.clipTitle}</bdi> · <bdi>{formatDate(q.date)}</bdi>
        </span>
        {q.via && (
          // Worded in the window's language (and read in its direction), aligned with the quote.
          <span class="speaker-quote-via" dir={uiDir.value} lang={uiLocale.value}>
            {t('quoteVia')} <bdi>{q.via}</bdi>
          </span>
        )}
      </button>
    </li>
  );
}

/** The Unattributed group: quotes whose speaker no rule could name, to be assigned from the clip. */
function UnattributedGroup() {
  const count = unattributedCount.value;
  if (count === null) return null;
  return (
    <button type="button" class="facet speakers-unattributed" aria-pressed={chosenPerson.value === UNATTRIBUTED_ID} onClick={() => void choosePerson(UNATTRIBUTED_ID)}>
      <span class="facet-name">{t('speakersUnattributed')}</span>
      <span class="facet-count">{formatNumber(count)}</span>
    </button>
  );
}

/** Up and Down (Home, End) move between the list's entries, as in any desktop list; Tab still
 *  goes on to the chosen entry's actions. */
function moveInList(e: KeyboardEvent): void {
  const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  const step = keys[e.key];
  const side = e.currentTarget as HTMLElement;
  if (step === undefined || !(e.target instanceof HTMLButtonElement)) return;
  const entries = [...side.querySelectorAll<HTMLButtonElement>('button.facet')];
  const at = entries.indexOf(e.target);
  if (at < 0) return;
  e.preventDefault();
  const next = Math.max(0, Math.min(entries.length - 1, Number.isFinite(step) ? at + step : step > 0 ? entries.length - 1 : 0));
  entries[next]!.focus();
}

/** People (and offices) or organisations (an agency speaking for itself, a ministry), each entry's
 *  count right after its name; nothing when the library quotes none of that kind. */
function EntryList({ kind, people: entries }: { kind: PersonView['kind']; people: PersonView[] }) {
  if (entries.length === 0) return null;
  const heading = `speakers-${kind}-heading`;
  return (
    <div class="speakers-section">
      <h3 id={heading} class="section-title">
        {t(kind === 'organisation' ? 'speakersOrganisations' : 'speakersPeople')}
      </h3>
      <ul class={`speakers-list speakers-${kind}`} aria-labelledby={heading}>
        {entries.map((p) => (
          <li key={p.id}>
            <button type="button" class="facet" aria-pressed={chosenPerson.value === p.id} onClick={() => void choosePerson(p.id)} title={p.aliases.join('، ')}>
              <span class="facet-name" dir="auto">
                {p.name}
              </span>
              <span class="facet-count">{formatNumber(p.quoteCount)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SpeakersView() {
  const list = people.value;
  const chosen = personQuotes.value;
  const group = chosen?.status === 'ready' && chosen.value.person.id === UNATTRIBUTED_ID;
  // Choosing a person shows their quotes from the first: the quotes column scrolls on its own, so
  // it goes back to its top (the list and the view's heading stay where they are).
  const quotesRef = useRef<HTMLDivElement>(null);
  const shownId = chosen?.status === 'ready' ? chosen.value.person.id : null;
  useEffect(() => {
    const quotes = quotesRef.current;
    if (!shownId || !quotes) return;
    quotes.scrollTop = 0;
    quotes.scrollIntoView({ block: 'nearest' });
  }, [shownId]);
  // After an edit or an undo took away the focused control, the chosen entry (else the first) takes
  // focus, so a keyboard user goes on from where the change shows.
  const sideRef = useRef<HTMLDivElement>(null);
  // Closing hands focus back to what opened the view (the sidebar's Speakers entry), not the page.
  const close = useFocusReturn(closeSpeakers);
  const refreshed = speakersRefreshed.value;
  const handled = useRef(refreshed); // not on opening the view: only after a change made in it
  useEffect(() => {
    const side = sideRef.current;
    if (refreshed === handled.current) return;
    handled.current = refreshed;
    if (!side || (document.activeElement && document.activeElement !== document.body)) return;
    (side.querySelector<HTMLElement>('[aria-pressed="true"]') ?? side.querySelector<HTMLElement>('button'))?.focus();
  }, [refreshed]);
  return (
    <section class="speakers" aria-labelledby="speakers-title">
      <header class="quotes-panel-head">
        <h2 id="speakers-title">{t('speakersTitle')}</h2>
        {speakerUndo.value && (
          <button type="button" class="button speakers-undo" onClick={() => void undo()}>
            {t('speakersUndo')}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={close} aria-label={t('speakersClose')}>
          ×
        </button>
      </header>
      {list.status === 'loading' && <Status kind="loading">{t('loading')}</Status>}
      {list.status === 'error' && <ErrorMessage error={list.error} />}
      {list.status === 'ready' && list.value.length === 0 && <Status kind="empty">{t('speakersEmpty')}</Status>}
      <div class="speakers-grid">
        <div class="speakers-side" ref={sideRef} onKeyDown={moveInList}>
          <UnattributedGroup />
          {list.status === 'ready' && (
            <>
              <EntryList kind="person" people={list.value.filter((p) => p.kind !== 'organisation')} />
              <EntryList kind="organisation" people={list.value.filter((p) => p.kind === 'organisation')} />
            </>
          )}
        </div>
        {chosen === null && list.status === 'ready' && list.value.length > 0 && <p class="speakers-pick">{t('speakersPick')}</p>}
        {chosen?.status === 'loading' && <Status kind="loading">{t('loading')}</Status>}
        {chosen?.status === 'error' && <ErrorMessage error={chosen.error} />}
        {chosen?.status === 'ready' && (
          <div class="speaker-quotes" ref={quotesRef}>
            <h3 dir="auto">{group ? t('speakersUnattributedQuotes') : t('speakerQuotes', { name: chosen.value.person.name })}</h3>
            {chosen.value.person.aliases.length > 0 && (
              <p class="speaker-aliases">
                {t('speakerAliases')}{' '}
                {chosen.value.person.aliases.map((a, i) => (
                  <Fragment key={a}>
                    {i > 0 && t('listSeparator')}
                    <bdi>{a}</bdi>
                  </Fragment>
                ))}
              </p>
            )}
            {!group && <SpeakerActions key={chosen.value.person.id} person={chosen.value.person} />}
            <SpeakerTimeline />
            {group && chosen.value.total === 0 && <Status kind="empty">{t('speakersUnattributedEmpty')}</Status>}
            <ol class="quotes-list">
              {chosen.value.quotes.map((q) => (
                <QuoteLink key={`${q.clipId}:${q.field}:${q.start}`} q={q} />
              ))}
            </ol>
          </div>
        )}
      </div>
    </section>
  );
}
