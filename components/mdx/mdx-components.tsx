import type { ComponentProps } from 'react';
import { ExternalLink } from '../ui/external-link';

/** The one typed map of components the site gives MDX content: the intro (mdx-bundler) and prose (hast) both use it. */
export const mdxComponents = {
  a: ({ href = '', children }: ComponentProps<'a'>) => <ExternalLink href={href}>{children}</ExternalLink>,
};
