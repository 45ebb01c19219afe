import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { stackUrl } from './selectors';

const pages = [
  { name: 'home', path: '/' },
  { name: 'stack, layered view', path: stackUrl('uber') },
  { name: 'stack, Kafka view with a component open', path: stackUrl('uber', 'view=kafka-hub&node=kafka') },
  { name: 'stack with a flow open', path: stackUrl('uber', 'flow=kafka-to-flink') },
  { name: 'Netflix stack', path: stackUrl('netflix') },
  { name: 'LinkedIn stack, second view', path: stackUrl('linkedin', 'view=kafka-ecosystem') },
  { name: 'technology index', path: '/tech/' },
  { name: 'technology page', path: '/tech/kafka/' },
  { name: 'concept index', path: '/concepts/' },
  { name: 'concept page with a diagram', path: '/concepts/asynchronous/' },
  { name: 'concept page with code', path: '/concepts/fire-and-forget/' },
  { name: 'authoring docs', path: '/docs/authoring/' },
  { name: '404', path: '/no-such-page/' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, path } of pages) {
    test(`axe: ${name} (${scheme}) has no serious or critical violations`, async ({ page, consoleErrors }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
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
