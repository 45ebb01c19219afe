/**
 * How big the index gets for more stacks than the atlas has yet: the real stacks' records, copied
 * until there are `count` stacks. A copy is not a repeat: every letter of its stack's records is
 * shifted (`kafka` -> `lbglb` in copy 1), so each copy brings its own vocabulary of the same word
 * lengths, as a new company would, and neither the index nor gzip can share its terms with the
 * original. Technologies and concepts are the atlas's, not per stack, so they are not copied.
 */
import type { SearchDocument } from '../model/search';

/** Shifts a-z by `by` places, keeping case; digits and punctuation stay. */
export function shiftLetters(text: string, by: number): string {
  return text.replace(/[a-z]/gi, (char) => {
    const base = char <= 'Z' ? 65 : 97;
    return String.fromCharCode(((char.charCodeAt(0) - base + by) % 26) + base);
  });
}

const copyOf = (doc: SearchDocument, by: number): SearchDocument => ({
  kind: doc.kind,
  name: shiftLetters(doc.name, by),
  context: shiftLetters(doc.context, by),
  keywords: shiftLetters(doc.keywords, by),
  href: shiftLetters(doc.href, by),
});

const PER_STACK = new Set<SearchDocument['kind']>(['stack', 'view', 'component', 'flow', 'step']);

/** The records of `count` stacks, from the real ones (`count` must be at least their number). */
export function scaleDocuments(documents: readonly SearchDocument[], count: number): SearchDocument[] {
  const slugOf = (doc: SearchDocument) => doc.href.split('/')[2]!;
  const slugs = [...new Set(documents.filter((doc) => PER_STACK.has(doc.kind)).map(slugOf))];
  if (slugs.length === 0 || count < slugs.length) throw new Error(`cannot scale ${slugs.length} stacks to ${count}`);
  const out = [...documents];
  for (let copy = slugs.length; copy < count; copy++) {
    const slug = slugs[copy % slugs.length]!;
    // 1..25: a shift of 26 would be the original again.
    const by = (Math.floor(copy / slugs.length) * 7 + copy) % 25 + 1;
    for (const doc of documents) if (PER_STACK.has(doc.kind) && slugOf(doc) === slug) out.push(copyOf(doc, by));
  }
  return out;
}
