/**
 * The minimal React Flow page: React 19 + @xyflow/react 12 drawing the first view's nodes at their
 * laid-out boxes and its flows along their laid-out routes; a click on a component opens a panel
 * with its label and prose. No app framework, no router, nothing else: the least a React Flow page
 * costs. Bundled at bench time by scripts/bench/reference/minimal-rf.ts (esbuild, minified, production React).
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BaseEdge, Handle, Position, ReactFlow, type Edge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import type { RefModel, RefNode } from '../../scripts/bench/reference/model';

/** A type alias (not an interface) so that it has the index signature React Flow's data needs. */
type NodeData = { [K in keyof RefNode]: RefNode[K] };
type EdgeData = { path: string; label: string; labelX: number; labelY: number };

function ComponentNode({ data }: NodeProps<Node<NodeData>>) {
  return (
    <>
      <Handle type="target" position={Position.Left} />
      <button type="button" className="node" data-node-id={data.id}>
        <span className="label">{data.label}</span>
        {data.inferred ? <small aria-hidden="true">inferred</small> : null}
      </button>
      <Handle type="source" position={Position.Right} />
    </>
  );
}

function RouteEdge({ id, data }: EdgeProps<Edge<EdgeData>>) {
  return <BaseEdge id={id} path={data!.path} label={data!.label} labelX={data!.labelX} labelY={data!.labelY} />;
}

const nodeTypes = { component: ComponentNode };
const edgeTypes = { route: RouteEdge };

function App({ model }: { model: RefModel }) {
  const [selected, setSelected] = useState<NodeData | null>(null);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const [nodes] = useState<Node<NodeData>[]>(() =>
    model.nodes.map((n) => ({ id: n.id, type: 'component', position: { x: n.x, y: n.y }, width: n.width, height: n.height, data: n })),
  );
  const [edges] = useState<Edge<EdgeData>[]>(() =>
    model.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: 'route', data: { path: e.path, label: e.label, labelX: e.labelX, labelY: e.labelY } })),
  );
  return (
    <main>
      <div className="diagram" data-testid="diagram" data-hydrated={mounted ? 'true' : 'false'}>
        <ReactFlow<Node<NodeData>, Edge<EdgeData>>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          fitView
          onNodeClick={(_, node) => setSelected(node.data)}
        />
      </div>
      <aside>
        <h2 id="panel-heading">{selected ? selected.label : 'Explore the stack'}</h2>
        <p>{selected ? selected.prose : 'Select a component.'}</p>
      </aside>
    </main>
  );
}

const model = JSON.parse(document.getElementById('model')!.textContent!) as RefModel;
createRoot(document.getElementById('root')!).render(<App model={model} />);
