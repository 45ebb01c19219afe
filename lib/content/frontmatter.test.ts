/** The one frontmatter parse: data, positions of any path, and the body handed to the MDX compiler. */
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './frontmatter';
import { GOOD, locate } from '../graph/__fixtures__/helpers';

const SOURCE = [
  '---',
  'title: Sequential',
  'related: [parallel, concurrent]',
  'sources:',
  '  - title: "One"',
  '    url: https://one.example/post',
  '  - url: /two',
  '    extra: true',
  'list:',
  '  - first',
  '  -   second',
  '---',
  '',
  'Body text.',
].join('\n');

function parsed(source = SOURCE) {
  const result = readFrontmatter(source);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

describe('readFrontmatter', () => {
  it('parses the YAML once, as data', () => {
    expect(parsed().frontmatter.data).toEqual({
      title: 'Sequential',
      related: ['parallel', 'concurrent'],
      sources: [{ title: 'One', url: 'https://one.example/post' }, { url: '/two', extra: true }],
      list: ['first', 'second'],
    });
  });

  it('keeps dates as written (YAML 1.2: no timestamps)', () => {
    expect(parsed(GOOD).frontmatter.data).toMatchObject({ sources: [{ id: 'acme-events' }] });
  });

  it.each([
    [['title'], 'title:'],
    [['sources'], 'sources:'],
    [['sources', 0, 'url'], 'url: https://one'],
    [['sources', 1, 'url'], 'url: /two'],
    [['sources', 1, 'extra'], 'extra: true'],
    [['related', 1], 'concurrent'],
    [['list', 1], 'second'],
  ])('points at %j in the file', (path, needle) => {
    expect(parsed().frontmatter.pointOf(path)).toEqual(locate(SOURCE, needle));
  });

  it('points a path that is not written at the nearest field that is', () => {
    const { frontmatter } = parsed();
    expect(frontmatter.pointOf(['company'])).toEqual({ line: 1, column: 1 });
    expect(frontmatter.pointOf(['sources', 1, 'title'])).toEqual(locate(SOURCE, 'url: /two'));
    expect(frontmatter.pointOf(['sources', 5, 'url'])).toEqual(locate(SOURCE, 'sources:'));
    expect(frontmatter.pointOf(['title', 'deeper'])).toEqual(locate(SOURCE, 'title:'));
  });

  it('counts lines the same with CRLF line endings', () => {
    const crlf = SOURCE.replace(/\n/g, '\r\n');
    const result = parsed(crlf);
    expect(result.frontmatter.data).toMatchObject({ title: 'Sequential', list: ['first', 'second'] });
    expect(result.frontmatter.pointOf(['sources', 1, 'url'])).toEqual(locate(SOURCE, 'url: /two'));
  });

  it('hands the compiler the body with the block blanked, line for line', () => {
    const { body } = parsed();
    expect(body.split('\n')).toHaveLength(SOURCE.split('\n').length);
    expect(body).toBe(`${'\n'.repeat(12)}\nBody text.`);
    expect(parsed(SOURCE.replace(/\n/g, '\r\n')).body).toBe(`${'\r\n'.repeat(12)}\r\nBody text.`);
  });

  it('an empty block is empty data', () => {
    const result = parsed('---\n---\nBody');
    expect(result.frontmatter.data).toBeNull();
    expect(result.body).toBe('\n\nBody');
  });

  it('reports YAML errors at their position in the file', () => {
    const result = readFrontmatter('---\ntitle: ok\nsummary: a: b\n---\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ line: 3, column: 10, message: expect.stringMatching(/^invalid frontmatter YAML: Nested mappings/) });
  });
});
