// Words a Change for the notice line: what the action did ("Tags «روسيا» changed on 3 clips"),
// prefixed "Undone:" or "Redone:" when it was an undo or redo. Reads the locale through t().
import type { ActionInfo, Change } from '../../common/annotation.js';
import { uiLocale } from '../models/locale.js';
import { t } from './t.js';

const quoted = (tags: readonly string[]): string =>
  tags.map((x) => `«${x}»`).join(uiLocale.value === 'ar' ? '، ' : ', ');

export function describeAction(a: ActionInfo): string {
  switch (a.kind) {
    case 'tag-clips':
      return t('action.tag-clips', { n: a.clips, tags: quoted(a.tags) });
    case 'set-clip-tags':
      return t('action.set-clip-tags');
    case 'set-note':
      return t('action.set-note');
    case 'add-highlight':
      return t('action.add-highlight');
    case 'update-highlight':
      return t('action.update-highlight');
    case 'remove-highlight':
      return t('action.remove-highlight');
    case 'rename-tag':
      return t('action.rename-tag', { from: quoted(a.tags.slice(0, 1)), to: quoted(a.tags.slice(1)) });
    case 'merge-tags':
      return t('action.merge-tags', { from: quoted(a.tags.slice(0, -1)), to: quoted(a.tags.slice(-1)) });
    case 'delete-tag':
      return t('action.delete-tag', { tags: quoted(a.tags) });
    case 'set-tag-def':
      return t('action.set-tag-def', { tags: quoted(a.tags) });
    case 'delete-clips':
      return t('action.delete-clips', { n: a.clips });
    case 'restore-clips':
      return t('action.restore-clips', { n: a.clips });
    case 'edit-clips':
      return t('action.edit-clips', { n: a.clips });
    case 'merge-bundle':
      return t('action.merge-bundle', { n: a.clips });
    case 'rename-person':
      return t('action.rename-person', { from: quoted(a.tags.slice(0, 1)), to: quoted(a.tags.slice(1)) });
    case 'merge-people':
      return t('action.merge-people', { from: quoted(a.tags.slice(0, 1)), to: quoted(a.tags.slice(1)) });
    case 'mark-not-speaker':
      return t('action.mark-not-speaker', { name: quoted(a.tags) });
    case 'edit-aliases':
      return t('action.edit-aliases', { name: quoted(a.tags) });
    case 'reattribute-quotes':
      return t('action.reattribute-quotes', { name: quoted(a.tags) });
  }
}

export function describeChange(c: Change): string {
  const what = describeAction(c.action);
  if (c.direction === 'undo') return t('undone', { what });
  if (c.direction === 'redo') return t('redone', { what });
  return what;
}
