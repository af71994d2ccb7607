/**
 * @module The few SVG shapes the diagrams draw, as strings. Colours are never written here: every
 * shape carries a class (`dg-*`) that the page's stylesheet maps to Starlight's theme variables,
 * so one SVG serves the light and the dark theme and needs no script.
 */

/** What every diagram module returns: the drawing, its name, and its text alternative in Markdown. */
export interface Diagram {
  svg: string;
  title: string;
  markdown: string;
}

/** Escapes text and attribute values for XML. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough advance width of a line of text: enough to size boxes and to fail the build on overflow. */
export function textWidth(text: string, size: number, mono = false): number {
  return text.length * size * (mono ? 0.62 : 0.56);
}

/** A line of text; `cls` picks its colour and font (dg-text, dg-muted, dg-code, dg-strong). */
export function text(x: number, y: number, content: string, cls = 'dg-text', anchor: 'start' | 'middle' = 'start'): string {
  const a = anchor === 'middle' ? ' text-anchor="middle"' : '';
  return `<text x="${x}" y="${y}" class="${cls}"${a}>${esc(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, cls = 'dg-box'): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" class="${cls}"/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, cls = 'dg-line'): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" class="${cls}"/>`;
}

export function path(d: string, cls = 'dg-line'): string {
  return `<path d="${d}" class="${cls}"/>`;
}

export function circle(cx: number, cy: number, r: number, cls: string): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r}" class="${cls}"/>`;
}

/**
 * A filled arrowhead whose tip is at (x, y), pointing `dir`. Drawn as a polygon rather than an SVG
 * marker: markers need document-wide ids, which two diagrams on one page would share.
 */
export function arrowhead(x: number, y: number, dir: 'right' | 'down' | 'left', cls = 'dg-head'): string {
  const s = 6;
  const pts =
    dir === 'right' ? [[x, y], [x - s * 1.4, y - s], [x - s * 1.4, y + s]]
    : dir === 'left' ? [[x, y], [x + s * 1.4, y - s], [x + s * 1.4, y + s]]
    : [[x, y], [x - s, y - s * 1.4], [x + s, y - s * 1.4]];
  return `<polygon points="${pts.map((p) => p.join(',')).join(' ')}" class="${cls}"/>`;
}

/** Throws when a line would overflow the width it was given: a layout mistake fails the build. */
export function assertFits(content: string, size: number, width: number, mono = false): void {
  if (textWidth(content, size, mono) > width) throw new Error(`diagram text too wide for ${width}px: "${content}"`);
}

/**
 * The whole drawing. `role="img"` with the title and description makes it one image to assistive
 * technology (axe svg-img-alt); the figure around it carries the full text alternative.
 */
export function svgDocument(id: string, width: number, height: number, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" class="dg" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(desc)}</desc>`,
    ...body,
    '</svg>',
  ].join('\n');
}
