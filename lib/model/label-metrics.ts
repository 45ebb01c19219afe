/**
 * The size of a flow label, at the canvas's 11 px label font. The build uses it to keep labels off
 * nodes and each other; the canvas uses it to draw the label's box. One formula, so they agree.
 */
const CHAR_WIDTH = 6.2;
const PAD_X = 6;
export const LABEL_HEIGHT = 18;

export function labelWidth(text: string): number {
  return text.length * CHAR_WIDTH + 2 * PAD_X;
}

/** The label's box, centred on (x, y). */
export function labelBox(text: string, x: number, y: number) {
  const width = labelWidth(text);
  return { x: x - width / 2, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
}
