/**
 * The size of a flow label, at the canvas's label font. The build uses it to keep labels off nodes
 * and each other and to size the gaps between columns; the canvas and the SVG export use it to draw
 * the label's box and its lines. One formula, so they agree.
 *
 * Long labels wrap onto two or more short lines: the gap between two columns only has to hold the
 * longest line, so columns sit closer and the whole diagram fits a wide screen at a readable zoom.
 */
export const LABEL_FONT_SIZE = 12.5;
/** The average advance of the label font (system sans, weight 500), per character, at 12.5 px (6.76 at 12 px). */
const CHAR_WIDTH = 7.05;
const PAD_X = 6;
const PAD_Y = 3;
export const LABEL_LINE_HEIGHT = 15;
/** A line holds at most this many characters before wrapping (a longer single word keeps its line). */
export const LABEL_LINE_CHARS = 16;

/** The label's words, greedily wrapped into lines of at most LABEL_LINE_CHARS characters. */
export function labelLines(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && candidate.length > LABEL_LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The width of one line of label text, without the box's padding. */
export function labelTextWidth(line: string): number {
  return line.length * CHAR_WIDTH;
}

export function labelSize(text: string): { width: number; height: number; lines: string[] } {
  const lines = labelLines(text);
  const width = Math.max(...lines.map(labelTextWidth)) + 2 * PAD_X;
  return { width, height: lines.length * LABEL_LINE_HEIGHT + 2 * PAD_Y, lines };
}

/** Where each line's baseline sits, relative to the label's centre (lines are centred vertically). */
export function lineOffsets(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index - (count - 1) / 2) * LABEL_LINE_HEIGHT);
}

/** The label's box, centred on (x, y). */
export function labelBox(text: string, x: number, y: number) {
  const { width, height } = labelSize(text);
  return { x: x - width / 2, y: y - height / 2, width, height };
}
