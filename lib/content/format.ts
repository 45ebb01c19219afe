import type { ContentError } from '../graph/schema';

/** `content/stacks/x.mdx:42:5 error: message (hint)`: the shape editors and terminals link to. */
export function formatError(error: ContentError): string {
  const hint = error.hint ? `\n    hint: ${error.hint}` : '';
  return `${error.file}:${error.line}:${error.column} ${error.severity}: ${error.message}${hint}`;
}

/** Thrown at the edge (a Next build, `npm run check`) when content is invalid; carries every problem. */
export class ContentBuildError extends Error {
  constructor(readonly errors: ContentError[]) {
    const count = errors.length;
    super(`${count} content error${count === 1 ? '' : 's'}:\n${errors.map(formatError).join('\n')}`);
    this.name = 'ContentBuildError';
  }
}
