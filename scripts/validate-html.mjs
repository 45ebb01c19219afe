#!/usr/bin/env node
/**
 * `npm run test:html`: html-validate's recommended rules over every page of the built site
 * (`out/`, or NEXT_DIST_DIR). Run after `npm run build`. Exit 1 on any error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from './lib/html-files.mjs';

/**
 * The recommended rules, less only what React and Next emit on every page (we do not write this
 * markup and cannot change it without patching the framework).
 */
export const config = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes JSX prop names as attributes: `charSet`, `noModule`, `fetchPriority` (Next's <head>).
    'attr-case': 'off',
    // React and Next write void elements self-closed: `<meta ... />`, `<link ... />`.
    'void-style': 'off',
    // React writes boolean attributes with an empty value: `async=""`, `noModule=""`, `hidden=""`.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // React's useId() ids start with an underscore (`_R_` in Next's shell). `relaxed` allows that
    // but still rejects ids with whitespace or an empty id.
    'valid-id': ['error', { relaxed: true }],
    // React Flow's API positions and styles nodes, edges and its viewport with `style` (a transform per
    // node, stroke per edge), and its stylesheet would override SVG presentation attributes; the static
    // canvas renders React Flow's markup. Only those properties are allowed inline: colours, spacing
    // and the like still belong in CSS.
    'no-inline-style': [
      'error',
      {
        allowedProperties: [
          'display', // the rule's default
          'transform', 'width', 'height', 'max-width', 'position', 'top', 'left', 'z-index', 'overflow', 'pointer-events', 'visibility',
          'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap',
          // The static canvas's fit is CSS of its own width (components/diagram/fit-css.ts): a size
          // container, and the fitted zoom (with whether labels show) as custom properties.
          'container-type', 'transform-origin', '--sa-fit-zoom', '--sa-fit-labels',
        ],
      },
    ],
  },
};

/** @returns {Promise<{ pages: number, problems: string[] }>} every error as `page:line:column rule: message` */
export async function validateSite(dir) {
  const validator = new HtmlValidate(config);
  const pages = htmlFiles(dir);
  const problems = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(dir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return { pages: pages.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, problems } = await validateSite(path.resolve(process.env.NEXT_DIST_DIR ?? 'out'));
  for (const problem of problems) console.log(problem);
  console.log(`${problems.length ? '✗' : '✓'} html-validate: ${pages} pages, ${problems.length} error${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length ? 1 : 0);
}
