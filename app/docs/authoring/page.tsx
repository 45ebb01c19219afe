import type { Metadata } from 'next';
import Link from 'next/link';
import { LAYER_ROLES, ROLES } from '@/lib/model/roles';
import { authoringReference, type FieldDoc } from '@/lib/graph/reference';
import { MINIMAL_EXAMPLE, stackTemplate } from '@/lib/graph/examples';
import { conceptHref } from '@/lib/model/links';

export const metadata: Metadata = {
  title: 'Authoring a stack',
  description: 'The complete reference of the Stack Atlas MDX format: frontmatter, elements, attributes and flow modes.',
};

function Code({ children }: { children: string }) {
  return (
    <pre className="mt-3 overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm leading-relaxed text-slate-100">
      <code>{children}</code>
    </pre>
  );
}

/** Backticks in schema descriptions become <code>. */
function Text({ children }: { children: string }) {
  return (
    <>
      {children.split(/(`[^`]+`)/).map((part, index) =>
        part.startsWith('`') ? <code key={index}>{part.slice(1, -1)}</code> : <span key={index}>{part}</span>,
      )}
    </>
  );
}

function FieldTable({ fields, caption }: { fields: FieldDoc[]; caption: string }) {
  return (
    <table className="mt-3 w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className="py-2 pr-4">Name</th>
          <th scope="col" className="py-2 pr-4">Required</th>
          <th scope="col" className="py-2 pr-4">Type</th>
          <th scope="col" className="py-2">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.name} className="border-b border-slate-200 align-top dark:border-slate-700">
            <td className="py-2 pr-4">
              <code>{field.name}</code>
            </td>
            <td className="py-2 pr-4">{field.required ? 'yes' : 'no'}</td>
            <td className="py-2 pr-4">
              <code>{field.type}</code>
            </td>
            <td className="py-2">
              <Text>{field.description}</Text>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function AuthoringPage() {
  const reference = authoringReference();
  return (
    <article className="sa-prose max-w-4xl">
      <h1>Authoring a stack</h1>
      <p>
        A company stack is one MDX file, <code>content/stacks/&lt;slug&gt;.mdx</code>. The slug is the file name and the
        page URL (<code>/stacks/&lt;slug&gt;/</code>). No code changes are needed: the build reads every file in that
        folder. This page is generated from the same schema the validator uses.
      </p>

      <h2 id="workflow">Workflow</h2>
      <ol>
        <li>
          <code>npm run new-stack -- acme &quot;Acme&quot;</code> writes a commented, valid{' '}
          <code>content/stacks/acme.mdx</code> (it never overwrites a file).
        </li>
        <li>Edit it. Keep prose in your own words and cite every source.</li>
        <li>
          <code>npm run check</code> validates all content in about a second and prints every problem as{' '}
          <code>file:line:column error: message</code>, with a likely fix (&quot;did you mean <code>kafka</code>?&quot;).
        </li>
        <li>
          <code>npm run dev</code> shows it at <code>/stacks/acme/</code>; reload after each edit. A broken file shows the
          same message, and fails <code>npm run build</code>.
        </li>
      </ol>

      <h2 id="minimal">A minimal stack</h2>
      <Code>{MINIMAL_EXAMPLE}</Code>

      <h2 id="frontmatter">Frontmatter</h2>
      <p>YAML between two <code>---</code> lines at the top of the file.</p>
      <FieldTable fields={reference.frontmatter} caption="Frontmatter fields" />
      <p>Each entry of <code>sources</code>:</p>
      <FieldTable fields={reference.source} caption="Source fields" />
      <p>
        Editors: the frontmatter&apos;s JSON schema is <code>content/stack-frontmatter.schema.json</code> (regenerate it
        with <code>npm run schema</code>). Tools that validate YAML frontmatter against a schema can use it;{' '}
        <code>npm run check</code> always does. TypeScript types of the elements, derived from the same schema, are in{' '}
        <code>lib/graph/mdx-types.ts</code> (<code>StackAtlasMdxComponents</code>) for MDX editor tooling.
      </p>

      <h2 id="elements">Elements</h2>
      <p>
        Six structural elements, nested <code>Diagram &gt; Layer &gt; Component</code>, <code>Diagram &gt; Flow</code> and{' '}
        <code>Diagram &gt; Tour &gt; Step</code>, and <code>Cite</code>, which goes inline in the prose of a{' '}
        <code>Component</code>, <code>Flow</code> or <code>Step</code>. Each <code>Diagram</code> is one view of the stack (a tab). Put each
        tag on its own line. Attribute values are plain quoted strings. Anything else (other JSX, imports,{' '}
        <code>{'{expressions}'}</code>) is an error: content is data.
      </p>
      {reference.elements.map((element) => (
        <section key={element.name} aria-labelledby={`el-${element.name}`}>
          <h3 id={`el-${element.name}`}>
            <code>&lt;{element.name}&gt;</code>
          </h3>
          <p>
            <Text>{element.summary}</Text> Contains: <Text>{element.children}</Text>.
          </p>
          <FieldTable fields={element.attributes} caption={`Attributes of ${element.name}`} />
        </section>
      ))}

      <h2 id="citations">Citations and inferred elements</h2>
      <p>
        Give every source an <code>id</code>, then cite it where the prose rests on it:{' '}
        <code>{'<Cite source="events-at-acme" quote="exact words from the post" />'}</code>. The quote is at most 30 words,
        copied exactly from the post. Readers see a numbered link (the source&apos;s place in <code>sources</code>) named
        &ldquo;Source 2: <em>title</em>&rdquo;; it opens the post at the quoted words with a text fragment
        (<code>#:~:text=</code>; quotes over ten words are linked by their first and last four words). The panel lists the
        selected element&apos;s citations with their quotes.
      </p>
      <p>
        Where a component or flow is drawn as a reading aid and the sources do not state it, mark it with a bare{' '}
        <code>inferred</code>: <code>{'<Flow from="a" to="b" label="x" inferred>'}</code>. An inferred flow is drawn with
        ticks across its line and a dashed label; an inferred component is tagged &ldquo;inferred&rdquo;; the panel,
        the legend and accessible names say so. <code>npm run check</code> warns about every component and flow that has
        neither a citation nor <code>inferred</code>, and each stack page says how many cite a source (a component
        counts once; a flow once per view it is declared in).
      </p>

      <h2 id="roles">Layer roles</h2>
      <p>
        A layer&apos;s <code>role</code> says what it does in the stack. The <Link href="/compare/">compare pages</Link> line
        two stacks up row by row by role, in this order. Give every layer one; several layers of a view may share a role.
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">Layer roles</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">role</th>
            <th scope="col" className="py-2 pr-4">Row</th>
            <th scope="col" className="py-2">What belongs in it</th>
          </tr>
        </thead>
        <tbody>
          {LAYER_ROLES.map((role) => (
            <tr key={role} className="border-b border-slate-200 align-top dark:border-slate-700">
              <td className="py-2 pr-4">
                <code>{role}</code>
              </td>
              <td className="py-2 pr-4">{ROLES[role].title}</td>
              <td className="py-2">{ROLES[role].meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="modes">Flow modes</h2>
      <p>Each mode is drawn with its own line style and explained in the legend under every diagram.</p>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">Flow modes</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">mode</th>
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {reference.modes.map((mode) => (
            <tr key={mode.mode} className="border-b border-slate-200 align-top dark:border-slate-700">
              <td className="py-2 pr-4">
                <code>{mode.mode}</code>
              </td>
              <td className="py-2 pr-4">
                <Link href={conceptHref(mode.concept)}>{mode.title}</Link>
              </td>
              <td className="py-2">{mode.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="rules">Rules the checker enforces</h2>
      <ul>
        <li>Ids are lowercase kebab-case. Component ids are unique in a file; layer ids in their diagram; flow ids in their diagram.</li>
        <li>A component is defined once (label and prose); other diagrams reuse it bare. Reusing an id defined nowhere is an error.</li>
        <li>Both ends of a flow are components of the same diagram. Two flows between the same pair need distinct <code>id</code>s.</li>
        <li>A diagram needs at least one layer; a layer at least one component.</li>
        <li><code>tech</code> must name an entry of <code>content/technologies.json</code>.</li>
        <li>
          Every source has an <code>id</code>, unique in the stack. A <code>{'<Cite>'}</code> needs <code>source</code> (one of
          those ids) and <code>quote</code> (at most 30 words), takes no content, and goes only in the prose of a component,
          flow or step. <code>inferred</code> is written bare.
        </li>
        <li>Source URLs are absolute <code>http(s)</code> URLs. Files are at most 256 kB. The file name is a URL-safe slug.</li>
        <li>Warnings (the build still passes): a component no flow touches, a stack without sources, a flow going backwards across layers; and, from <code>npm run check</code>, each component or flow with neither a citation nor <code>inferred</code>.</li>
      </ul>

      <h2 id="technologies">Technologies</h2>
      <p>
        <code>content/technologies.json</code> lists technologies shared across stacks: <code>id</code>, <code>name</code>,{' '}
        <code>category</code>, <code>homepage</code> (https) and a one-line <code>description</code>. Linking a component
        with <code>tech=&quot;kafka&quot;</code> puts it on <Link href="/tech/kafka/">the Kafka page</Link> and links it to the
        other companies that use Kafka.
      </p>

      <h2 id="full">A full starting point</h2>
      <p>This is what <code>npm run new-stack</code> writes: two views, a bare reuse, a technology link and commented frontmatter.</p>
      <Code>{stackTemplate('acme', 'Acme')}</Code>
    </article>
  );
}
