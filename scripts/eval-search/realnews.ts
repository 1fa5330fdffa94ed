// Reads ../shared/realnews/{tune,check}.json (real published articles and analysts' queries, never
// copied into this repository) at run time. Says why when a set is absent; never writes anything.
import { readFile } from 'node:fs/promises';
import type { Lang } from '../../common/domain.js';

export type RealArticle = { id: string; lang: Lang; source: string; title: string; text: string };
export type RealQuery = { q: string; lang: Lang; expect: string[] };
export type RealSet = { name: string; articles: RealArticle[]; queries: RealQuery[] };

/** The folder beside the checkout that holds the sets (`../shared/realnews` from the repository root). */
export const REALNEWS_DIR = new URL('../../../shared/realnews/', import.meta.url);

/** The named set, or the sentence saying why it could not be read. */
export async function readRealSet(name: 'tune' | 'check'): Promise<RealSet | { absent: string }> {
  const url = new URL(`${name}.json`, REALNEWS_DIR);
  let raw: string;
  try {
    raw = await readFile(url, 'utf8');
  } catch {
    return { absent: `${url.pathname} is not there (the real-news sets live beside the checkout), so ${name}.json was not evaluated.` };
  }
  const data = JSON.parse(raw) as { articles: RealArticle[]; queries: RealQuery[] };
  return { name, articles: data.articles, queries: data.queries };
}
