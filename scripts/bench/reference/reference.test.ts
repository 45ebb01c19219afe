import { describe, expect, it } from 'vitest';
import type { LaidOutStack } from '../../../lib/graph/schema';
import { clickFigures } from '../click';
import { escapeHtml, fitScale, floorHtml, FIT, scriptJson } from './floor';
import { scriptsBy } from './js-by';
import { minimalRfHtml } from './minimal-rf';
import { refModel, type RefModel } from './model';
import { ratio, ratioCheck, ratioChecks, type PageFigures } from './ratios';

const model: RefModel = {
  title: 'Acme <Data>',
  width: 2000,
  height: 500,
  bands: [{ id: 'src', title: 'Sources & sinks', x: 0, y: 0, width: 200, height: 500 }],
  nodes: [
    { id: 'app', label: 'App', inferred: false, prose: 'Sends </script> events', x: 16, y: 56, width: 184, height: 56 },
    { id: 'kafka', label: 'Kafka "bus"', inferred: true, prose: 'Moves events', x: 320, y: 56, width: 184, height: 56 },
  ],
  edges: [{ id: 'app-to-kafka', source: 'app', target: 'kafka', label: 'events', path: 'M200,84 L320,84', labelX: 260, labelY: 84 }],
};

describe('refModel', () => {
  it('takes the first view: boxes from the layout, label and prose from the components', () => {
    const stack = {
      meta: { slug: 'acme', title: 'Acme' },
      components: { a: { label: 'A', text: 'About A', inferred: true }, b: { label: 'B', text: 'About B' } },
      views: [
        {
          width: 900,
          height: 300,
          bands: [{ id: 'l1', title: 'Layer', x: 0, y: 0, width: 300, height: 300 }],
          nodes: [
            { id: 'a', layerId: 'l1', x: 1, y: 2, width: 184, height: 56 },
            { id: 'b', layerId: 'l1', x: 3, y: 4, width: 184, height: 56 },
          ],
          flows: [{ id: 'a-to-b', from: 'a', to: 'b', label: 'rows', path: 'M0,0 L1,1', labelX: 5, labelY: 6 }],
        },
      ],
    } as unknown as LaidOutStack;
    const result = refModel(stack);
    expect(result.nodes).toEqual([
      { id: 'a', label: 'A', inferred: true, prose: 'About A', x: 1, y: 2, width: 184, height: 56 },
      { id: 'b', label: 'B', inferred: false, prose: 'About B', x: 3, y: 4, width: 184, height: 56 },
    ]);
    expect(result.edges).toEqual([{ id: 'a-to-b', source: 'a', target: 'b', label: 'rows', path: 'M0,0 L1,1', labelX: 5, labelY: 6 }]);
    expect(() => refModel(stack, 1)).toThrow(/no view 1/);
  });
});

describe('floor page', () => {
  const html = floorHtml(model, '/* script */');
  it('has one button[data-node-id] per component, labelled like the real page', () => {
    expect(html.match(/<button [^>]*data-node-id=/g)).toHaveLength(2);
    expect(html).toContain('data-node-id="kafka"');
    expect(html).toContain('<span class="label">Kafka &quot;bus&quot;</span>');
    expect(html).toContain('<small aria-hidden="true">inferred</small>');
  });
  it('keeps the probes\' contract: diagram test id, hydration flag set by the script, panel heading', () => {
    expect(html).toContain('data-testid="diagram" data-hydrated="false"');
    expect(html).toContain('<h2 id="panel-heading">');
    expect(html).toContain('<script>/* script */</script>');
  });
  it('draws every route and label in inline SVG, and scales the view to fit', () => {
    expect(html).toContain('<path class="route" d="M200,84 L320,84"/>');
    expect(html).toContain('>events</text>');
    expect(html).toContain('Sources &amp; sinks');
    expect(fitScale(model)).toBe(FIT.width / 2000);
    expect(fitScale({ width: 100, height: 100 })).toBe(1);
  });
  it('escapes text and keeps embedded JSON from closing its script', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(scriptJson({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
    expect(html).not.toContain('Sends </script>');
    expect(html).toContain('<title>Acme &lt;Data&gt;: floor page</title>');
  });
});

describe('minimal React Flow page', () => {
  it('embeds the model as JSON and loads the bundle as a module', () => {
    const html = minimalRfHtml(model, '.react-flow{}', 'main.js');
    expect(html).toContain('<script type="module" src="main.js"></script>');
    expect(html).toContain('<div id="root"></div>');
    const json = /<script type="application\/json" id="model">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(model);
  });
});

describe('ratios and verdicts', () => {
  const page = (overrides: Partial<PageFigures>): PageFigures => ({ coldClickMedian: null, clickP95: null, jsBy1sGzipBytes: null, allVisibleMedian: null, ...overrides });
  it('divides real by reference; missing, zero or non-finite figures give no ratio and fail', () => {
    expect(ratio(67, 19)).toBeCloseTo(3.526, 3);
    expect(ratio(null, 19)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(Number.NaN, 3)).toBeNull();
    expect(ratioCheck('x', 5, 0, 'floor', 'ms', 2).pass).toBe(false);
  });
  it('passes at the limit and fails above it', () => {
    expect(ratioCheck('x', 40, 20, 'floor', 'ms', 2)).toMatchObject({ ratio: 2, pass: true });
    expect(ratioCheck('x', 40.1, 20, 'floor', 'ms', 2).pass).toBe(false);
  });
  it('checks the issue\'s four targets against the right reference page', () => {
    const checks = ratioChecks({
      real: page({ coldClickMedian: 67, clickP95: 40, jsBy1sGzipBytes: 211_600, allVisibleMedian: 289 }),
      floor: page({ coldClickMedian: 19, clickP95: 20, jsBy1sGzipBytes: 0, allVisibleMedian: 200 }),
      minimalRf: page({ coldClickMedian: 31, clickP95: 30, jsBy1sGzipBytes: 130_000, allVisibleMedian: 700 }),
    });
    expect(checks.map((c) => [c.referencePage, c.limit, c.pass])).toEqual([
      ['floor', 2, false],
      ['floor', 2, true],
      ['minimal-rf', 1.25, false],
      ['floor', 1.5, true],
    ]);
    expect(checks[2]).toMatchObject({ real: 211.6, reference: 130, unit: 'kB' });
  });
});

describe('JS fetched by a moment', () => {
  it('counts the scripts whose request started by the cutoff', () => {
    const by = scriptsBy(
      [
        { url: 'a.js', startedAt: 10, bytes: 100, gzipBytes: 40 },
        { url: 'lazy.js', startedAt: 900, bytes: 50, gzipBytes: 20 },
        { url: 'late.js', startedAt: 1500, bytes: 70, gzipBytes: 30 },
      ],
      1000,
    );
    expect(by).toEqual({ cutoff: 1000, gzipBytes: 60, bytes: 150, scripts: ['a.js', 'lazy.js'] });
  });
});

describe('click figures', () => {
  it('measures to the rendered frame, and keeps the old frame-callback figure beside it', () => {
    const sample = clickFigures('a', 'A', { downAt: 99, clickAt: 100, handledAt: 130, shownAt: 150, frameAt: 160, paintedAt: 175, completeAt: 192 });
    expect(sample).toEqual({ id: 'a', label: 'A', latency: 75, toFrame: 60, toComplete: 92, toMutation: 50, inputDelay: 30, downToClick: 1, eventDuration: null });
    expect(clickFigures('a', 'A', { downAt: null, clickAt: 100, handledAt: 100, shownAt: 101, frameAt: 102, paintedAt: 103, completeAt: 103 }, 72)).toMatchObject({ downToClick: null, toComplete: 3, eventDuration: 72 });
  });
});
