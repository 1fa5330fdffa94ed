// The WCAG contrast of what the browser paints: each text element's computed colour (with its
// alpha and its ancestors' opacity) over the backgrounds of its ancestors composited down to the
// page, and a focused element's outline against what lies beside it. Reads computed styles only;
// knows nothing of the app's stylesheets.
import type { Locator } from '@playwright/test';

export type TextContrast = { text: string; ratio: number };

type Measure = 'text' | 'ring';

/** Runs in the page: the colour maths and the measure asked for. */
function measure(root: Element, what: Measure): TextContrast[] {
  type RGBA = [number, number, number, number];
  const parse = (css: string): RGBA => {
    const m = /^rgba?\(([^)]+)\)$/.exec(css);
    if (!m) throw new Error(`unreadable colour ${css}`);
    const [r, g, b, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r!, g!, b!, a];
  };
  const over = (top: RGBA, under: RGBA, alpha = top[3]): RGBA => [0, 1, 2].map((i) => top[i]! * alpha + under[i]! * (1 - alpha)).concat(1) as RGBA;
  const luminance = (c: RGBA) =>
    [0, 1, 2]
      .map((i) => c[i]! / 255)
      .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
      .reduce((sum, s, i) => sum + s * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: RGBA, b: RGBA) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  /** What lies behind `el`: its ancestors' backgrounds from the page down, over white. */
  const backdrop = (el: Element): RGBA => {
    const chain: Element[] = [];
    for (let at: Element | null = el; at; at = at.parentElement) chain.unshift(at);
    return chain.reduce<RGBA>((under, at) => over(parse(getComputedStyle(at).backgroundColor), under), [255, 255, 255, 1]);
  };
  const opacity = (el: Element): number => {
    let o = 1;
    for (let at: Element | null = el; at && at !== root.parentElement; at = at.parentElement) o *= Number(getComputedStyle(at).opacity);
    return o;
  };
  if (what === 'ring') {
    // An outline drawn inside the element (negative offset) lies on its background, else on its parent's.
    const s = getComputedStyle(root);
    if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0) return [{ text: root.textContent!.trim(), ratio: 1 }];
    const beside = parseFloat(s.outlineOffset) < 0 || !root.parentElement ? backdrop(root) : backdrop(root.parentElement);
    return [{ text: root.textContent!.trim(), ratio: ratio(over(parse(s.outlineColor), beside), beside) }];
  }
  const texts = [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
  return (texts.length ? texts : [root]).map((el) => {
    const bg = backdrop(el);
    const fg = parse(getComputedStyle(el).color);
    return { text: el.textContent!.trim(), ratio: ratio(over(fg, bg, fg[3] * opacity(el)), bg) };
  });
}

/** The contrast of every text-bearing element inside `target` (or target itself when it has none). */
export const paintedContrast = (target: Locator): Promise<TextContrast[]> => target.evaluate(measure, 'text' as Measure);

/** The contrast of `target`'s focus outline with the colour beside it (1 when it has none). */
export const ringContrast = async (target: Locator): Promise<number> => (await target.evaluate(measure, 'ring' as Measure))[0]!.ratio;
