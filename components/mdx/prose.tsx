/**
 * Renders a component's, flow's or step's prose (an HTML syntax tree built at build time from the MDX)
 * as React elements on the server. Never as an HTML string: no dangerouslySetInnerHTML of content.
 * Each `<Cite>` was left in the tree as a `cite-ref` marker; it becomes a numbered link here.
 */
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { Root } from 'hast';
import type { Source } from '@/lib/graph/schema';
import { citationLink } from '@/lib/model/citations';
import { CITE_MARKER_TAG } from '@/lib/model/cite-marker';
import { CiteLink } from '../citation/cite-link';
import { mdxComponents } from './mdx-components';

interface CiteMarkerProps {
  'data-source'?: string;
  'data-quote'?: string;
}

export function Prose({ tree, sources = [] }: { tree: Root; sources?: readonly Source[] }) {
  function CiteMarker(props: CiteMarkerProps) {
    const link = citationLink(sources, { source: props['data-source'] ?? '', quote: props['data-quote'] ?? '' });
    return link ? <CiteLink link={link} /> : null;
  }
  // The marker is not an HTML tag name, so it is outside the typed map of intrinsic elements.
  const components = { ...mdxComponents, [CITE_MARKER_TAG]: CiteMarker } as unknown as Partial<Components>;
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components });
}
