/** What `inferred` means, where the panel shows a component or flow that is marked so. */
export function InferredNote({ what }: { what: 'component' | 'flow' }) {
  return (
    <p className="mt-3 rounded-md border border-dashed border-slate-400 px-3 py-2 text-sm text-slate-700 dark:border-slate-500 dark:text-slate-300" data-testid="inferred-note">
      <span className="font-semibold">Inferred:</span> this {what} is drawn as a reading aid; the sources do not state it.
    </p>
  );
}
