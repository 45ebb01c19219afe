/**
 * The URL, as written, -> what the explorer shows: the view, the selection, the open tour step, and
 * a quiet notice for every value that names nothing. Pure, so every bad URL has a unit test.
 */
import { isTraceDirection } from '@/lib/model/trace';
import type { ClientTour, ClientView, ExplorerModel } from '@/lib/model/types';
import type { Selection } from '../diagram/flow-types';
import type { UrlParams } from './use-url-state';

export interface OpenTour {
  tour: ClientTour;
  /** 0-based. */
  index: number;
}

export interface ExplorerState {
  view: ClientView;
  /** The view as a URL parameter: undefined for the first view. */
  viewParam: string | undefined;
  selection: Selection;
  tour: OpenTour | null;
  notice: string;
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function explorerState(model: Pick<ExplorerModel, 'views'>, url: UrlParams): ExplorerState {
  const first = model.views[0]!;
  const view = model.views.find((candidate) => candidate.id === url.view) ?? first;
  const notices: string[] = [];
  if (url.view && url.view !== view.id) notices.push(`There is no view “${shorten(url.view)}”; showing ${view.title}.`);

  let tour: OpenTour | null = null;
  if (url.tour) {
    const found = view.tours.find((candidate) => candidate.id === url.tour);
    if (!found) notices.push(`There is no tour “${shorten(url.tour)}” in ${view.title}.`);
    else {
      const step = url.step === undefined ? 1 : Number(url.step);
      if (Number.isInteger(step) && step >= 1 && step <= found.steps.length) tour = { tour: found, index: step - 1 };
      else {
        notices.push(`${found.title} has no step “${shorten(url.step ?? '')}”; showing step 1.`);
        tour = { tour: found, index: 0 };
      }
    }
  }

  let selection: Selection = {};
  if (url.node) {
    if (view.nodes.some((node) => node.id === url.node)) selection = { node: url.node };
    else notices.push(`There is no component “${shorten(url.node)}” in ${view.title}.`);
    if (url.trace && isTraceDirection(url.trace)) {
      if (selection.node) selection.trace = url.trace;
    } else if (url.trace) notices.push(`There is no trace “${shorten(url.trace)}”; use down, up or both.`);
  } else if (url.flow) {
    if (view.flows.some((flow) => flow.id === url.flow)) selection = { flow: url.flow };
    else notices.push(`There is no flow “${shorten(url.flow)}” in ${view.title}.`);
  }
  if (tour && !selection.node && !selection.flow) {
    const step = tour.tour.steps[tour.index]!;
    selection = { focus: { nodes: step.focus, flows: step.flows } };
  }
  return { view, viewParam: view.id === first.id ? undefined : view.id, selection, tour, notice: notices.join(' ') };
}
