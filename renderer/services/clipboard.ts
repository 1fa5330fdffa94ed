// Reads the clipboard for a paste import: text/html when the source offered it, and plain
// text; writes plain text (Copy diagnostics). Browser APIs only. Returns null when the
// clipboard cannot be read (permission denied).
export type ClipboardText = { text: string; html?: string };

export async function readClipboard(): Promise<ClipboardText | null> {
  try {
    const items = await navigator.clipboard.read();
    let text = '';
    let html: string | undefined;
    for (const item of items) {
      if (item.types.includes('text/plain')) text ||= await (await item.getType('text/plain')).text();
      if (item.types.includes('text/html')) html ??= await (await item.getType('text/html')).text();
    }
    return html ? { text, html } : { text };
  } catch {
    try {
      return { text: await navigator.clipboard.readText() };
    } catch {
      return null;
    }
  }
}

/** The text and HTML a paste event carries. */
export const fromPasteEvent = (data: DataTransfer | null): ClipboardText => {
  const html = data?.getData('text/html') || undefined;
  const text = data?.getData('text/plain') ?? '';
  return html ? { text, html } : { text };
};

/**
 * Puts text on the clipboard; false when the browser refused. The async API first; where it is
 * denied (Electron's session denies every permission), a selected hidden field and the copy command.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
