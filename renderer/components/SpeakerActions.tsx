// The analyst's fixes for one Speakers entry: rename it, merge it into another person, or mark
// it "not a speaker" (its quotes go to the Unattributed group). Calls model actions only.
import { useState } from 'preact/hooks';
import type { PersonView } from '../../common/quotes/views.js';
import { editError, markNotSpeaker, mergePerson, people, renamePerson } from '../models/speakers.js';
import { t } from '../i18n/t.js';

export function SpeakerActions({ person }: { person: PersonView }) {
  const [name, setName] = useState(person.name);
  const [into, setInto] = useState('');
  const others = people.value.status === 'ready' ? people.value.value.filter((p) => p.id !== person.id) : [];
  return (
    <div class="speaker-actions">
      <form
        class="speaker-action"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== person.name) void renamePerson(person.id, name.trim());
        }}
      >
        <label>
          {t('speakerRename')}
          <input class="text-input" dir="auto" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button">
          {t('speakerRenameSave')}
        </button>
      </form>
      {others.length > 0 && (
        <form
          class="speaker-action"
          onSubmit={(e) => {
            e.preventDefault();
            if (into) void mergePerson(person.id, into);
          }}
        >
          <label>
            {t('speakerMergeInto')}
            <select class="text-input" value={into} onChange={(e) => setInto(e.currentTarget.value)}>
              <option value="">—</option>
              {(['person', 'organisation'] as const).map((kind) => {
                const some = others.filter((p) => p.kind === kind);
                return (
                  some.length > 0 && (
                    <optgroup key={kind} label={t(kind === 'person' ? 'speakersPeople' : 'speakersOrganisations')}>
                      {some.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </optgroup>
                  )
                );
              })}
            </select>
          </label>
          <button type="submit" class="button" disabled={!into}>
            {t('speakerMerge')}
          </button>
        </form>
      )}
      <button type="button" class="button button-quiet speaker-not" onClick={() => void markNotSpeaker(person.id)}>
        {t('speakerNotASpeaker')}
      </button>
      {editError.value && (
        <p class="speaker-action-error" role="alert">
          {editError.value}
        </p>
      )}
    </div>
  );
}
