// Helpers for the tagging e2e: select text in the reader with a real DOM range, save a passage
// and wait until the library holds it, and turn a saved passage into an orphan in a closed
// library's files (as if made on an older version of the article). Test-side only; never
// imported by the app.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** Selects `text` inside the article body with a real DOM range (it may span several nodes). */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  // Quotes are drawn into the body when they arrive, which replaces its text nodes (and so any
  // selection made before): wait until the article is no longer busy loading them.
  await expect(page.getByRole('article')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.article-body [data-start]').filter({ hasText: text })).toHaveCount(1);
  const ok = await page.evaluate((wanted) => {
    const body = document.querySelector('.article-body');
    const block = [...(body?.querySelectorAll<HTMLElement>('[data-start]') ?? [])].find((b) => b.textContent?.includes(wanted));
    if (!block) return false;
    block.scrollIntoView({ block: 'center' });
    const at = block.textContent!.indexOf(wanted);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent!.length;
      if (at >= seen && at < seen + len) range.setStart(node, at - seen);
      if (at + wanted.length > seen && at + wanted.length <= seen + len) {
        range.setEnd(node, at + wanted.length - seen);
        break;
      }
      seen += len;
    }
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString() === wanted;
  }, text);
  expect(ok).toBe(true);
}

/**
 * Presses Save in the open passage editor and waits until the library holds the passage `exact`.
 * While the editor is open the selection is already drawn as a mark.passage (a pending one), so
 * a mark proves nothing was saved: closing the app then can cut the save off. The editor closes
 * only once the backend has saved the passage and the reader is redrawn from the library, whose
 * passages list then names it.
 */
export async function savePassage(editor: Locator, exact: string, save = 'حفظ'): Promise<void> {
  await editor.getByRole('button', { name: save }).click();
  await expect(editor).toBeHidden();
  await expect(editor.page().locator('.passage-list').getByText(exact, { exact: true })).toBeVisible();
}

/**
 * Rewrites, in the closed library's clip shards, the passage saved with `exact` as if it had been
 * made on another version of the article whose sentence no longer exists (an orphan).
 */
export async function orphanPassage(dataDir: string, exact: string, gone: string): Promise<number> {
  const dir = join(dataDir, 'clips');
  let changed = 0;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const shard = JSON.parse(await readFile(path, 'utf8')) as { clips: { highlights?: Record<string, unknown>[] }[] };
    for (const clip of shard.clips) {
      for (const h of clip.highlights ?? []) {
        if (h['exact'] !== exact) continue;
        Object.assign(h, { exact: gone, prefix: 'نص سابق لم يعد ', suffix: ' في أي مكان', bodySha256: 'f'.repeat(64) });
        changed++;
      }
    }
    if (changed) await writeFile(path, JSON.stringify(shard));
  }
  return changed;
}
