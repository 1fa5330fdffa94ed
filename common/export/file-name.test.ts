// withReportExtension: the report's extension follows its format; other names gain one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withReportExtension } from './file-name.js';

test('the extension follows the format; a name without one gains it; folders and blanks are left', () => {
  const cases: [string, Parameters<typeof withReportExtension>[1], string][] = [
    ['/home/me/week.pdf', 'html', '/home/me/week.html'],
    ['/home/me/week.HTML', 'pdf', '/home/me/week.pdf'],
    ['/home/me/week.htm', 'docx', '/home/me/week.docx'],
    ['/home/me/quotes.csv', 'quotes-csv', '/home/me/quotes.csv'],
    ['/home/me/report.json', 'quotes-csv', '/home/me/report.csv'],
    ['/home/me/تقرير الأسبوع', 'md', '/home/me/تقرير الأسبوع.md'],
    ['/home/me/v1.2 notes', 'pdf', '/home/me/v1.2 notes.pdf'],
    ['C:\\Reports\\week.docx', 'pdf', 'C:\\Reports\\week.pdf'],
    ['/home/me/', 'pdf', '/home/me/'],
    ['', 'pdf', ''],
  ];
  for (const [path, format, want] of cases) assert.equal(withReportExtension(path, format), want, `${path} → ${format}`);
});
