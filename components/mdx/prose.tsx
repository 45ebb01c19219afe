/**
 * Renders a component's or flow's prose (an HTML syntax tree built at build time from the MDX) as
 * React elements on the server. Never as an HTML string: no dangerouslySetInnerHTML of content.
 */
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root } from 'hast';
import { mdxComponents } from './mdx-components';

export function Prose({ tree }: { tree: Root }) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: mdxComponents });
}
