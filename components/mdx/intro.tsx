import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

import type { ComponentType } from 'react';

/**
 * A file's compiled MDX (prose with a `<DiagramSlot id>` where each diagram was), rendered on the
 * server. Stack pages show diagrams in their own view, so by default a slot renders nothing.
 */
export function Intro({ code, DiagramSlot = () => null }: { code: string; DiagramSlot?: ComponentType<{ id: string }> }) {
  const Content = getMDXComponent(code);
  return <Content components={{ ...mdxComponents, DiagramSlot }} />;
}
