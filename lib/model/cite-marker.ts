/**
 * The tag the prose tree keeps where a `<Cite>` was written (with `data-source` and `data-quote`): the
 * extractor writes it, the prose renderer turns it into the numbered link. Shared so the two agree.
 */
export const CITE_MARKER_TAG = 'cite-ref';
