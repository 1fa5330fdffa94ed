// Holds the quit until the library is saved and closed: before-quit is prevented, the backend
// saves (asking the person what to do if it cannot: wait, save a copy elsewhere, quit anyway),
// then quit runs again for real. Type-only electron imports; unit-tested with a fake app and dialog.
import type { App, Dialog, MessageBoxOptions, OpenDialogOptions } from 'electron';
import { saveBeforeQuit, type QuitChoice, type QuitPrompts } from '../backend/quit-save.js';
import type { Backend } from '../backend/types.js';
import type { UiLocale } from '../../common/domain.js';

// Why 10 s: a flush is a few hundred ms even at 50k clips (bench); if the disk hangs longer than
// this, quitting with an error shown beats a window that never closes. saveBeforeQuit asks the
// person instead, so its wiring passes null (no overall limit while a dialog is open).
export const QUIT_FLUSH_TIMEOUT_MS = 10_000;

type AppLike = Pick<App, 'quit'> & { on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown };

export function holdQuitUntilClosed(
  app: AppLike,
  close: () => Promise<void>,
  onError: (e: unknown) => void,
  timeoutMs: number | null = QUIT_FLUSH_TIMEOUT_MS,
): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      if (timeoutMs === null) return;
      timer = setTimeout(() => reject(new Error(`the library did not finish saving within ${timeoutMs} ms`)), timeoutMs);
    });
    Promise.race([close(), timeout])
      .catch(onError)
      .finally(() => {
        clearTimeout(timer);
        state = 'closed';
        app.quit();
      });
  });
}

/** The quit dialog's words; button order is QUIT_BUTTONS'. */
export const QUIT_STRINGS: Record<UiLocale, { title: string; message: string; detail: (why: string) => string; buttons: [string, string, string]; folder: string }> = {
  en: {
    title: 'Marsad',
    message: 'Your changes could not be saved.',
    detail: (why) => `${why} Free some space and wait, or save a copy of the library somewhere else; quitting now loses the changes since the last save.`,
    buttons: ['Wait and try again', 'Save a copy elsewhere…', 'Quit without saving'],
    folder: 'Choose a folder for a copy of the library',
  },
  ar: {
    title: 'مرصد',
    message: 'تعذّر حفظ تغييراتك.',
    detail: (why) => `${why} أفرغ بعض المساحة وانتظر، أو احفظ نسخة من المكتبة في مكان آخر؛ فالخروج الآن يُضيع التغييرات منذ آخر حفظ.`,
    buttons: ['الانتظار والمحاولة مجدداً', 'حفظ نسخة في مكان آخر…', 'الخروج دون حفظ'],
    folder: 'اختر مجلداً لنسخة المكتبة',
  },
  ru: {
    title: 'Марсад',
    message: 'Ваши изменения не удалось сохранить.',
    detail: (why) => `${why} Освободите место и подождите или сохраните копию библиотеки в другом месте; выход сейчас потеряет изменения с последнего сохранения.`,
    buttons: ['Подождать и повторить', 'Сохранить копию в другом месте…', 'Выйти без сохранения'],
    folder: 'Выберите папку для копии библиотеки',
  },
};
export const QUIT_BUTTONS: readonly QuitChoice[] = ['wait', 'save-copy', 'quit-anyway'];

/** Which choice a dialog answer means; Escape or closing the box (cancelId) is "wait", never a silent loss. */
export const quitChoiceOf = (response: number): QuitChoice => QUIT_BUTTONS[response] ?? 'wait';

type DialogLike = Pick<Dialog, 'showMessageBox' | 'showOpenDialog'>;

/** saveBeforeQuit's prompts as Electron dialogs, in the window's language. */
export function dialogQuitPrompts(dialog: DialogLike, locale: UiLocale): QuitPrompts {
  const s = QUIT_STRINGS[locale];
  return {
    ask: async (why) => {
      const box: MessageBoxOptions = {
        type: 'warning',
        title: s.title,
        message: s.message,
        detail: s.detail(why),
        buttons: [...s.buttons],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      return quitChoiceOf((await dialog.showMessageBox(box)).response);
    },
    chooseFolder: async () => {
      const pick: OpenDialogOptions = { title: s.folder, properties: ['openDirectory', 'createDirectory'] };
      const answer = await dialog.showOpenDialog(pick);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
  };
}

/**
 * The whole quit path for main.ts: hold the quit, save, and when saving fails ask with dialogs in
 * the window's language (wait / save a copy elsewhere / quit without saving); no overall time limit
 * while a dialog is open (each save attempt has its own, QUIT_FLUSH_TIMEOUT_MS in quit-save.ts).
 */
export function holdQuitUntilSaved(
  app: AppLike,
  backend: Pick<Backend, 'flush' | 'close' | 'saveCopy'>,
  dialog: DialogLike,
  locale: () => UiLocale,
  log: (line: string) => void = (line) => console.error(line),
): void {
  const save = async () => {
    const outcome = await saveBeforeQuit(backend, dialogQuitPrompts(dialog, locale()));
    if (outcome.kind === 'copied') log(`[marsad] the library could not be saved (${outcome.message}); a copy is in ${outcome.to}`);
    if (outcome.kind === 'abandoned') log(`[marsad] quit without saving: ${outcome.message}`);
  };
  holdQuitUntilClosed(app, save, (e) => log(`[marsad] saving on quit failed: ${String(e)}`), null);
}
