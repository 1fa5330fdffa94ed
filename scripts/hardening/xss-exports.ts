// Looks for live markup in the report formats that are not opened in a browser: PDF actions and
// javascript:/off-site links, DOCX external relationships, fields and embedded HTML, raw HTML and
// javascript: links in Markdown, formula cells in CSV. JSON is data: it must parse, nothing more.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../electron/backend/export/csv-read.fixture.js';
import { SINK_HOST } from './xss-vectors.js';

const BAD_SCHEME = /^\s*(javascript|vbscript|data):/i;
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

export function livePdf(path: string): string[] {
  const pdf = readFileSync(path).toString('latin1');
  const found: string[] = [];
  for (const [what, re] of [
    ['JavaScript action', /\/(JavaScript|JS)\b/g],
    ['Launch/SubmitForm/ImportData action', /\/(Launch|SubmitForm|ImportData)\b/g],
    ['javascript:/data: link', /\/URI\s*\(\s*(javascript|vbscript|data):/gi],
    [`link to ${SINK_HOST}`, new RegExp(`/URI\\s*\\([^)]*${SINK_HOST.replace('.', '\\.')}`, 'g')],
  ] as const) {
    const n = count(pdf, re);
    if (n) found.push(`pdf: ${n} × ${what}`);
  }
  return found;
}

const unzip = (path: string, entry: string): string => {
  try {
    return execFileSync('unzip', ['-p', path, entry], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return '';
  }
};

export function liveDocx(path: string): string[] {
  const found: string[] = [];
  const entries = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const risky = entries.filter((e) => /\.(html?|mht|js|vbs|bin)$|activeX|embeddings|vbaProject/i.test(e));
  if (risky.length) found.push(`docx: parts ${risky.join(', ')}`);
  for (const rels of entries.filter((e) => e.endsWith('.rels'))) {
    for (const m of unzip(path, rels).matchAll(/<Relationship\b[^>]*>/g)) {
      const target = /Target="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const external = /TargetMode="External"/.test(m[0]);
      if (BAD_SCHEME.test(target) || target.includes(SINK_HOST)) found.push(`docx: link ${target.slice(0, 60)} in ${rels}`);
      else if (external && /(attachedTemplate|oleObject|frame|subDocument|aFChunk)"/.test(m[0])) found.push(`docx: external ${target.slice(0, 60)}`);
    }
  }
  const body = unzip(path, 'word/document.xml');
  const fields = count(body, /(INCLUDEPICTURE|INCLUDETEXT|DDEAUTO|DDE\b|HYPERLINK\s+"?(javascript|data):)/g);
  if (fields) found.push(`docx: ${fields} live field code(s)`);
  if (/<w:altChunk\b/.test(body)) found.push('docx: altChunk (embedded HTML)');
  return found;
}

// Tags a Markdown renderer would pass through as HTML: any of these unescaped is live markup.
const HTML_TAG = /<\/?(script|img|svg|iframe|object|embed|style|link|meta|base|form|input|math|details|video|body|noscript|isindex|frameset|frame|a|div|button|source|animate|use|maction|textarea|path|p|scr)\b/gi;

export function liveMarkdown(path: string): string[] {
  const md = readFileSync(path, 'utf8');
  // Code spans and fences show text as written: strip them before looking.
  const prose = md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const found: string[] = [];
  const tags = count(prose, HTML_TAG);
  if (tags) found.push(`md: ${tags} raw HTML tag(s)`);
  // An escaped bracket (\\]) is text, not a link.
  const links = count(prose, /(?<!\\)\]\(\s*(javascript|vbscript|data):/gi);
  if (links) found.push(`md: ${links} javascript:/data: link(s)`);
  return found;
}

export function liveCsv(path: string): string[] {
  const cells = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')).flat();
  // OWASP CSV injection: a cell a spreadsheet would evaluate starts with = + - @ (or tab/CR).
  const formulas = cells.filter((c) => /^[=+@\t\r]|^-[^\d\s]/.test(c));
  return formulas.length ? [`csv: ${formulas.length} formula cell(s), e.g. ${formulas[0]!.slice(0, 40)}`] : [];
}

export function liveJson(path: string): string[] {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return [];
  } catch (e) {
    return [`json: does not parse (${e instanceof Error ? e.message : String(e)})`];
  }
}
