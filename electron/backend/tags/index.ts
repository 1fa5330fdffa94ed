// The tagging, annotation and clip-edit calls (issues 6, 14) as one subset of the handler table, over one shared
// context (history, tag registry), so createHandlers adds them with a single spread.
import type { Handlers } from '../../../common/ipc/contract.js';
import type { TagCalls } from '../../../common/ipc/tag-contract.js';
import type { ClipIndex, ClipViews } from '../clip-views.js';
import type { LibraryStore } from '../store/library-store.js';
import { createTagContext } from './actions.js';
import { createTagHandlers } from './handlers.js';
import { createHighlightHandlers } from './highlight-handlers.js';
import { createTrashHandlers } from './trash.js';
import { createEditHandlers } from './edit.js';

export function createTaggingHandlers(
  store: LibraryStore,
  index: ClipIndex,
  views: ClipViews,
  ctx = createTagContext(store, index, views),
): Pick<Handlers, keyof TagCalls | 'setClipTags' | 'updateClip'> {
  return { ...createTagHandlers(ctx), ...createHighlightHandlers(ctx), ...createTrashHandlers(ctx), ...createEditHandlers(ctx) };
}
