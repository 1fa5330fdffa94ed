// The tag manager's actions: open it, create or edit a tag's colour and description, rename,
// merge, and delete (after a dry run that counts the uses). Tags come from the facets model.
import { computed } from '@preact/signals';
import { tagSuggester } from '../../common/tags/tag-suggest.js';
import { bridge } from '../services/bridge.js';
import { applyChange } from './changes.js';
import { clipFilter } from './clips.js';
import { facets } from './facets.js';
import { showNotice } from './notice.js';
import { paneView } from './pane-view.js';
import { speakersOpen } from './quotes.js';

export const allTags = computed(() => (facets.value.status === 'ready' ? facets.value.value.tags : []));
/** Fuzzy, Arabic-folded tag autocomplete over every tag in the library. */
export const suggestTags = computed(() => tagSuggester(allTags.value.map((t) => t.name)));
/** Tag colours by name, for chips and passage marks. */
export const tagColours = computed(() => new Map(allTags.value.map((t) => [t.name, t.colour])));

export function openTagManager(): void {
  speakersOpen.value = false;
  paneView.value = 'tags';
}

export async function saveTagDef(name: string, def: { colour?: string | null; description?: string }): Promise<boolean> {
  const answer = await bridge.setTagDef({ name, ...def });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change);
  return true;
}

export async function renameTag(from: string, to: string): Promise<boolean> {
  const answer = await bridge.renameTag({ from, to });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  followRename([from], answer.value.name);
  await applyChange(answer.value.change);
  return true;
}

export async function mergeTags(from: string[], into: string): Promise<boolean> {
  const answer = await bridge.mergeTags({ from, into });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  followRename(from, answer.value.name);
  await applyChange(answer.value.change);
  return true;
}

/** Uses a delete would remove, without removing them. */
export async function countTagUses(name: string): Promise<{ removed: string[]; clipUses: number; highlightUses: number } | null> {
  const answer = await bridge.deleteTag({ name, dryRun: true });
  if (!answer.ok) {
    showNotice(answer.error);
    return null;
  }
  return answer.value;
}

export async function deleteTag(name: string): Promise<boolean> {
  const answer = await bridge.deleteTag({ name });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  if (answer.value.change) await applyChange(answer.value.change);
  return true;
}

// A list filtered by a tag that was renamed or merged away follows it to its new name.
function followRename(from: string[], to: string): void {
  const f = clipFilter.value;
  if (f?.kind === 'tag' && from.includes(f.name)) clipFilter.value = { kind: 'tag', name: to };
}
