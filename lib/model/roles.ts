/**
 * What a layer does in a stack: a closed vocabulary, so two companies' stacks can be lined up row by
 * row on the compare page. Client-safe (plain data): the schema, the docs and the compare page read it.
 */
export const LAYER_ROLES = ['sources', 'storage', 'ingestion', 'stream-processing', 'batch-processing', 'serving', 'consumers'] as const;
export type LayerRole = (typeof LAYER_ROLES)[number];

export interface RoleInfo {
  role: LayerRole;
  /** The row heading on the compare page, e.g. `Stream processing`. */
  title: string;
  /** One sentence: which components belong in a layer with this role. */
  meaning: string;
}

/** In the vocabulary's order, which is also the order of the compare page's rows (data flows top to bottom). */
export const ROLES: Readonly<Record<LayerRole, RoleInfo>> = {
  sources: { role: 'sources', title: 'Sources', meaning: 'Where data is created: apps, devices, services and their logs.' },
  storage: { role: 'storage', title: 'Storage', meaning: 'Operational databases and stores that hold records before analytics reads them.' },
  ingestion: { role: 'ingestion', title: 'Ingestion', meaning: 'What carries data in and keeps it: message buses, change capture, collectors and the data lake.' },
  'stream-processing': { role: 'stream-processing', title: 'Stream processing', meaning: 'Jobs that compute over events continuously, as they arrive.' },
  'batch-processing': { role: 'batch-processing', title: 'Batch processing', meaning: 'Jobs and query engines that work over stored data in periodic runs or on request.' },
  serving: { role: 'serving', title: 'Serving', meaning: 'Stores and engines that answer queries from people and services: OLAP stores, search indexes, warehouses.' },
  consumers: { role: 'consumers', title: 'Consumers', meaning: 'Where results are used: dashboards, features, models, reports and other teams.' },
};
