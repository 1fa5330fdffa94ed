// Writes the hostile documents for the file and folder channels: HTML, Markdown, plain text
// and a DOCX (built with the `docx` package, with javascript: and off-site hyperlinks, which
// mammoth turns into links). Each file names its channel so no two are exact duplicates.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { SINK_HOST, htmlDoc, markdownDoc, textDoc, type HostileDoc } from './xss-vectors.js';

async function docxDoc(doc: HostileDoc): Promise<Buffer> {
  const link = (target: string) =>
    new Paragraph({ children: [new ExternalHyperlink({ link: target, children: [new TextRun('xss-click')] })] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(doc.title)] }),
          link(`javascript:__xssHit('docx-link')`),
          link(`http://${SINK_HOST}/docx-link`),
          ...textDoc(doc)
            .split('\n\n')
            .slice(1)
            .map((para) => new Paragraph({ children: [new TextRun(para)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

export type WrittenFile = { path: string; name: string; doc: HostileDoc };

/** Writes every document of `docs` in each format into `dir`; returns the files. */
export async function writeHostileFiles(dir: string, docs: HostileDoc[], kinds: string[]): Promise<WrittenFile[]> {
  await mkdir(dir, { recursive: true });
  const out: WrittenFile[] = [];
  for (const doc of docs) {
    for (const kind of kinds) {
      const d = { ...doc, key: `${doc.key}-${kind}`, title: `${doc.title} ${kind}` };
      const name = `${d.key}.${kind}`;
      const bytes =
        kind === 'html' ? htmlDoc(d) : kind === 'md' ? markdownDoc(d) : kind === 'txt' ? textDoc(d) : await docxDoc(d);
      await writeFile(join(dir, name), bytes);
      out.push({ path: join(dir, name), name, doc: d });
    }
  }
  return out;
}
