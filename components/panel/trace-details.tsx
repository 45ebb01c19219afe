'use client';
import { Fragment, useMemo, useState } from 'react';
import { traceFrom, type TraceDirection, type TracePath } from '@/lib/model/trace';
import type { ClientComponent, ClientView } from '@/lib/model/types';
import { ModeBadge } from './mode-badge';

const CHOICES: { direction: TraceDirection; label: string }[] = [
  { direction: 'down', label: 'Where does its data go?' },
  { direction: 'up', label: 'Where does its data come from?' },
  { direction: 'both', label: 'Both' },
];
/** Chains shown per group before "N more". */
const SHOWN = 4;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Chain({ path, view, components }: { path: TracePath; view: ClientView; components: Record<string, ClientComponent> }) {
  const flows = new Map(view.flows.map((flow) => [flow.id, flow]));
  return (
    <li className="text-sm">
      {path.nodes.map((id, index) => {
        const hop = index > 0 ? flows.get(path.flows[index - 1]!) : undefined;
        return (
          <Fragment key={`${id}-${index}`}>
            {index > 0 ? (
              <span className="text-slate-600 dark:text-slate-400">
                {' → '}
                {hop?.mode ? <ModeBadge mode={hop.mode} compact /> : null}{' '}
              </span>
            ) : null}
            <span className="font-medium">{components[id]?.label ?? id}</span>
          </Fragment>
        );
      })}
    </li>
  );
}

function ChainGroup({ title, paths, view, components }: { title: string; paths: TracePath[]; view: ClientView; components: Record<string, ClientComponent> }) {
  const [open, setOpen] = useState(false);
  if (paths.length === 0) return null;
  const shown = open ? paths : paths.slice(0, SHOWN);
  return (
    <div className="mt-2">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {title} ({paths.length})
      </h4>
      <ul className="mt-1 space-y-1">
        {shown.map((path) => (
          <Chain key={path.flows.join(' ')} path={path} view={view} components={components} />
        ))}
      </ul>
      {paths.length > SHOWN ? (
        <button type="button" className="sa-link-button mt-1" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `${paths.length - SHOWN} more`}
        </button>
      ) : null}
    </div>
  );
}

/**
 * "Where does its data go?": traces the component's data through every hop of the view (the canvas
 * highlights it), and lists the paths as chains grouped by freshness.
 */
export function TraceDetails({
  component,
  view,
  components,
  trace: direction,
  onTrace,
}: {
  component: ClientComponent;
  view: ClientView;
  components: Record<string, ClientComponent>;
  trace?: TraceDirection;
  onTrace(direction: TraceDirection | undefined): void;
}) {
  const trace = useMemo(() => (direction ? traceFrom(view.flows, component.id, direction) : null), [direction, view, component.id]);
  const sides = trace
    ? ([
        ['down', 'reaches', trace.reach.down, trace.paths.down],
        ['up', 'comes from', trace.reach.up, trace.paths.up],
      ] as const).filter(([side]) => trace.direction === side || trace.direction === 'both')
    : [];
  return (
    <section className="mt-4" aria-labelledby="trace-heading">
      <h3 id="trace-heading" className="text-sm font-semibold">
        Trace the data
      </h3>
      <div className="mt-1 flex flex-wrap gap-1.5" role="group" aria-label="Trace">
        {CHOICES.map(({ direction: choice, label }) => (
          <button
            key={choice}
            type="button"
            aria-pressed={direction === choice}
            data-trace={choice}
            onClick={() => onTrace(direction === choice ? undefined : choice)}
            className="rounded-full border border-slate-300 px-2.5 py-1 text-xs font-medium hover:border-sky-600 aria-pressed:border-sky-700 aria-pressed:bg-sky-50 dark:border-slate-600 dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-950"
          >
            {label}
          </button>
        ))}
      </div>
      <div aria-live="polite">
      {sides.map(([side, verb, reach, paths]) => {
        const total = reach.realTime.size + reach.batch.size;
        return (
          <div key={side} className="mt-3" data-testid={`trace-${side}`}>
            <p className="text-sm">
              {total === 0
                ? side === 'down'
                  ? `Nothing in this view receives ${component.label}’s data.`
                  : `Nothing in this view feeds ${component.label}.`
                : `${component.label}’s data ${verb} ${plural(total, 'component')}: ${reach.realTime.size} in real time, ${reach.batch.size} through batch jobs.`}
            </p>
            <ChainGroup title="Real time" paths={paths.filter((p) => p.freshness === 'real-time')} view={view} components={components} />
            <ChainGroup title="Through batch jobs" paths={paths.filter((p) => p.freshness === 'batch')} view={view} components={components} />
          </div>
        );
      })}
      </div>
      {trace?.truncated ? <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Only the first paths are listed.</p> : null}
    </section>
  );
}
