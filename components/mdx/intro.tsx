import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

/** The stack's intro: the file's compiled MDX with the diagrams taken out, rendered on the server. */
export function Intro({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
