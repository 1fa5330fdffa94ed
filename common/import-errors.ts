// Why a file could not be imported: a code the UI can phrase in its own language, and the
// English sentence the CLI and logs print (one sentence naming the file). The templates here
// are the only English wording; renderer/i18n/en.ts reuses them. Pure: no DOM, no Node.

export const IMPORT_ERROR_TEMPLATES = {
  'unsupported-type': '{file} is not a file type Marsad can import ({detail}); use .txt, .md, .html, .htm, .pdf or .docx.',
  'no-extension': '{file} is not a file type Marsad can import (no extension); use .txt, .md, .html, .htm, .pdf or .docx.',
  empty: '{file} is empty.',
  'no-text': '{file} has no text to import.',
  'not-text': '{file} is not a text file.',
  'bad-docx': '{file} is not a readable Word document (.docx).',
  'docx-too-big': '{file} would unpack to more than {detail}; it was not imported.',
  'docx-bomb': '{file} is packed unlike any real Word file (a zip bomb?); it was not imported.',
  'pdf-password': '{file} is protected by a password; Marsad cannot read it.',
  'bad-pdf': '{file} is not a readable PDF.',
  'pdf-no-text': '{file} has no text layer (a scanned PDF?); Marsad cannot read it.',
  unreadable: '{file} could not be read ({detail}).',
  'extract-memory': '{file} needed more than {detail} of memory to read; it was not imported.',
  'extract-timeout': '{file} took longer than {detail} to read; it was not imported.',
  'too-large': '{file} is over 20 MB ({detail}); Marsad imports files up to 20 MB.',
  missing: '{file} does not exist.',
  'cannot-open': '{file} could not be opened ({detail}).',
  'folder-unreadable': 'The folder {file} could not be read ({detail}).',
  'not-a-file': '{file} is not a file or a folder.',
  'folder-loop': '{file} links back to a folder already being imported; it was skipped.',
  'folder-too-deep': '{file} is more than {detail} folders deep; what is inside it was not imported.',
  stopped: 'The import stopped: {detail}.',
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERROR_TEMPLATES;

/** The English sentence for a refused file; `detail` fills the template's parenthesis. */
export function importErrorSentence(code: ImportErrorCode, file: string, detail = ''): string {
  return IMPORT_ERROR_TEMPLATES[code].replace('{file}', file).replace('{detail}', detail);
}
