// WCAG contrast of the colour pairs that carry text, in the light and the dark theme (issue 14):
// ink on the page, panels and sidebar; muted text; ink on every speaker tint, on every passage
// colour as the reader mixes it (38%, 60% where passages overlap) and on search marks; badge and
// link colours. Reads the stylesheets and the palette module themselves, so a changed colour is checked. Prints the
// lowest ratio per theme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const css = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
// The highlight palette, read from its module's source like the stylesheets (no DOM-side import here).
const PASSAGE_COLOURS = [.../PASSAGE_COLOURS = \[([^\]]+)\]/.exec(readFileSync(new URL('../models/passage-colours.ts', import.meta.url), 'utf8'))![1]!.matchAll(/#[0-9a-f]{6}/gi)].map((m) => m[0]);
const block = (text: string, selector: string): string => {
  const at = text.indexOf(`${selector} {`);
  assert.ok(at >= 0, `no "${selector} {" block`);
  return text.slice(at, text.indexOf('}', at));
};
const vars = (text: string): Map<string, string> =>
  new Map([...text.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6}\b|\d+%)/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));

const LIGHT = new Map([
  ...vars(block(css('app.css'), ':root')),
  ...vars(block(css('quotes.css'), ':root')),
  ...vars(block(css('tags.css'), ':root')),
  ['--search-mark', /mark \{ background: (#[0-9a-f]{6})/.exec(css('app.css'))![1]!],
]);
const DARK = new Map([...LIGHT, ...vars(block(css('dark.css'), ":root[data-theme='dark']"))]);

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const mix = (top: string, over: string, share: number): string =>
  `#${rgb(top).map((c, i) => Math.round(c * share + rgb(over)[i]! * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
const luminance = (hex: string): number => {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
export const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** [what, foreground, background] for every pair that carries text. */
function pairs(v: Map<string, string>): [string, string, string][] {
  const c = (k: string) => v.get(k) ?? assert.fail(`missing ${k}`);
  const out: [string, string, string][] = [];
  for (const bg of ['--paper', '--surface', '--sidebar']) {
    out.push([`ink on ${bg}`, c('--ink'), c(bg)], [`muted on ${bg}`, c('--muted'), c(bg)], [`accent on ${bg}`, c('--accent'), c(bg)]);
  }
  out.push(['danger on surface', c('--danger'), c('--surface')], ['warn on warn-soft', c('--warn'), c('--warn-soft')]);
  out.push(['badge', c('--accent-ink'), c('--accent')], ['ink on accent-soft', c('--ink'), c('--accent-soft')]);
  out.push(['ink on search mark', c('--ink'), c('--search-mark')]);
  for (let i = 0; i < 8; i++) out.push([`ink on speaker ${i}`, c('--ink'), c(`--speaker-${i}`)]);
  const share = parseFloat(c('--passage-share')) / 100;
  const overlap = parseFloat(c('--passage-overlap-share')) / 100;
  for (const p of [...PASSAGE_COLOURS, c('--passage-default')]) {
    out.push([`ink on passage ${p}`, c('--ink'), mix(p, c('--paper'), share)], [`ink on overlapping passages ${p}`, c('--ink'), mix(p, c('--paper'), overlap)]);
  }
  return out;
}

// WCAG 2.1 AA for body text.
const AA = 4.5;

for (const [theme, v] of [['light', LIGHT], ['dark', DARK]] as const) {
  test(`${theme} theme: every text colour pair reaches WCAG AA (${AA}:1)`, () => {
    const measured = pairs(v).map(([what, fg, bg]) => ({ what, ratio: contrast(fg, bg) }));
    const low = measured.filter((m) => m.ratio < AA).map((m) => `${m.what} ${m.ratio.toFixed(2)}`);
    const min = measured.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    console.log(`${theme}: ${measured.length} pairs, lowest ${min.ratio.toFixed(2)}:1 (${min.what})`);
    assert.deepEqual(low, []);
  });
}
