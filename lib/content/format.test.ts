/** formatError / ContentBuildError: the `file:line:col severity: message` shape editors link to. */
import { describe, expect, it } from 'vitest';
import { ContentBuildError, formatError } from './format';
import { GOOD, checkFixture, edit } from '../graph/__fixtures__/helpers';
import type { ContentError } from '../graph/schema';

const error: ContentError = {
  file: 'content/stacks/x.mdx',
  line: 42,
  column: 5,
  severity: 'error',
  message: 'flow to unknown component `kafak`',
  hint: 'did you mean `kafka`?',
};

describe('formatError', () => {
  it('puts file:line:column, severity and message on one line, and the hint indented below', () => {
    expect(formatError(error)).toBe('content/stacks/x.mdx:42:5 error: flow to unknown component `kafak`\n    hint: did you mean `kafka`?');
  });

  it('is a single line when there is no hint', () => {
    const { hint: _hint, ...bare } = error;
    expect(formatError(bare)).toBe('content/stacks/x.mdx:42:5 error: flow to unknown component `kafak`');
    expect(formatError(bare)).not.toContain('\n');
  });

  it('shows warnings as warnings', () => {
    expect(formatError({ ...error, severity: 'warning', message: 'component `x` has no flows', hint: undefined })).toBe(
      'content/stacks/x.mdx:42:5 warning: component `x` has no flows',
    );
  });

  it('formats a real pipeline error with its position', async () => {
    const { errors } = await checkFixture(edit(GOOD, 'mode="async"', 'mode="asynk"'));
    expect(errors.map(formatError)).toEqual([
      'content/stacks/fixture.mdx:35:56 error: unknown mode `asynk` on `<Flow>`\n    hint: did you mean `async`?',
    ]);
  });
});

describe('ContentBuildError', () => {
  it('lists every error, with a count in the first line', () => {
    const second: ContentError = { ...error, line: 50, column: 1, message: 'diagram id `main` is used twice', hint: undefined };
    const thrown = new ContentBuildError([error, second]);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('ContentBuildError');
    expect(thrown.errors).toEqual([error, second]);
    expect(thrown.message).toBe(`2 content errors:\n${formatError(error)}\n${formatError(second)}`);
  });

  it('uses the singular for one error', () => {
    expect(new ContentBuildError([error]).message.split('\n')[0]).toBe('1 content error:');
  });
});
