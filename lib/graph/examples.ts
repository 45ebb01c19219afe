/**
 * The examples the authoring docs show and `npm run new-stack` writes. Tests run both through the
 * real pipeline, so a documented example can never be invalid.
 */

export const MINIMAL_EXAMPLE = `---
company: Acme
title: Acme's Click Pipeline
summary: How Acme turns clicks into dashboards.
sources:
  - id: click-pipeline
    title: "Our click pipeline"
    url: https://eng.acme.example/clicks
---

<Diagram id="pipeline" title="Click Pipeline">
  <Layer id="sources" title="Sources" role="sources">
    <Component id="web-app" label="Web App">
      The site people click around in.
      <Cite source="click-pipeline" quote="every click on the site" />
    </Component>
  </Layer>
  <Layer id="analytics" title="Analytics" role="serving">
    <Component id="dashboards" label="Dashboards" inferred>
      Charts of what people click.
    </Component>
  </Layer>
  <Flow from="web-app" to="dashboards" label="clicks" mode="stream">
    Each click is counted as it happens.
    <Cite source="click-pipeline" quote="counted as it happens" />
  </Flow>
  <Tour id="follow-a-click" title="Follow a click">
    <Step title="Someone clicks" focus="web-app">
      It starts in the web app.
    </Step>
    <Step title="The click is counted" focus="web-app dashboards">
      The flow between the two is highlighted too.
    </Step>
  </Tour>
</Diagram>
`;

/** A complete, commented starting point that passes `npm run check` as written. */
export function stackTemplate(slug: string, company: string): string {
  const title = `${company}'s Data Stack`;
  return `---
# Stack Atlas stack file: content/stacks/${slug}.mdx (reference: /docs/authoring/)
company: ${JSON.stringify(company)}
title: ${JSON.stringify(title)}
summary: ${JSON.stringify(`How ${company} moves data from its apps to analytics. Replace this with one sentence.`)}
sources:
  # Every stack cites where its facts come from: an id (for <Cite source="...">), title, https URL,
  # and date if known.
  - id: replace-with-a-source-id
    title: "Replace with the engineering blog post's title"
    url: https://example.com/replace-with-the-post
    date: 2024-01-31
---

Replace this intro with two short paragraphs in your own words: what this stack does, and how to read
its views. Any Markdown works here.

<Diagram id="overview" title="Overview">
  <Layer id="sources" title="Sources" role="sources">
    <Component id="app" label="App">
      Where data starts: say what the component is, what it does at ${company}, and what data it holds
      or moves. Cite the post it rests on with its exact words (at most 30); the link opens the post
      at them. A Cite tag on its own line joins the paragraph above it.
      <Cite source="replace-with-a-source-id" quote="replace with exact words from the post" />
    </Component>
  </Layer>
  <Layer id="ingestion" title="Ingestion" role="ingestion">
    <Component id="queue" label="Message Queue" tech="kafka">
      A component can link to a technology in content/technologies.json with tech="...".
      <Cite source="replace-with-a-source-id" quote="replace with exact words from the post" />
    </Component>
  </Layer>
  <Layer id="analytics" title="Analytics" role="serving">
    <Component id="warehouse" label="Warehouse" inferred>
      Where the data ends up. Mark a component or flow inferred when you draw it as a reading aid
      and the sources do not state it. npm run check warns about any with neither.
    </Component>
  </Layer>
  <Flow from="app" to="queue" label="events" mode="async">
    What moves along this flow, and why it moves this way. Modes: sync, async, fire-and-forget,
    stream, batch, cdc.
    <Cite source="replace-with-a-source-id" quote="replace with exact words from the post" />
  </Flow>
  <Flow from="queue" to="warehouse" label="hourly batches" mode="batch">
    Every flow explains itself in a sentence or two.
    <Cite source="replace-with-a-source-id" quote="replace with exact words from the post" />
  </Flow>
  <Tour id="follow-an-event" title="Follow an event">
    <Step title="The app sends an event" focus="app">
      A tour walks the reader through the view one step at a time. Each step focuses
      components of this view (ids separated by spaces) and says what to look at.
    </Step>
    <Step title="The queue takes it in" focus="app queue">
      Flows between focused components are highlighted with them.
    </Step>
    <Step title="It lands in the warehouse" focus="warehouse" flows="queue-to-warehouse">
      flows="..." highlights more flows by id (a flow's id defaults to from-to-to).
    </Step>
  </Tour>
</Diagram>

<Diagram id="queue-centric" title="Around the Queue">
  <Layer id="producers" title="Producers" role="sources">
    <Component id="app" />
  </Layer>
  <Layer id="hub" title="Hub" role="ingestion">
    <Component id="queue" />
  </Layer>
  <Flow from="app" to="queue" label="events" mode="async">
    A second view reuses components with a bare tag: their label and prose are written once.
    Each view's flows cite on their own.
    <Cite source="replace-with-a-source-id" quote="replace with exact words from the post" />
  </Flow>
</Diagram>
`;
}
