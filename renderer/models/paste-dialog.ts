// The "Paste article" dialog: open or not, the text (and HTML, when the clipboard offered it)
// about to be imported, and a reason line when the clipboard could not be read.
import { signal } from '@preact/signals';
import { readClipboard, type ClipboardText } from '../services/clipboard.js';
import { importPasted } from './import-job.js';

export const pasteOpen = signal(false);
export const pasteText = signal('');
export const pasteBlocked = signal(false);
let pasteHtml: string | undefined;

/** Opens the dialog, filled with `initial` when given (a Ctrl+V outside text fields). */
export function openPaste(initial?: ClipboardText): void {
  pasteText.value = initial?.text ?? '';
  pasteHtml = initial?.html;
  pasteBlocked.value = false;
  pasteOpen.value = true;
}

/** Text typed or pasted into the textarea; HTML comes with a paste event only. */
export function setPasted(value: ClipboardText): void {
  pasteText.value = value.text;
  pasteHtml = value.html;
}

export function editPasteText(text: string): void {
  pasteText.value = text;
  // Typing changes the text, so the HTML captured earlier no longer matches it.
  pasteHtml = undefined;
}

export async function pasteFromClipboard(): Promise<void> {
  const read = await readClipboard();
  if (read === null) pasteBlocked.value = true;
  else setPasted(read);
}

export function closePaste(): void {
  pasteOpen.value = false;
}

export async function submitPaste(): Promise<void> {
  const text = pasteText.value;
  if (!text.trim()) return;
  const html = pasteHtml;
  if (await importPasted(html ? { text, html } : { text })) closePaste();
}
