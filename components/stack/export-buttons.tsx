'use client';
import { useState } from 'react';
import type { ClientComponent, ClientView, ExplorerModel } from '@/lib/model/types';
import type { Selection } from '../diagram/flow-types';
import type { ExportTour } from '../diagram/export/view-svg';

export interface ExportButtonsProps {
  slug: string;
  stackTitle: string;
  view: ClientView;
  components: Record<string, ClientComponent>;
  selection: Selection;
  sources: ExplorerModel['sources'];
  tour?: ExportTour;
}

type Kind = 'svg' | 'png';

/**
 * "Download SVG" and "Download PNG": the open view as a file, with its current highlight, drawn from
 * the model and layout (components/diagram/export). The export code loads on the first click only.
 */
export function ExportButtons({ slug, stackTitle, view, components, selection, sources, tour }: ExportButtonsProps) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [message, setMessage] = useState('');

  const download = async (kind: Kind) => {
    // Not `disabled` while busy: that would drop keyboard focus from the button just pressed.
    if (busy) return;
    setBusy(kind);
    setMessage('');
    try {
      const exporter = await import('../diagram/export');
      const svg = exporter.viewSvg({ stack: { title: stackTitle }, view, components, selection, sources, ...(tour ? { tour } : {}) });
      const fileName = exporter.exportFileName(slug, view.id, kind);
      exporter.saveBlob(kind === 'svg' ? exporter.svgBlob(svg) : await exporter.svgToPng(svg), fileName);
      setMessage(`Downloaded ${fileName}`);
    } catch (error) {
      setMessage(`The ${kind.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div role="group" aria-label={`Download the ${view.title} view`} className="flex flex-wrap items-center gap-2" data-testid="export">
      <p aria-live="polite" className="sr-only" data-testid="export-message">
        {message}
      </p>
      {(['svg', 'png'] as const).map((kind) => (
        <button key={kind} type="button" className="sa-button" aria-disabled={busy !== null} aria-busy={busy === kind} onClick={() => void download(kind)}>
          Download {kind.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
