// One file's bytes to an article (title, body, metadata), by its type: plain text and Markdown,
// HTML, PDF, DOCX. Every failure is an ImportFileError whose message is one sentence naming the
// file. CPU only: the caller reads the bytes; nothing here touches the disk or the network.
import { detectLanguage } from '../../../common/text/language.js';
import { findDate, normalizeDate } from '../../../common/text/dates.js';
import { splitPlainText } from '../../../common/text/plain-text.js';
import type { Lang } from '../../../common/domain.js';
import { importErrorSentence, type ImportErrorCode } from '../../../common/import-errors.js';
import { decodeText, NotTextError } from './decode.js';
import { extractHtml, type HtmlArticle } from './html/html-extract.js';
import { asSubheading } from './html/html-text.js';
import { docxLines } from './formats/docx.js';
import { checkDocxZip } from './formats/zip-check.js';
import { extractPdf } from './formats/pdf.js';

/** What every format's extractor yields: the HTML article's fields plus the detected language. */
export type Article = HtmlArticle & { lang: Lang };

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly file: string,
    readonly detail = '',
  ) {
    super(importErrorSentence(code, file, detail));
  }
}

export type FileKind = 'text' | 'html' | 'pdf' | 'docx';
const KINDS: Record<string, FileKind> = {
  txt: 'text', text: 'text', md: 'text', markdown: 'text', html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf', docx: 'docx',
};

export const kindOf = (name: string): FileKind | null => {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? (KINDS[ext] ?? null) : null;
};

// The first lines of a text are where datelines sit.
const DATELINE_CHARS = 600;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** A plain-text (or Markdown) article: first line title, optional header block, raw body. */
export function plainArticle(raw: string): Article {
  const { title, body, header } = splitPlainText(raw);
  return {
    title,
    body,
    source: header.source ?? null,
    url: header.url ?? null,
    author: header.author ?? null,
    publishedAt: normalizeDate(header.date) ?? findDate(body.slice(0, DATELINE_CHARS)),
    lang: detectLanguage(`${title}\n${body}`),
    related: [],
  };
}

export function htmlArticle(html: string, selection = false): Article {
  const a = extractHtml(html, { selection });
  return { ...a, lang: detectLanguage(`${a.title}\n${a.body}`) };
}

const fromLines = (title: string, lines: string[]): Article => plainArticle([title, ...lines].join('\n'));

export async function extractFile(name: string, bytes: Uint8Array): Promise<Article> {
  const kind = kindOf(name);
  if (!kind) {
    const ext = /\.([^./\\]+)$/.exec(name)?.[1];
    throw ext ? new ImportFileError('unsupported-type', name, `.${ext}`) : new ImportFileError('no-extension', name);
  }
  if (bytes.length === 0) throw new ImportFileError('empty', name);
  let article: Article;
  try {
    if (kind === 'text') article = plainArticle(decodeText(bytes).text);
    else if (kind === 'html') {
      const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
      article = htmlArticle(decodeText(bytes, META_CHARSET.exec(head)?.[1] ?? null).text);
    } else if (kind === 'docx') {
      const unsafe = await checkDocxZip(bytes);
      if (unsafe) throw new ImportFileError(unsafe.code, name, 'detail' in unsafe ? unsafe.detail : '');
      const lines = await docxLines(bytes).catch(() => {
        throw new ImportFileError('bad-docx', name);
      });
      const first = lines.findIndex((l) => l.kind === 'heading');
      const titleAt = first >= 0 && first < 3 ? first : 0;
      const rest = lines.filter((_, i) => i !== titleAt).map((l) => (l.kind === 'heading' ? asSubheading(l.text) : l.text));
      article = fromLines(lines[titleAt]?.text ?? '', rest);
    } else {
      const pdf = await extractPdf(bytes).catch((e: unknown) => {
        if (e instanceof ImportFileError) throw e;
        const pw = (e as { name?: string }).name === 'PasswordException';
        throw new ImportFileError(pw ? 'pdf-password' : 'bad-pdf', name);
      });
      if (!pdf.body.trim() && !pdf.title.trim()) throw new ImportFileError('pdf-no-text', name);
      article = { ...fromLines(pdf.title, pdf.body.split('\n')), ...(pdf.author ? { author: pdf.author } : {}) };
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    if (e instanceof NotTextError) throw new ImportFileError('not-text', name);
    throw new ImportFileError('unreadable', name, e instanceof Error ? e.message : String(e));
  }
  if (!article.body.trim() && !article.title.trim()) throw new ImportFileError('no-text', name);
  return article;
}
