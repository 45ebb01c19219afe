'use client';
import type { ClientComponent, ClientFlow } from '@/lib/model/types';
import { ModeBadge } from './mode-badge';

/** A button naming a flow ("Rider App → Kafka: trip events", "(inferred)" when it is a reading aid); activating it selects the flow. */
export function FlowLink({
  flow,
  components,
  onSelect,
}: {
  flow: ClientFlow;
  components: Record<string, ClientComponent>;
  onSelect(id: string): void;
}) {
  return (
    <button type="button" className="sa-link-button" data-flow-id={flow.id} onClick={() => onSelect(flow.id)}>
      <span>
        {components[flow.from]?.label ?? flow.from} → {components[flow.to]?.label ?? flow.to}
      </span>
      <span className="text-slate-600 dark:text-slate-400">: {flow.label}</span>
      {flow.mode ? <ModeBadge mode={flow.mode} compact /> : null}
      {flow.inferred ? <span className="ml-1 text-xs italic text-slate-600 dark:text-slate-400">(inferred)</span> : null}
    </button>
  );
}

/** A list of flow links: the panel's incoming/outgoing flows and the view's full flow list. */
export function FlowLinks({
  flows,
  className,
  ...rest
}: Omit<Parameters<typeof FlowLink>[0], 'flow'> & { flows: ClientFlow[]; className: string }) {
  return (
    <ul className={className}>
      {flows.map((flow) => (
        <li key={flow.id}>
          <FlowLink flow={flow} {...rest} />
        </li>
      ))}
    </ul>
  );
}
