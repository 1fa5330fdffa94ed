// A Word document (.docx) as article lines: mammoth turns its paragraphs, headings and lists
// into HTML, DOMPurify cleans it, and the same line builder as web pages makes the text.
// mammoth reads only the zip it is given; external images and links are never fetched.
import mammoth from 'mammoth';
import { domToLines, type TextLine } from '../html/html-text.js';
import { sanitizeToFragment } from '../html/purify.js';

export async function docxLines(bytes: Uint8Array): Promise<TextLine[]> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // Images would be inlined as data: URLs only to be dropped by the sanitiser: skip them.
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return domToLines(sanitizeToFragment(value));
}
