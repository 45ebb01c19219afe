import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { CANVASES, holdReactFlow, waitForCanvas, type Canvas } from './canvas';
import { stackUrl } from './selectors';

const pages: { name: string; path: string; diagram?: boolean }[] = [
  { name: 'home', path: '/' },
  { name: 'stack, layered view', diagram: true, path: stackUrl('uber') },
  { name: 'stack, Kafka view with a component open', diagram: true, path: stackUrl('uber', 'view=kafka-hub&node=kafka') },
  { name: 'stack with a flow open', diagram: true, path: stackUrl('uber', 'flow=kafka-to-flink') },
  { name: 'Netflix stack', diagram: true, path: stackUrl('netflix') },
  { name: 'LinkedIn stack, second view', diagram: true, path: stackUrl('linkedin', 'view=kafka-ecosystem') },
  { name: 'technology index', path: '/tech/' },
  { name: 'technology page', path: '/tech/kafka/' },
  { name: 'concept index', path: '/concepts/' },
  { name: 'concept page with a diagram', diagram: true, path: '/concepts/asynchronous/' },
  { name: 'concept page with code', path: '/concepts/fire-and-forget/' },
  { name: 'authoring docs', path: '/docs/authoring/' },
  { name: 'compare index', path: '/compare/' },
  { name: 'compare page', path: '/compare/uber/netflix/' },
  { name: '404', path: '/no-such-page/' },
];

for (const scheme of ['light', 'dark'] as const) {
  // A page with a diagram is checked on each canvas: the static first paint and React Flow.
  const runs = pages.flatMap((entry) => (entry.diagram ? CANVASES.map((canvas): Canvas | undefined => canvas) : [undefined]).map((canvas) => ({ ...entry, canvas })));
  for (const { name, path, canvas } of runs) {
    test(`axe: ${name}${canvas ? `, ${canvas} canvas` : ''} (${scheme}) has no serious or critical violations`, async ({ page, consoleErrors }) => {
      await page.emulateMedia({ colorScheme: scheme });
      if (canvas === 'static') await holdReactFlow(page);
      await page.goto(path);
      // The held-back React Flow chunk keeps the network busy: wait for the canvas instead.
      if (canvas) await waitForCanvas(page, canvas);
      if (canvas !== 'static') await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(serious).toEqual([]);
      // A 404 page is served with a 404 status, which the browser logs.
      if (name === '404') consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
    });
  }
}
